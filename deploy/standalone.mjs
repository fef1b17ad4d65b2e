/*
 * Completes the standalone folder `next build` writes (.next/standalone, next.config.mjs
 * `output: 'standalone'`) into what is deployed, as Next's documentation asks: the static
 * files (.next/static) and public/ are not copied by the build. Its entry point is a copy of
 * server.mjs, the server with this project's timeouts; Next's own server.js, which has none of
 * them, is removed so that no one starts it by mistake. Run by `npm run build`; the Dockerfile
 * ships the result. Run it: `node .next/standalone/server.mjs` (docs/deploy.md).
 */
import { cpSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, '.next', 'standalone');
if (!existsSync(path.join(out, 'server.js')) && !existsSync(path.join(out, 'server.mjs'))) {
  console.error(`${path.relative(root, out)} is missing: run \`next build\` first (with output: 'standalone' in next.config.mjs).`);
  process.exit(1);
}
for (const [from, to] of [
  ['.next/static', '.next/standalone/.next/static'],
  ['public', '.next/standalone/public'],
  ['server.mjs', '.next/standalone/server.mjs'],
  // What server.mjs imports: the preparation of a page's request (proxy.ts's work for a GET), and
  // the modules it takes the policy, the languages and the personal paths from (they import nothing).
  ['deploy/prepare-request.mjs', '.next/standalone/deploy/prepare-request.mjs'],
  // The 404 page as HTML for Next's HTML 404s (it imports lib/i18n/locale.ts too).
  ['deploy/not-found.mjs', '.next/standalone/deploy/not-found.mjs'],
  // POST /api/v1/advice answered past Next's router, with the headers and compression Next adds
  // (it imports lib/i18n/locale.ts too).
  ['deploy/direct-api.mjs', '.next/standalone/deploy/direct-api.mjs'],
  // next.config.mjs's headers on Next's redirects, read as direct-api.mjs reads them.
  ['deploy/redirect-headers.mjs', '.next/standalone/deploy/redirect-headers.mjs'],
  ['lib/i18n/locale.ts', '.next/standalone/lib/i18n/locale.ts'],
  ['lib/security/headers.ts', '.next/standalone/lib/security/headers.ts'],
  ['lib/site/personal-paths.ts', '.next/standalone/lib/site/personal-paths.ts'],
  // The prerendered pages' Content-Security-Policy (deploy/static-csp.mjs), read by server.mjs.
  ['.next/static-csp.json', '.next/standalone/.next/static-csp.json'],
]) {
  rmSync(path.join(root, to), { recursive: true, force: true });
  cpSync(path.join(root, from), path.join(root, to), { recursive: true });
}
rmSync(path.join(out, 'server.js'), { force: true });
console.log('Standalone server ready: node .next/standalone/server.mjs [--hostname H] [--port P]');
