import { readSession } from '@/lib/journey/cookie';
import { currentPlan } from '@/lib/plan/current-plan';
import { planPdf } from '@/lib/plan/pdf';
import { longDateAt } from '@/lib/dates';
import { localePath } from '@/lib/i18n/locale';
import { requestLocale } from '@/lib/i18n/server';
import { translator } from '@/lib/i18n/translator';

export const dynamic = 'force-dynamic';

/** The plan as a PDF download, in the page's language. Built from the person's own cookie; nothing is kept. */
export async function GET() {
  const locale = await requestLocale();
  const { session } = await readSession();
  const plan = currentPlan(session, locale);
  if (!plan) {
    return new Response(null, { status: 303, headers: { Location: localePath(locale, '/advies'), 'Cache-Control': 'no-store' } });
  }
  const bytes = await planPdf(plan, longDateAt(new Date(), locale), locale);
  return new Response(bytes as BodyInit, {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${translator(locale, 'plan')('pdf.filename')}"`,
      'Cache-Control': 'no-store',
    },
  });
}
