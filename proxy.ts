import { NextResponse, type NextRequest } from 'next/server';
import { LOCALE_HEADER, PATH_HEADER, splitLocale } from '@/lib/i18n/locale';
import { contentSecurityPolicy } from '@/lib/security/headers';
import { declaredLength, isCrossSite, MAX_FORM_BODY_BYTES } from '@/lib/security/request-limits';
import { actionFault, isActionPost, MAX_ACTION_BODY_BYTES } from '@/lib/security/server-actions';
import { isPersonalPath } from '@/lib/site/pages';

/*
 * Runs before every page and form post (not the API, which checks its own requests and
 * streams its body: see config below).
 *
 * Posts: refused when a browser marks them as cross-site, or when they declare a body larger
 * than any form here takes, before anything reads that body (lib/security/request-limits.ts);
 * a server action's call that is not shaped like one of our forms gets 400
 * (lib/security/server-actions.ts).
 * Pages send `Referrer-Policy: no-referrer`, so browsers submit our own forms with
 * `Origin: null` (next.config.mjs accepts "null" for server actions for that reason); the
 * Fetch Metadata header tells them apart. The session cookie is SameSite=Strict as a second line.
 *
 * Content-Security-Policy: a page gets a nonce per request, passed to Next through the request
 * headers so that it marks its scripts with it (see lib/security/headers.ts).
 *
 * Not run for a GET or HEAD of a page when server.mjs serves the app: server.mjs gives a
 * prerendered public page (app/[locale]/(static)) its hash policy (deploy/static-csp.mjs), and
 * any other page the same headers as below (deploy/prepare-request.mjs), with the functions of
 * the same modules. Next's handling of a proxy around that work was a tenth of a
 * prerendered page's server time, and 0.2-0.6 ms of a personal page's (docs/benchmarks.md).
 * server.mjs marks such a request with the PREPARED header, which it removes from every request a
 * client sends; the matcher below skips requests that carry it. Posts are not marked: they come
 * here to be checked. Under `next dev` nothing is marked, and this does it all.
 *
 * Language: /en/... is the English interface. Pages take it from their [locale] segment; for
 * server actions and route handlers, which have none, the proxy puts it in a request header
 * (lib/i18n/server.ts), with the path for the language link of a page rendered per request.
 */
const PLAIN = { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' };
const PLAN_UPLOAD = /^(\/en)?\/plan\/openen\/bestand$/;
/** Posts to these are route handlers that read their own form; every other post is a server action. */
const ROUTE_HANDLERS = /^(\/en)?\/(plan\/openen\/bestand|aanbod\/filter|bewaren|intake\/samenvatting\/tekst)$/;

export async function proxy(request: NextRequest) {
  if (request.method === 'POST') {
    if (isCrossSite(request.headers)) {
      return new NextResponse('Dit formulier kan alleen vanaf deze website worden verstuurd.', { status: 403, headers: PLAIN });
    }
    const length = declaredLength(request.headers);
    if (length !== undefined && length > MAX_FORM_BODY_BYTES) {
      // A plan file that is too large goes back to its form with the message, as the upload
      // route does for a smaller excess; any other form gets a plain 413.
      if (PLAN_UPLOAD.test(request.nextUrl.pathname)) {
        const back = new URL(`${request.nextUrl.pathname.replace(/\/bestand$/, '')}?fout=too-large&bytes=${length}`, request.nextUrl);
        const res = NextResponse.redirect(back, 303);
        res.headers.set('Cache-Control', 'no-store');
        return res;
      }
      return new NextResponse('Dit is meer dan een formulier hier kan ontvangen.', { status: 413, headers: { ...PLAIN, Connection: 'close' } });
    }
    // A server action's call must have the shape this site's forms give it; Next answered
    // anything else with 500 (lib/security/server-actions.ts).
    // Its length is checked first, so that nothing large is read to check its shape.
    if (!ROUTE_HANDLERS.test(request.nextUrl.pathname) && isActionPost(request.headers)) {
      if (length === undefined) return new NextResponse('Stuur dit formulier met de lengte erbij (Content-Length).', { status: 411, headers: PLAIN });
      if (length > MAX_ACTION_BODY_BYTES) {
        return new NextResponse('Dit is meer dan een formulier hier kan ontvangen.', { status: 413, headers: { ...PLAIN, Connection: 'close' } });
      }
      if (await actionFault(request)) return new NextResponse('Dit is geen formulier van deze website. Er is niets veranderd.', { status: 400, headers: PLAIN });
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
  // origin and fetched it from itself over HTTP (issue 19). The rewrites in next.config.mjs
  // are relative, so they are always resolved in-process.
  const { locale, path } = splitLocale(request.nextUrl.pathname);
  headers.set(LOCALE_HEADER, locale);
  headers.set(PATH_HEADER, path + request.nextUrl.search);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', csp);
  // Personal pages and the files made from them (plan PDF, plan file) are not for search
  // engines; the pages also say so in a meta tag, the files only here (lib/site/pages.ts).
  if (isPersonalPath(path)) response.headers.set('X-Robots-Tag', 'noindex, nofollow');
  return response;
}

export const config = {
  matcher: [
    {
      // Not the API (/api/..., /en/api/...): its handlers refuse cross-site posts and read at most
      // 64 kB themselves, and the proxy would buffer the whole body before they could.
      source: '/((?!_next/static|_next/image|favicon.ico|icon.svg|api/|en/api/).*)',
      // PREPARED_HEADER of deploy/prepare-request.mjs (a literal: Next reads the matcher when it builds).
      missing: [{ type: 'header', key: 'x-routewijzer-prepared' }],
    },
  ],
};
