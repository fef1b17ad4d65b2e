/*
 * Liveness (docs/deploy.md, "Health checks"): the process answers HTTP. It does no work
 * and reads nothing, so a slow catalogue or a busy moment never gets a healthy instance
 * restarted; readiness is ./ready. Nothing personal: no cookie is read, none is set.
 */
export const dynamic = 'force-dynamic';

export function GET() {
  return Response.json({ status: 'live' }, { headers: { 'Cache-Control': 'no-store' } });
}
