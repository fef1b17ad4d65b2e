import { NextResponse, type NextRequest } from 'next/server';
import { LOCALE_HEADER, PATH_HEADER, splitLocale } from '@/lib/i18n/locale';
import { contentSecurityPolicy } from '@/lib/security/headers';

/*
 * Runs before every page and API request.
 *
 * Cross-site request forgery: pages send `Referrer-Policy: no-referrer`, so browsers
 * submit our own forms with `Origin: null` and Next's origin check cannot tell them from
 * forged ones (next.config.mjs accepts "null" for that reason). The Fetch Metadata header
 * can: a POST that a browser marks as coming from another site is refused here. The session
 * cookie is SameSite=Strict as a second line.
 *
 * Content-Security-Policy: a nonce per request, passed to Next through the request headers
 * so that it marks its scripts with it (see lib/security/headers.ts).
 *
 * Language: /en/... is the English interface. The proxy only reads the language from the
 * path and puts it in a request header (lib/i18n/server.ts). The prefix itself is removed by a
 * rewrite in next.config.mjs, which Next applies after the proxy, inside the same process.
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
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', csp);
  // The URL alone decides the language: whatever a client sent in these headers is replaced.
  // No rewrite here. A proxy rewrite must name an absolute URL, and Next builds the proxy's
  // request URL from its own idea of the host ('localhost'), not the one the request came in
  // on ('127.0.0.1', a real domain): it then took /en/x → http://localhost:PORT/x for another
  // origin and fetched it from itself over HTTP (issue 19). The rewrite in next.config.mjs
  // is relative, so it is always resolved in-process.
  const { locale, path } = splitLocale(request.nextUrl.pathname);
  headers.set(LOCALE_HEADER, locale);
  headers.set(PATH_HEADER, path + request.nextUrl.search);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg).*)'],
};
