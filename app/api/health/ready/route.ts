import { getCatalogue } from '@/lib/catalogue/load';

/*
 * Readiness (docs/deploy.md, "Health checks"): this instance can give advice, because the
 * catalogue in content/ has been read and checked, in both languages. The first call reads it
 * (a second or two); after that it is cached for the life of the process, so the check is cheap.
 * Until it succeeds a load balancer sends no traffic here. The answer names the catalogue's
 * version and how many routes it holds, nothing about any request or person. Why a load failed
 * goes to the server's log (file and field), not to the caller.
 */
export const dynamic = 'force-dynamic';

const NO_STORE = { 'Cache-Control': 'no-store' };

export function GET() {
  try {
    const nl = getCatalogue('nl');
    getCatalogue('en');
    return Response.json(
      { status: 'ready', catalogue: { version: nl.meta.version, date: nl.meta.date, routes: nl.routes.length } },
      { headers: NO_STORE },
    );
  } catch (err) {
    console.error('Readiness: the catalogue could not be loaded.', err);
    return Response.json({ status: 'not-ready', reason: 'catalogue' }, { status: 503, headers: NO_STORE });
  }
}
