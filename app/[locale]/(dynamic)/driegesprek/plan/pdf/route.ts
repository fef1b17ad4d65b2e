import { readSession } from '@/lib/journey/cookie';
import { longDateAt } from '@/lib/dates';
import { localePath } from '@/lib/i18n/locale';
import { requestLocale } from '@/lib/i18n/server';
import { translator } from '@/lib/i18n/translator';
import { readMeeting } from '@/lib/meeting/cookie';
import { sharedPlanPdf } from '@/lib/plan/shared-plan';

export const dynamic = 'force-dynamic';

/**
 * The driegesprek's shared plan as a PDF, in the page's language, only while everyone present
 * has consented here (consent that only a plan file claims does not count); otherwise back to
 * the page, which says why.
 */
export async function GET() {
  const locale = await requestLocale();
  const [{ session }, meeting] = await Promise.all([readSession(), readMeeting()]);
  const pdf = meeting && (await sharedPlanPdf(session, meeting, longDateAt(new Date(), locale), locale));
  if (!pdf) {
    return new Response(null, { status: 303, headers: { Location: localePath(locale, '/driegesprek/plan'), 'Cache-Control': 'no-store' } });
  }
  const t = translator(locale, 'meeting');
  return new Response(pdf as BodyInit, {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${t('shared.pdfFileName')}"`,
      'Cache-Control': 'no-store',
    },
  });
}
