/*
 * Security headers. The Content-Security-Policy of a page rendered per request carries a fresh
 * nonce (set in proxy.ts); Next puts that nonce on its own scripts when it renders the page, so
 * no script runs unless this server sent it. A prerendered page cannot carry a nonce: its
 * policy lists the SHA-256 hashes of exactly the inline scripts in its HTML, taken after the
 * build (deploy/static-csp.mjs). The other security headers are the same for every response
 * and are set in next.config.mjs.
 *
 * No imports: server.mjs (deploy/prepare-request.mjs) and deploy/static-csp.mjs load this file as
 * it is, with Node's own TypeScript support.
 */

/** The policy of a page rendered per request: its scripts carry `nonce`. */
export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV !== 'production'): string {
  // 'strict-dynamic': scripts the nonced scripts load (Next's chunks) may run; nothing else.
  return policy(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`);
}

/**
 * The policy of a prerendered page whose inline scripts have these hashes ('sha256-…').
 * Scripts from this origin (Next's chunks in /_next/static) may run, and of the inline ones
 * only those listed: no 'unsafe-inline', and an inline script added to the page afterwards,
 * by anyone, does not run.
 */
export function staticContentSecurityPolicy(hashes: readonly string[]): string {
  return policy(["script-src 'self'", ...hashes.map((h) => `'${h}'`)].join(' '));
}

function policy(scriptSrc: string): string {
  return [
    "default-src 'self'",
    scriptSrc,
    // Inline style attributes (React) are allowed; scripts are not.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
