import { getCatalogue } from '@/lib/catalogue/load';
import { localePath } from '@/lib/i18n/locale';
import { requestLocale } from '@/lib/i18n/server';
import { readSession } from '@/lib/journey/cookie';
import { firstOpenQuestion } from '@/lib/journey/flow';
import { journeyRuntime } from '@/lib/journey/runtime';
import { readMeeting } from '@/lib/meeting/cookie';
import { planFileName, toPlanFile } from '@/lib/plan/file';
import { planSecret } from '@/lib/plan/signature';

export const dynamic = 'force-dynamic';

/**
 * The plan as a JSON file to keep on the person's own device. Built from their cookies; nothing
 * is kept. The same file in every language (it holds ids and codes, no interface text).
 * Signed when ROUTEWIJZER_PLAN_SECRET is set, so the consent it holds can be trusted when it comes back.
 */
export async function GET() {
  const { session } = await readSession();
  if (firstOpenQuestion(session.context, journeyRuntime().deps.isAsked)) {
    return new Response(null, { status: 303, headers: { Location: localePath(await requestLocale(), '/'), 'Cache-Control': 'no-store' } });
  }
  const now = new Date();
  const plan = toPlanFile({ session, meeting: await readMeeting() }, getCatalogue('nl').meta, now, planSecret());
  return new Response(`${JSON.stringify(plan, null, 2)}\n`, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${planFileName(now)}"`,
      'Cache-Control': 'no-store',
    },
  });
}
