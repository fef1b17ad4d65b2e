import { readSession } from '@/lib/journey/cookie';
import { dutchDate } from '@/lib/dates';
import { readMeeting } from '@/lib/meeting/cookie';
import { sharedPlan } from '@/lib/meeting/shared-plan';
import { documentPdf } from '@/lib/plan/pdf';

export const dynamic = 'force-dynamic';

/** The driegesprek's shared plan as a PDF, only while everyone present has consented. */
export async function GET() {
  const [{ session }, meeting] = await Promise.all([readSession(), readMeeting()]);
  const shared = meeting && sharedPlan(session, meeting, dutchDate());
  if (!shared || !shared.ok) return new Response(null, { status: 303, headers: { Location: '/driegesprek/plan', 'Cache-Control': 'no-store' } });
  return new Response((await documentPdf(shared.doc)) as BodyInit, {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': 'attachment; filename="plan-driegesprek-routewijzer-werk.pdf"',
      'Cache-Control': 'no-store',
    },
  });
}
