/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Content is read from content/ at run time on the server; ship those files with the server.
  outputFileTracingIncludes: { '/**': ['./content/**/*'] },
  experimental: {
    // Referrer-Policy: no-referrer makes browsers send `Origin: null` on our own form posts.
    // proxy.ts checks Sec-Fetch-Site instead, so cross-site posts are still refused.
    serverActions: { allowedOrigins: ['null'] },
  },
};

export default nextConfig;
