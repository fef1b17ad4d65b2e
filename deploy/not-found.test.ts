import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
// @ts-expect-error: Next's compiled copy of the compression middleware it runs in front of every response, without types
import compression from 'next/dist/compiled/compression/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module without types, run by node (server.mjs)
import { notFoundPages, replaceNotFound, sendNotFound } from './not-found.mjs';

/*
 * server.mjs sends the prerendered 404 page wherever Next would send an HTML 404 for a page
 * (deploy/not-found.mjs). Here the module runs in a real node:http server, in front of a
 * handler that answers the way Next does: headers set one by one or in writeHead, the body in
 * pieces or at once, and Next's own compression middleware wrapped around the response after
 * this module, as in Next's server. The browser tests run it against the real build
 * (tests/e2e/not-found.spec.ts).
 */

const dir = mkdtempSync(path.join(os.tmpdir(), 'not-found-'));
const PAGE = { nl: '<!DOCTYPE html><html lang="nl"><h1>Deze pagina bestaat niet</h1></html>', en: '<!DOCTYPE html><html lang="en"><h1>This page does not exist</h1></html>' };
for (const locale of ['nl', 'en'] as const) {
  mkdirSync(path.join(dir, '.next', 'server', 'app', locale), { recursive: true });
  writeFileSync(path.join(dir, '.next', 'server', 'app', locale, 'niet-gevonden.html'), PAGE[locale]);
}
const POLICIES = new Map([
  ['/niet-gevonden', "script-src 'self' 'sha256-nl'"],
  ['/en/niet-gevonden', "script-src 'self' 'sha256-en'"],
]);
const pages = notFoundPages(dir, POLICIES);
const compress = compression();

const A_PAGE = `<html><h1>Een pagina</h1>${'<p>Tekst.</p>'.repeat(200)}</html>`;
type Answer = (req: http.IncomingMessage, res: http.ServerResponse) => void;
/** How Next might answer, per path. */
const ANSWERS: Record<string, Answer> = {
  // statusCode and headers set, then the document in pieces (Next's streamed render); on a
  // personal path proxy.ts's X-Robots-Tag is set already.
  '/streamed': (req, res) => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Security-Policy', "script-src 'nonce-abc'");
    res.setHeader('Cache-Control', 'private, no-cache, no-store, max-age=0, must-revalidate');
    res.setHeader('X-Frame-Options', 'DENY');
    if (req.headers['x-personal']) res.setHeader('X-Robots-Tag', 'noindex, nofollow');
    res.write('<html id="__next_error__"><body>');
    setTimeout(() => res.end('</body></html>'), 5);
  },
  // Everything in writeHead, the body at once.
  '/en/at-once': (_req, res) => {
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'X-Frame-Options': 'DENY' });
    res.end('<html id="__next_error__"></html>');
  },
  // Next's page for an address it cannot decode.
  '/bad-address': (_req, res) => {
    res.statusCode = 400;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('ETag', '"abc"');
    res.end('<html><title>400: Bad Request</title></html>');
  },
  // This app's own 400 for a form: plain text, left alone.
  '/form': (_req, res) => {
    res.statusCode = 400;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end('Kies of je je antwoorden op dit apparaat wilt bewaren.');
  },
  // Not HTML: left alone.
  '/json': (_req, res) => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'application/json');
    res.end('{"error":"not found"}');
  },
  // A page that exists: left alone (long enough for the middleware to compress it).
  '/page': (_req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(A_PAGE);
  },
};

/** Asks for an answer without compression in front: headers given to writeHead then reach the page only through this module. */
const PLAIN = '?plain';

let server: http.Server;
let base: string;
beforeAll(async () => {
  server = http.createServer((req, res) => {
    const pathname = (req.url ?? '/').split('?')[0]!;
    if (pathname.endsWith('/niet-gevonden')) return sendNotFound(pages, req, res);
    replaceNotFound(pages, req, res);
    if (req.url!.endsWith(PLAIN)) return ANSWERS[pathname]!(req, res);
    // As Next does: its compression wraps the response after server.mjs has.
    compress(req, res, () => ANSWERS[pathname]!(req, res));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((ok) => server.close(ok));
  rmSync(dir, { recursive: true, force: true });
});

/** A raw request, so that the body is seen as sent (fetch would decompress it). */
function get(pathname: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((ok, fail) => {
    const req = http.request(`${base}${pathname}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('an HTML 404 from Next becomes the 404 page', () => {
  it('streamed or at once, in each encoding: the page of the address language, its own policy, Next’s other headers kept', async () => {
    for (const [encoding, decode] of [
      ['br', brotliDecompressSync],
      ['gzip', gunzipSync],
      ['identity', (b: Buffer) => b],
    ] as const) {
      const nl = await get('/streamed', { 'accept-encoding': encoding });
      expect(nl.status).toBe(404);
      expect(decode(nl.body).toString()).toBe(PAGE.nl);
      expect(nl.headers['content-encoding']).toBe(encoding === 'identity' ? undefined : encoding);
      expect(Number(nl.headers['content-length'])).toBe(nl.body.length);
      expect(nl.headers['content-security-policy']).toBe(POLICIES.get('/niet-gevonden'));
      expect(nl.headers['cache-control']).toBe('private, no-cache, no-store, max-age=0, must-revalidate');
      expect(nl.headers['x-frame-options']).toBe('DENY');
      expect(nl.headers['x-robots-tag']).toBe('noindex');
      expect(nl.headers['vary']).toMatch(/accept-encoding/i);

      const en = await get('/en/at-once', { 'accept-encoding': encoding });
      expect(en.status).toBe(404);
      expect(decode(en.body).toString()).toBe(PAGE.en);
      expect(en.headers['content-security-policy']).toBe(POLICIES.get('/en/niet-gevonden'));
      expect(en.headers['x-frame-options']).toBe('DENY');
    }
  });

  it("a personal path's noindex, nofollow stays", async () => {
    const res = await get('/streamed', { 'x-personal': '1' });
    expect(res.status).toBe(404);
    expect(res.headers['x-robots-tag']).toBe('noindex, nofollow');
  });

  it('without compression in front, the headers given to writeHead are kept', async () => {
    const res = await get(`/en/at-once${PLAIN}`, { 'accept-encoding': 'identity' });
    expect(res.status).toBe(404);
    expect(res.body.toString()).toBe(PAGE.en);
    expect(res.headers['x-frame-options']).toBe('DENY');
  });

  it('an encoding refused with q=0 is not used', async () => {
    const res = await get('/streamed', { 'accept-encoding': 'br;q=0, gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(res.body).toString()).toBe(PAGE.nl);
  });

  it("Next's HTML 400 becomes the page too, with status 400; a plain-text 400 is left alone", async () => {
    const bad = await get('/bad-address', { 'accept-encoding': 'identity' });
    expect(bad.status).toBe(400);
    expect(bad.body.toString()).toBe(PAGE.nl);
    expect(bad.headers['etag']).toBeUndefined();
    const form = await get('/form', { 'accept-encoding': 'identity' });
    expect(form.status).toBe(400);
    expect(form.body.toString()).toBe('Kies of je je antwoorden op dit apparaat wilt bewaren.');
  });

  it('HEAD: the headers of the page, no body', async () => {
    const res = await get('/streamed', { 'accept-encoding': 'identity' }, 'HEAD');
    expect(res.status).toBe(404);
    expect(res.headers['content-length']).toBe(String(Buffer.byteLength(PAGE.nl)));
    expect(res.body.length).toBe(0);
  });

  it("the page's own address: 404 with the page", async () => {
    const res = await get('/en/niet-gevonden', { 'accept-encoding': 'identity' });
    expect(res.status).toBe(404);
    expect(res.body.toString()).toBe(PAGE.en);
  });

  it('anything else is sent as Next sent it', async () => {
    const json = await get('/json', { 'accept-encoding': 'identity' });
    expect(json.status).toBe(404);
    expect(json.body.toString()).toBe('{"error":"not found"}');
    const page = await get('/page', { 'accept-encoding': 'gzip' });
    expect(page.status).toBe(200);
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(page.body).toString()).toBe(A_PAGE);
  });

  it('a connection stays usable after a replaced answer', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const once = (pathname: string) =>
      new Promise<number>((ok, fail) => {
        http.get(`${base}${pathname}`, { agent }, (res) => {
          res.resume();
          res.on('end', () => ok(res.statusCode!));
        }).on('error', fail);
      });
    expect([await once('/streamed'), await once('/page'), await once('/en/at-once'), await once('/page')]).toEqual([404, 200, 404, 200]);
    agent.destroy();
  });

  it('no 404 page in the build: nothing to send', () => {
    expect(notFoundPages(dir, new Map())).toBeUndefined();
  });
});
