/*
 * POST /api/v1/advice served by server.mjs itself, past Next's router (issue 17, "The API costs
 * what its work costs"). The handler is the one Next would run: the default export of the built
 * Pages API route (pages/api/v1/advice.ts, compiled into .next/server/pages/api/v1/advice.js),
 * which takes Node's request and response and reads its own body. What Next adds around it for
 * this address is added here the same way:
 * - the headers next.config.mjs's headers() gives the address, read from the build's
 *   .next/routes-manifest.json (the security headers and the API's Content-Security-Policy);
 * - Next's own compression middleware (next/dist/compiled/compression), unless the build says
 *   `compress: false`, and the release of its zlib stream when a client goes away, as Next's
 *   router does (next/dist/server/lib/release-compression-stream.js);
 * - /en/api/v1/advice is the same API (next.config.mjs rewrites /en/api/* to /api/*).
 * What Next's router does besides (matching the address against every route, rewrites, the
 * Pages API pipeline) cost about half of an answer's CPU time (docs/benchmarks.md, stop 33).
 * Only these exact paths are served here; any other address, a trailing slash or a double slash
 * included, goes to Next as before. tests/e2e/api-direct.spec.ts holds every answer equal to
 * what `next start` gives for the same request.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { localePath, locales } from '../lib/i18n/locale.ts';

/** Address (without language) -> the built Pages API route that answers it, in every language's address. */
const ROUTES = new Map([['/api/v1/advice', 'pages/api/v1/advice.js']]);

/**
 * The headers Next's headers() rules give `pathname`, in the order Next sets them, from a
 * routes manifest; undefined when a matching rule is one this module cannot apply as Next would
 * (a condition on the request, or a value naming one of the address's parameters).
 */
export function configHeaders(manifest, pathname) {
  const headers = [];
  for (const rule of manifest.headers ?? []) {
    if (!new RegExp(rule.regex, manifest.caseSensitive ? '' : 'i').test(pathname)) continue;
    if (rule.has || rule.missing) return undefined;
    const params = [...rule.source.matchAll(/:(\w+)/g)].map((m) => m[1]);
    for (const { key, value } of rule.headers) {
      if (params.some((name) => value.includes(`:${name}`) || key.includes(`:${name}`))) return undefined;
      headers.push([key, value]);
    }
  }
  return headers;
}

/** The build's routes manifest (.next/routes-manifest.json), where next.config's headers() rules are written down. */
export function routesManifest(dir) {
  return JSON.parse(readFileSync(path.join(dir, '.next', 'routes-manifest.json'), 'utf8'));
}

/**
 * The directly served routes of the build in `dir` (its routes manifest: `manifest`): a function that answers a request for one
 * of them (a promise that settles when the handler is done) and returns undefined for any other
 * request. Throws when the build lacks what it needs.
 */
export async function directRoutes(dir, manifest = routesManifest(dir)) {
  const require = createRequire(path.join(dir, 'server.mjs'));
  const { config } = JSON.parse(readFileSync(path.join(dir, '.next', 'required-server-files.json'), 'utf8'));
  const compress = config?.compress === false ? undefined : require('next/dist/compiled/compression')();
  const { releaseCompressionStream } = require('next/dist/server/lib/release-compression-stream.js');

  const served = new Map();
  for (const [route, file] of ROUTES) {
    // A Turbopack build exports a promise of the module, a webpack build the module itself.
    const mod = await require(path.join(dir, '.next', 'server', file));
    if (typeof mod.default !== 'function') throw new Error(`.next/server/${file} has no handler: run \`npm run build\``);
    // The handler reads its own body (at most 64 kB); with Next's body parser it would find none.
    if (mod.config?.api?.bodyParser !== false) throw new Error(`.next/server/${file} must keep \`config.api.bodyParser = false\``);
    for (const pathname of locales.map((locale) => localePath(locale, route))) {
      const headers = configHeaders(manifest, pathname);
      // Next applies what this module cannot: Next serves the address.
      if (headers) served.set(pathname, { handler: mod.default, headers });
    }
  }

  return function serveDirect(req, res) {
    const url = req.url ?? '';
    const query = url.indexOf('?');
    const route = served.get(query === -1 ? url : url.slice(0, query));
    if (!route) return undefined;
    // As Next's router: a client that goes away does not crash the process.
    req.on('error', () => {});
    res.on('error', () => {});
    for (const [key, value] of route.headers) res.setHeader(key, value);
    if (compress) {
      compress(req, res, () => {});
      res.once('close', () => {
        if (!res.writableFinished) releaseCompressionStream(res);
      });
    }
    return route.handler(req, res);
  };
}
