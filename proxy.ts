import { NextResponse, type NextRequest } from 'next/server';
import { LOCALE_HEADER, PATH_HEADER, isLocale, splitLocale, type Locale } from '@/lib/i18n/locale';
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
 * Language: /en/... is the English interface. The prefix is stripped and the request is
 * rewritten to the same page, with the language in a request header (lib/i18n/server.ts).
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
  // Next runs the proxy again on the rewritten URL (/en/x → /x), and when a server action
  // redirects it renders the target in a request of its own, with this request's headers. A
  // path without /en that carries a language header is such a request: it keeps that language.
  // (A browser could send the header itself; all it would change is the language it reads.)
  const prefixed = splitLocale(request.nextUrl.pathname);
  const carried = request.headers.get(LOCALE_HEADER);
  const reentry = prefixed.locale === 'nl' && isLocale(carried);
  const locale: Locale = reentry ? (carried as Locale) : prefixed.locale;
  headers.set(LOCALE_HEADER, locale);
  headers.set(PATH_HEADER, prefixed.path + request.nextUrl.search);
  let response: NextResponse;
  if (prefixed.locale === 'en') {
    const url = request.nextUrl.clone();
    url.pathname = prefixed.path;
    response = NextResponse.rewrite(url, { request: { headers } });
  } else {
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg).*)'],
};
