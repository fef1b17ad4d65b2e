/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Content is read from content/ at run time on the server; ship those files with the server.
  outputFileTracingIncludes: { '/**': ['./content/**/*'] },
};

export default nextConfig;
