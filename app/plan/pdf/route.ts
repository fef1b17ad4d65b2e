import { readSession } from '@/lib/journey/cookie';
import { currentPlan } from '@/lib/plan/current-plan';
import { planPdf } from '@/lib/plan/pdf';
import { dutchDate } from '@/lib/dates';

export const dynamic = 'force-dynamic';

/** The plan as a PDF download. Built from the person's own cookie; nothing is kept. */
export async function GET() {
  const { session } = await readSession();
  const plan = currentPlan(session);
  if (!plan) {
    return new Response(null, { status: 303, headers: { Location: '/advies', 'Cache-Control': 'no-store' } });
  }
  const bytes = await planPdf(plan, dutchDate());
  return new Response(bytes as BodyInit, {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': 'attachment; filename="mijn-plan-routewijzer-werk.pdf"',
      'Cache-Control': 'no-store',
    },
  });
}
