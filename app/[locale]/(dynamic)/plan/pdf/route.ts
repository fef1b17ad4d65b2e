import { readSession } from '@/lib/journey/cookie';
import { currentPlan } from '@/lib/plan/current-plan';
import { planPdf } from '@/lib/plan/pdf';
import { longDateAt } from '@/lib/dates';
import { localePath } from '@/lib/i18n/locale';
import { requestLocale } from '@/lib/i18n/server';
import { translator } from '@/lib/i18n/translator';

export const dynamic = 'force-dynamic';

/** The plan as a PDF download, in the page's language. Built from the person's own cookie; nothing is kept. */
export async function GET(request: Request) {
  const locale = await requestLocale();
  // The one choice the query may carry: "ook mijn situatie" (situatie=ja). Anything else is refused.
  const query = new URL(request.url).searchParams;
  const situatie = query.getAll('situatie');
  const unknown = [...query.keys()].some((k) => k !== 'situatie');
  if (unknown || situatie.length > 1 || (situatie.length === 1 && situatie[0] !== 'ja')) {
    return new Response(translator(locale, 'plan')('situationBadQuery'), { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  }
  const { session } = await readSession();
  const plan = currentPlan(session, locale);
  if (!plan) {
    return new Response(null, { status: 303, headers: { Location: localePath(locale, '/advies'), 'Cache-Control': 'no-store' } });
  }
  const bytes = await planPdf(plan, longDateAt(new Date(), locale), locale, { withSituation: situatie[0] === 'ja' });
  return new Response(bytes as BodyInit, {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${translator(locale, 'plan')('pdf.filename')}"`,
      'Cache-Control': 'no-store',
    },
  });
}
