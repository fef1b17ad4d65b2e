/*
 * The production server: `node server.mjs [dir] [--hostname H] [--port P]` after `next build`,
 * in the project or, as deployed, in the standalone folder `npm run build` assembles
 * (.next/standalone, with a copy of this file as its entry point; docs/deploy.md).
 *
 * Next's request handler (the documented custom-server API) in a node:http server of our own,
 * because `next start` only lets one set the keep-alive timeout. With Node's defaults a client
 * that sends its headers a byte at a time held a connection for 65 s, and one that trickled a
 * body for 305 s, before a 408 (issue 13): the timeouts are 60 s and 300 s, checked every 30 s.
 * Here they are set to what a real client never reaches, and checked every second.
 *
 * Binds to --hostname / HOSTNAME (default 127.0.0.1) and --port / PORT (default 3000). `dir`
 * is the Next.js project to serve (default: this one; the bench serves its floor page with it).
 * Stops accepting on SIGTERM or SIGINT, lets requests in flight finish (at most SHUTDOWN_GRACE_MS),
 * then exits. What a reverse proxy in front must add: docs/deploy.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { directRoutes, routesManifest } from './deploy/direct-api.mjs';
import { isNotFoundPath, notFoundPages, replaceNotFound, sendNotFound } from './deploy/not-found.mjs';
import { PREPARED_HEADER, proxyMatchers, requestPreparer } from './deploy/prepare-request.mjs';
import { redirectHeaders } from './deploy/redirect-headers.mjs';

// A production server whatever the shell says: NODE_ENV also selects React's production build
// and the strict Content-Security-Policy (lib/security/headers.ts). Set before Next is loaded.
if (process.env.NODE_ENV && process.env.NODE_ENV !== 'production') {
  console.warn(`NODE_ENV was "${process.env.NODE_ENV}"; this server sets it to "production".`);
}
process.env.NODE_ENV = 'production';
process.env.NEXT_RUNTIME ??= 'nodejs'; // as the `next` command sets it

/** A whole number of milliseconds from the environment, or `fallback`. */
function ms(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number of milliseconds, not "${raw}"`);
  return value;
}

/*
 * Headers: a browser sends a request's headers in one go, a few kB at most; 10 s covers a
 * phone that has just woken its radio on a bad link many times over.
 */
const HEADERS_TIMEOUT_MS = ms('ROUTEWIJZER_HEADERS_TIMEOUT_MS', 10_000);
/*
 * The whole request, headers and body. The largest body the app takes is a plan file of at most
 * 1 MB in its multipart envelope (1 MB + 64 kB, MAX_FORM_BODY_BYTES in
 * lib/security/request-limits.ts): 8.9 Mbit. Over Chrome's "slow 3G" profile (400 kbit/s up)
 * that is 22 s, over Lighthouse's slow 4G (750 kbit/s up) 12 s; a real plan file is a few kB.
 * 30 s leaves room above the slowest of those; a connection that takes longer is not uploading
 * a plan, it is holding a socket.
 */
const REQUEST_TIMEOUT_MS = ms('ROUTEWIJZER_REQUEST_TIMEOUT_MS', 30_000);
/** An idle keep-alive connection is closed after this (Node's default, which `next start` kept). */
const KEEP_ALIVE_TIMEOUT_MS = ms('ROUTEWIJZER_KEEP_ALIVE_TIMEOUT_MS', 5_000);
/*
 * All request headers together. Node's default is 16 kB; the session can be split over several
 * cookies (the journey, the driegesprek) that together approach 16 kB, plus the browser's own
 * headers. A request over this gets 431.
 */
const MAX_HEADER_SIZE = 32 * 1024;
/** Time for requests in flight to finish after SIGTERM/SIGINT, before their connections are cut. */
const SHUTDOWN_GRACE_MS = ms('ROUTEWIJZER_SHUTDOWN_GRACE_MS', 4_000);

if (HEADERS_TIMEOUT_MS > REQUEST_TIMEOUT_MS) {
  throw new Error(`the headers timeout (${HEADERS_TIMEOUT_MS} ms) must not exceed the request timeout (${REQUEST_TIMEOUT_MS} ms)`);
}

const { values, positionals } = parseArgs({
  options: { hostname: { type: 'string', short: 'H' }, port: { type: 'string', short: 'p' } },
  allowPositionals: true,
});
const hostname = values.hostname ?? process.env.HOSTNAME ?? '127.0.0.1';
const port = Number(values.port ?? process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`not a port: ${values.port ?? process.env.PORT}`);
const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.resolve(positionals[0] ?? here);

/*
 * A standalone build (next.config.mjs `output: 'standalone'`) is served with the configuration
 * Next wrote down at build time, as Next's own standalone server.js does: the standalone folder
 * holds no next.config.mjs (nor the packages it imports), and the process runs in the served
 * folder, where content/ is read from. Same in the project, so that what the tests serve is
 * configured as what is deployed. Another build (the bench's floor page) loads its config.
 */
function builtStandaloneConfig(projectDir) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(path.join(projectDir, '.next', 'required-server-files.json'), 'utf8'));
  } catch (err) {
    if (err.code === 'ENOENT') return undefined; // no build yet: Next says so below
    throw err;
  }
  return manifest.config?.output === 'standalone' ? manifest.config : undefined;
}
const conf = builtStandaloneConfig(dir);

/*
 * The prerendered public pages (app/[locale]/(static)) and their Content-Security-Policy, which
 * deploy/static-csp.mjs writes after `next build` (npm run build does both): this project's
 * build is not served without it. A GET or HEAD of such a page gets its policy here. A GET or
 * HEAD of any other page gets what proxy.ts would give it (a nonce policy, the language and
 * path headers, noindex where personal: deploy/prepare-request.mjs).
 * Either way the request is marked with PREPARED_HEADER, so that proxy.ts, which has nothing
 * left to do for it, does not run (its matcher skips marked requests). The mark is removed
 * from every request first: a client cannot set it.
 */
const { prerendered: PRERENDERED, prepare } = (() => {
  const file = path.join(dir, '.next', 'static-csp.json');
  if (dir !== here || !existsSync(path.join(dir, '.next', 'BUILD_ID'))) return { prerendered: new Map(), prepare: () => false };
  if (!existsSync(file)) {
    console.error('.next/static-csp.json is missing: run `node deploy/static-csp.mjs` after `next build` (npm run build does both).');
    process.exit(1);
  }
  const { pages } = JSON.parse(readFileSync(file, 'utf8'));
  return {
    prerendered: new Map(Object.entries(pages).map(([page, { policy }]) => [page, policy])),
    prepare: requestPreparer(proxyMatchers(dir)),
  };
})();

/**
 * The 404 page as HTML, for Next's HTML 404s, which are empty without scripts, and its 400s for
 * an address it cannot decode (deploy/not-found.mjs). Part of this project's build, like the
 * policies above.
 */
const NOT_FOUND = (() => {
  if (PRERENDERED.size === 0) return undefined;
  const pages = notFoundPages(dir, PRERENDERED);
  if (!pages) {
    console.error('The prerendered 404 page (app/[locale]/(static)/niet-gevonden) or its policy is missing from this build: run `npm run build`.');
    process.exit(1);
  }
  return pages;
})();

/**
 * Marks a GET or HEAD of a page: a prerendered one with its policy, any other as proxy.ts
 * would (see above); unmarks every other request. Returns the address of a prerendered page.
 */
function markPrepared(req, res) {
  delete req.headers[PREPARED_HEADER];
  if (req.method !== 'GET' && req.method !== 'HEAD') return undefined;
  const page = (req.url ?? '').split('?')[0];
  const policy = PRERENDERED.get(page);
  if (!policy) {
    prepare(req, res);
    return undefined;
  }
  req.headers[PREPARED_HEADER] = '1';
  res.setHeader('Content-Security-Policy', policy);
  return page;
}

/*
 * A prerendered page is the same bytes for everyone until the next build, so after Next has
 * sent it once, it is sent from memory: what a CDN or a caching reverse proxy in front would do
 * (docs/deploy.md), here for a deployment without one. The first response for each page and
 * Accept-Encoding is kept exactly as Next wrote it (headers and, compressed or not, body), and
 * only if it is safe for anyone: a 200 for a GET without a query string, without the headers
 * of client navigation (which get React's payload instead of HTML) or a conditional request, no
 * Set-Cookie, no Cache-Control that forbids it or asks for revalidation, and a Vary naming only
 * what is checked here. Everything else goes to Next as before. Bounded: PAGE_CACHE_VARIANTS
 * encodings per page (a client chooses its Accept-Encoding), PAGE_CACHE_MAX_PAGE_BYTES per
 * response and PAGE_CACHE_MAX_BYTES in all; past those, Next serves. A response sent from
 * memory says so in PAGE_CACHE_HEADER.
 */
const PAGE_CACHE_HEADER = 'x-routewijzer-cache';
const PAGE_CACHE_VARIANTS = 4;
const PAGE_CACHE_MAX_PAGE_BYTES = 1024 * 1024;
const PAGE_CACHE_MAX_BYTES = 32 * 1024 * 1024;
/** Request headers of Next's client navigation: such a request gets React's payload, never cached. */
const NAVIGATION_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-url'];
/** Request headers a cached response may vary on: the navigation headers are absent, Accept-Encoding is the key. */
const KNOWN_VARY = new Set([...NAVIGATION_HEADERS, 'accept-encoding']);
/** A request with any of these gets something else than the page's one response: Next answers it. */
const TO_NEXT_HEADERS = [...NAVIGATION_HEADERS, 'if-none-match', 'if-modified-since', 'range'];
/** Headers of one connection or one response, not of the page. */
const PER_RESPONSE_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);
/** @type {Map<string, Map<string, { headers: [string, number | string | string[]][], body: Buffer }>>} */
const pageCache = new Map();
let pageCacheBytes = 0;

/** Whether a request for a prerendered page (markPrepared) may be answered from memory. */
function fromMemoryAllowed(page, req) {
  return req.method === 'GET' && req.url === page && TO_NEXT_HEADERS.every((name) => req.headers[name] === undefined);
}

/** Whether another encoding of this page may still be kept. */
function roomFor(page, encoding) {
  const variants = pageCache.get(page);
  return !variants || (!variants.has(encoding) && variants.size < PAGE_CACHE_VARIANTS);
}

/** Sends the kept response for this page and encoding, if there is one. */
function sendKept(page, req, res) {
  const kept = pageCache.get(page)?.get(req.headers['accept-encoding'] ?? '');
  if (!kept) return false;
  res.statusCode = 200;
  for (const [name, value] of kept.headers) res.setHeader(name, value);
  res.setHeader('Content-Length', kept.body.length);
  res.setHeader(PAGE_CACHE_HEADER, 'hit');
  res.end(kept.body);
  return true;
}

/** Keeps what Next sends for this page, as written to the socket, if it may be kept. */
function keepWhatIsSent(page, req, res) {
  const encoding = req.headers['accept-encoding'] ?? '';
  if (!roomFor(page, encoding)) return;
  const chunks = [];
  let size = 0;
  let complete = true;
  const add = (chunk, enc) => {
    if (!complete || chunk === undefined || chunk === null || typeof chunk === 'function') return;
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, typeof enc === 'string' ? enc : 'utf8') : Buffer.from(chunk);
    size += bytes.length;
    if (size > PAGE_CACHE_MAX_PAGE_BYTES) {
      complete = false;
      chunks.length = 0;
    } else {
      chunks.push(bytes);
    }
  };
  const { write, end } = res;
  res.write = function (chunk, enc, cb) {
    add(chunk, enc);
    return write.call(this, chunk, enc, cb);
  };
  res.end = function (chunk, enc, cb) {
    add(chunk, enc);
    return end.call(this, chunk, enc, cb);
  };
  res.on('finish', () => {
    if (!complete || res.statusCode !== 200 || res.getHeader('set-cookie') !== undefined) return;
    const cacheControl = String(res.getHeader('cache-control') ?? '');
    if (/no-store|no-cache|private|stale-while-revalidate|max-age=0\b/i.test(cacheControl)) return;
    const vary = String(res.getHeader('vary') ?? '').toLowerCase().split(',').map((v) => v.trim()).filter(Boolean);
    if (vary.some((v) => !KNOWN_VARY.has(v))) return;
    // Checked again: another request for the same page and encoding may have finished first.
    if (pageCacheBytes + size > PAGE_CACHE_MAX_BYTES || !roomFor(page, encoding)) return;
    const forPage = pageCache.get(page) ?? new Map();
    const headers = Object.entries(res.getHeaders()).filter(([name]) => !PER_RESPONSE_HEADERS.has(name));
    forPage.set(encoding, { headers, body: Buffer.concat(chunks) });
    pageCache.set(page, forPage);
    pageCacheBytes += size;
  });
}

if (conf) {
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(conf);
  process.chdir(dir);
}

const { default: next } = await import('next');
const app = next({ dev: false, dir, hostname, port, ...(conf ? { conf } : {}) });
await app.prepare();
const handle = app.getRequestHandler();

/*
 * POST /api/v1/advice (and /en/api/v1/advice) answered by the built API route itself, with the
 * headers and compression Next would add, past Next's router (deploy/direct-api.mjs): that
 * router cost about half of an answer's CPU time. This project's build only, like the
 * prerendered pages above.
 */
const manifest = PRERENDERED.size > 0 ? routesManifest(dir) : undefined;
const serveDirect = manifest ? await directRoutes(dir, manifest) : () => undefined;

/*
 * Next's redirects (a trailing slash, /nl/x -> /x) go out without next.config.mjs's security
 * headers; they get them here (deploy/redirect-headers.mjs). This project's build only.
 */
const addToRedirect = manifest ? redirectHeaders(manifest) : () => {};

const server = http.createServer(
  {
    headersTimeout: HEADERS_TIMEOUT_MS,
    requestTimeout: REQUEST_TIMEOUT_MS,
    // Node checks the two timeouts above only this often (30 s by default, which is how 60 s
    // became 65): a quarter of the shorter one, at most a second.
    connectionsCheckingInterval: Math.min(1_000, Math.max(50, Math.floor(HEADERS_TIMEOUT_MS / 4))),
    maxHeaderSize: MAX_HEADER_SIZE,
  },
  async (req, res) => {
    try {
      const direct = serveDirect(req, res);
      if (direct) return await direct;
      const page = markPrepared(req, res);
      if (NOT_FOUND && (req.method === 'GET' || req.method === 'HEAD') && NAVIGATION_HEADERS.every((name) => req.headers[name] === undefined)) {
        if (page !== undefined && isNotFoundPath(page)) return sendNotFound(NOT_FOUND, req, res);
        if (page === undefined) replaceNotFound(NOT_FOUND, req, res);
      }
      if (page !== undefined && fromMemoryAllowed(page, req)) {
        if (sendKept(page, req, res)) return;
        keepWhatIsSent(page, req, res);
      }
      // Only what Next answers can be one of its redirects: nothing sent from memory above.
      addToRedirect(req, res);
      await handle(req, res);
    } catch (err) {
      // The path only: a query string could carry someone's answers.
      console.error(`Failed to handle a request for ${(req.url ?? '').split('?')[0]}`, err);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.end('Internal Server Error');
      } else {
        res.destroy();
      }
    }
  },
);
server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;

// As `next start` does: the origin Next uses when a server action redirects within the app.
const origin = `http://${hostname.includes(':') ? `[${hostname}]` : hostname}:${port}`;
process.env.__NEXT_PRIVATE_ORIGIN = origin;
process.env.PORT = String(port);

server.on('error', (err) => {
  console.error(`Could not serve on ${origin}:`, err.message);
  process.exit(1);
});
server.listen(port, hostname, () => {
  console.log(
    `Ready on ${origin} (headers ${HEADERS_TIMEOUT_MS / 1000} s, request ${REQUEST_TIMEOUT_MS / 1000} s, ` +
      `keep-alive ${KEEP_ALIVE_TIMEOUT_MS / 1000} s, headers at most ${MAX_HEADER_SIZE / 1024} kB)`,
  );
});

let stopping = false;
function stop(signal) {
  if (stopping) process.exit(1); // a second signal: do not wait
  stopping = true;
  console.log(`${signal}: finishing requests in flight, then stopping`);
  const force = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
  force.unref();
  server.close(async () => {
    clearTimeout(force);
    try {
      await app.close();
    } catch (err) {
      console.error(err);
    }
    process.exit(0);
  });
  server.closeIdleConnections();
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
