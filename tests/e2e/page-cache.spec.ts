import http from 'node:http';
import { expect, test } from '@playwright/test';

/*
 * server.mjs sends a prerendered public page from memory once Next has sent it (issue 17): the
 * same bytes for everyone, as a CDN would. These tests read the raw responses (node:http, no
 * decompression) and prove that what comes from memory is what Next itself sends, that only
 * what may be shared is kept, and that the memory it takes is bounded.
 */

type Raw = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** One GET with exactly these headers; the body as it came over the wire. */
function get(baseURL: string, path: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.get(new URL(path, baseURL), { headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

const fromMemory = (r: Raw) => r.headers['x-routewijzer-cache'] === 'hit';
const PER_RESPONSE = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'x-routewijzer-cache']);
/** The headers of the page, without those of one connection or one response. */
const pageHeaders = (r: Raw) => Object.fromEntries(Object.entries(r.headers).filter(([name]) => !PER_RESPONSE.has(name)));

/** GETs a page until it comes from memory (the first time Next sends it, it is kept). */
async function untilKept(baseURL: string, path: string, headers: Record<string, string>) {
  for (let i = 0; i < 3; i++) {
    const res = await get(baseURL, path, headers);
    if (fromMemory(res)) return res;
  }
  throw new Error(`${path} (${JSON.stringify(headers)}) was not sent from memory after 3 requests`);
}

test('a prerendered page sent from memory is byte for byte what Next sends, in each encoding', async ({ baseURL }) => {
  for (const path of ['/privacy', '/en/aanbod/ips', '/']) {
    for (const encoding of ['gzip, deflate, br, zstd', 'identity']) {
      const kept = await untilKept(baseURL!, path, { 'accept-encoding': encoding });
      // A conditional request that does not match goes to Next, which sends the page in full.
      const fromNext = await get(baseURL!, path, { 'accept-encoding': encoding, 'if-none-match': '"another"' });
      expect(fromMemory(fromNext), path).toBe(false);
      expect(kept.status, path).toBe(200);
      expect(fromNext.status, path).toBe(200);
      expect(pageHeaders(kept), `${path} ${encoding}`).toEqual(pageHeaders(fromNext));
      expect(kept.body.equals(fromNext.body), `${path} ${encoding}: same bytes`).toBe(true);
      expect(Number(kept.headers['content-length'])).toBe(kept.body.length);
      expect(kept.headers['content-security-policy'], path).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+;/);
      if (encoding === 'identity') {
        expect(kept.headers['content-encoding'], path).toBeUndefined();
        expect(kept.body.toString('utf8'), path).toMatch(/^<!DOCTYPE html>/);
      } else {
        expect(kept.headers['content-encoding'], path).toBe('gzip');
      }
    }
  }
});

test('client navigation, conditional requests, query strings, HEAD and personal pages go to Next', async ({ baseURL, request }) => {
  const kept = await untilKept(baseURL!, '/hulp', {});
  // React's payload for client navigation is another body at the same address: Next sends it
  // (a 307 to /hulp?_rsc without the query, as it does for any page).
  const rscNoQuery = await get(baseURL!, '/hulp', { rsc: '1' });
  expect(fromMemory(rscNoQuery)).toBe(false);
  expect(rscNoQuery.status).toBe(307);
  const rsc = await get(baseURL!, '/hulp?_rsc', { rsc: '1' });
  expect(fromMemory(rsc)).toBe(false);
  expect(rsc.headers['content-type']).toContain('text/x-component');
  // A browser that has the page already gets Next's 304.
  const again = await get(baseURL!, '/hulp', { 'if-none-match': String(kept.headers.etag) });
  expect(again.status).toBe(304);
  expect(fromMemory(again)).toBe(false);
  expect(fromMemory(await get(baseURL!, '/hulp?x=1'))).toBe(false);
  expect((await request.head('/hulp')).headers()['x-routewijzer-cache']).toBeUndefined();
  // A personal page is rendered for each request, with its own nonce, however often it is asked for.
  const nonces = new Set<string>();
  for (let i = 0; i < 3; i++) {
    const res = await get(baseURL!, '/controleren');
    expect(fromMemory(res)).toBe(false);
    nonces.add(/'nonce-([^']+)'/.exec(String(res.headers['content-security-policy']))?.[1] ?? '');
  }
  expect(nonces.size).toBe(3);
});

test('a client that sends many Accept-Encodings cannot make the server keep many copies of a page', async ({ baseURL }) => {
  const path = '/en/aanbod/coral';
  let kept = 0;
  for (let q = 1; q <= 8; q++) {
    const headers = { 'accept-encoding': `gzip;q=0.${q}` };
    await get(baseURL!, path, headers);
    const second = await get(baseURL!, path, headers);
    expect(second.status).toBe(200);
    expect(second.headers['content-encoding']).toBe('gzip');
    if (fromMemory(second)) kept++;
  }
  // At most 4 encodings of a page are kept (PAGE_CACHE_VARIANTS in server.mjs); the rest is served by Next.
  expect(kept).toBeGreaterThan(0);
  expect(kept).toBeLessThanOrEqual(4);
});
