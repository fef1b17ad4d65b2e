/*
 * What a request to this service may be, checked before anything reads its body.
 *
 * Cross-site posts: pages send `Referrer-Policy: no-referrer`, so browsers submit our own
 * forms with `Origin: null` and an origin check cannot tell them from forged ones. The Fetch
 * Metadata header can: a POST that a browser marks as coming from another site is refused.
 *
 * Body size: Next buffers a POST's body for the proxy before the route sees it (10 MB by
 * default: 100 parallel 9 MB posts took a fresh server from 147 to 641 MB). No form here
 * takes more than a 1 MB plan file in its multipart envelope, so the proxy refuses a larger
 * declared body at once, and next.config.mjs caps what it buffers of an undeclared (chunked)
 * one at the same size. The API is not behind the proxy: it streams and stops at 64 kB.
 */

/** The largest body any form accepts: a plan file of 1 MB (lib/plan/file.ts) and its multipart envelope. */
export const MAX_FORM_BODY_BYTES = 1024 * 1024 + 64 * 1024;

/**
 * A post that may come from another site: a browser says so (Sec-Fetch-Site cross-site or
 * same-site), or it does not say (no Sec-Fetch-Site: an old browser, or no browser) while its
 * Origin is `null` or another host. A client that sends neither header is no browser, so it
 * carries nobody's cookies: it is let through. An Origin naming another host is refused
 * whatever Sec-Fetch-Site claims: no browser sends that pair (and Next answered it with 500).
 */
export function isCrossSite(headers: Pick<Headers, 'get'>): boolean {
  const site = headers.get('sec-fetch-site');
  if (site === 'cross-site' || site === 'same-site') return true;
  const origin = headers.get('origin');
  if (origin === null) return false;
  if (origin === 'null') return site === null;
  try {
    return new URL(origin).host !== (headers.get('x-forwarded-host') ?? headers.get('host'));
  } catch {
    return true;
  }
}

/** The body length the request declares, when it declares one. */
export function declaredLength(headers: Headers): number | undefined {
  const raw = headers.get('content-length');
  if (raw === null || !/^\d{1,15}$/.test(raw.trim())) return undefined;
  return Number(raw);
}
