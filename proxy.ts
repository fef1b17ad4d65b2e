import { NextResponse, type NextRequest } from 'next/server';

/*
 * Runs before every page and API request.
 *
 * Cross-site request forgery: pages send `Referrer-Policy: no-referrer`, so browsers
 * submit our own forms with `Origin: null` and Next's origin check cannot tell them from
 * forged ones (next.config.mjs accepts "null" for that reason). The Fetch Metadata header
 * can: a POST that a browser marks as coming from another site is refused here. The session
 * cookie is SameSite=Strict as a second line.
 */
export function proxy(request: NextRequest) {
  if (request.method === 'POST') {
    const site = request.headers.get('sec-fetch-site');
    if (site === 'cross-site' || site === 'same-site') {
      return new NextResponse('Dit formulier kan alleen vanaf deze website worden verstuurd.', {
        status: 403,
        headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
      });
    }
  }
  return NextResponse.next();
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg).*)'],
};
