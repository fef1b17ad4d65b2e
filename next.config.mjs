/** Security headers for every response, pages, API and static files alike (CSP: proxy.ts). */
const STATIC_HEADERS = [
  { key: 'Referrer-Policy', value: 'no-referrer' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  // Nothing here uses the camera, microphone, location, payment or sensors.
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), accelerometer=(), gyroscope=(), magnetometer=(), browsing-topics=()',
  },
  // Browsers only honour HSTS over HTTPS, so sending it on plain loopback is harmless.
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
];

const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // `next build` also writes .next/standalone: the server with only the files it needs
  // (docs/deploy.md, "Standalone build"; the Dockerfile ships that folder).
  output: 'standalone',
  reactStrictMode: true,
  poweredByHeader: false,
  async headers() {
    return [
      { source: '/:path*', headers: STATIC_HEADERS },
      // The API is not behind proxy.ts (which sets a page's CSP with its nonce): JSON runs no
      // script and is framed by no one.
      ...['/api/:path*', '/en/api/:path*'].map((source) => ({ source, headers: [{ key: 'Content-Security-Policy', value: API_CSP }] })),
    ];
  },
  // The pages live under app/[locale]/: /en/x is the English page itself. Dutch has no prefix:
  // /x is served from /nl/x, inside this process (a relative destination, whatever host name
  // the request came in on; a rewrite in the proxy was fetched over HTTP, issue 19). Not
  // rewritten: English, the API, Next's own files and files with an extension (robots.txt, the
  // icons). /nl/x itself is sent to /x, so that each page has one address.
  async redirects() {
    return [
      { source: '/nl', destination: '/', permanent: true },
      { source: '/nl/:path*', destination: '/:path*', permanent: true },
    ];
  },
  async rewrites() {
    return {
      beforeFiles: [
        { source: '/en/api/:path*', destination: '/api/:path*' },
        { source: '/', destination: '/nl' },
        { source: '/:path((?!en(?:/|$)|nl(?:/|$)|api(?:/|$)|_next/)[^.]+)', destination: '/nl/:path' },
      ],
    };
  },
  // Content is read from content/ at run time on the server; ship those files with the server.
  outputFileTracingIncludes: { '/**': ['./content/**/*'] },
  experimental: {
    // Referrer-Policy: no-referrer makes browsers send `Origin: null` on our own form posts.
    // proxy.ts checks Sec-Fetch-Site instead, so cross-site posts are still refused.
    serverActions: { allowedOrigins: ['null'] },
    // The stylesheet stays a file of its own (about 5 kB gzipped, cached across pages).
    // Inlined, it went into every page twice (a <style> tag and a copy in the React payload
    // for client navigation): the start page's HTML grew from 16 to 85 kB and its Lighthouse
    // score fell from 91-96 to 77-80 (TBT ~650 ms instead of ~300); see docs/benchmarks.md.
    inlineCss: false,
    // What the proxy buffers of a post's body before the route reads it (10 MB by default):
    // no form here takes more than a 1 MB plan file in its envelope (MAX_FORM_BODY_BYTES in
    // lib/security/request-limits.ts; a larger declared body is refused by proxy.ts at once).
    proxyClientMaxBodySize: 1024 * 1024 + 64 * 1024,
  },
};

// No next-intl plugin: nothing uses next-intl's per-request configuration. Pages take their words
// from getTranslations of lib/i18n/server.ts, which keeps its parsed messages across requests.
export default nextConfig;
