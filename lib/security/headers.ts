/*
 * Security headers. The Content-Security-Policy carries a fresh nonce per response (set in
 * proxy.ts); Next puts that nonce on its own scripts when it renders the page, so no script
 * runs unless this server sent it. The other security headers are the same for every
 * response and are set in next.config.mjs.
 */

export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV !== 'production'): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts the nonced scripts load (Next's chunks) may run; nothing else.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
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
