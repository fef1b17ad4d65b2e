import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { startNextStart, type Server } from '../../scripts/lib/server';
import { SECURITY_HEADERS } from './support/headers';

/*
 * server.mjs answers POST /api/v1/advice itself, past Next's router (deploy/direct-api.mjs).
 * Whatever a client sends there, the answer must be the one Next's own server gives: the same
 * status, headers, encoding and body. Here `next start` serves the same build next to the
 * server under test (server.mjs, or the standalone folder's copy), and every request goes to
 * both.
 */

const NEXT_PORT = Number(process.env.E2E_NEXT_START_PORT ?? 3113);
// One `next start` for the whole file: its tests stay in one worker, which starts it once.
test.describe.configure({ mode: 'serial' });
const deployment = parseEnv(readFileSync(path.join(import.meta.dirname, 'deployment.env'), 'utf8')) as Record<string, string>;
let next: Server | undefined;
test.beforeAll(async () => {
  test.setTimeout(90_000);
  next = await startNextStart(NEXT_PORT, deployment);
});
test.afterAll(async () => next?.stop());

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

/** One request with exactly these headers (no client adds any of its own), the body as sent. */
function send(base: string, method: string, url: string, headers: Record<string, string>, body?: Buffer): Promise<Answer> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: hostname, port, method, path: url, headers: { ...headers, ...(body ? { 'content-length': String(body.length) } : {}) }, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** What a client reads: the headers but the moment and the keep-alive timeout, and the body decoded. */
function asRead(a: Answer) {
  const headers = Object.fromEntries(Object.entries(a.headers).filter(([name]) => !['date', 'keep-alive'].includes(name)));
  const encoding = a.headers['content-encoding'];
  const body = encoding === 'gzip' ? gunzipSync(a.body) : encoding === 'br' ? brotliDecompressSync(a.body) : encoding === 'deflate' ? inflateSync(a.body) : a.body;
  return { status: a.status, headers, body: body.toString('utf8') };
}

/** The headers next.config.mjs's headers() gives the API's addresses: the security headers and the API's policy. */
const CONFIGURED = [...SECURITY_HEADERS, 'content-security-policy'];
const withoutConfigured = (a: ReturnType<typeof asRead>) => ({ ...a, headers: Object.fromEntries(Object.entries(a.headers).filter(([name]) => !CONFIGURED.includes(name))) });

const ADVICE = {
  situation: { condition: 'mental-health', severity: 'severe', age: 35, municipality: '0599', work: 'none', benefit: 'bijstand', care: 'specialist-ggz' },
  wish: { goal: 'paid-work', support: ['find-job-fast'], pace: 'fast' },
};
const json = (value: unknown) => Buffer.from(JSON.stringify(value));
const JSON_TYPE = { 'content-type': 'application/json' };

const CASES: { name: string; method: string; url: string; headers: Record<string, string>; body?: Buffer }[] = [
  { name: 'advice, not compressed', method: 'POST', url: '/api/v1/advice', headers: JSON_TYPE, body: json(ADVICE) },
  { name: 'advice, gzip asked', method: 'POST', url: '/api/v1/advice', headers: { ...JSON_TYPE, 'accept-encoding': 'gzip' }, body: json(ADVICE) },
  { name: 'advice, as a browser asks', method: 'POST', url: '/api/v1/advice', headers: { ...JSON_TYPE, 'accept-encoding': 'gzip, deflate, br, zstd' }, body: json(ADVICE) },
  { name: 'advice, deflate only', method: 'POST', url: '/api/v1/advice', headers: { ...JSON_TYPE, 'accept-encoding': 'deflate' }, body: json(ADVICE) },
  { name: 'advice under /en', method: 'POST', url: '/en/api/v1/advice', headers: { ...JSON_TYPE, 'accept-encoding': 'gzip' }, body: json(ADVICE) },
  { name: 'advice with a query string', method: 'POST', url: '/api/v1/advice?via=form', headers: JSON_TYPE, body: json(ADVICE) },
  { name: 'GET', method: 'GET', url: '/api/v1/advice', headers: {} },
  { name: 'HEAD', method: 'HEAD', url: '/api/v1/advice', headers: {} },
  { name: 'OPTIONS', method: 'OPTIONS', url: '/api/v1/advice', headers: {} },
  { name: 'PUT', method: 'PUT', url: '/en/api/v1/advice', headers: JSON_TYPE, body: json(ADVICE) },
  { name: 'text/plain', method: 'POST', url: '/api/v1/advice', headers: { 'content-type': 'text/plain' }, body: json(ADVICE) },
  { name: 'no content type', method: 'POST', url: '/api/v1/advice', headers: {}, body: json(ADVICE) },
  { name: 'malformed JSON', method: 'POST', url: '/api/v1/advice', headers: JSON_TYPE, body: Buffer.from('{"situation":') },
  { name: 'not UTF-8', method: 'POST', url: '/api/v1/advice', headers: JSON_TYPE, body: Buffer.from([0x7b, 0xc0, 0x7d]) },
  { name: 'empty body', method: 'POST', url: '/api/v1/advice', headers: JSON_TYPE, body: Buffer.alloc(0) },
  { name: 'schema errors', method: 'POST', url: '/api/v1/advice', headers: JSON_TYPE, body: json({ situation: { age: -1 }, extra: true }) },
  { name: 'over 64 kB', method: 'POST', url: '/api/v1/advice', headers: JSON_TYPE, body: json({ ...ADVICE, pad: 'x'.repeat(70_000) }) },
  { name: 'cross-site', method: 'POST', url: '/api/v1/advice', headers: { ...JSON_TYPE, 'sec-fetch-site': 'cross-site', origin: 'https://elders.example' }, body: json(ADVICE) },
  { name: 'a trailing slash (Next redirects it)', method: 'POST', url: '/api/v1/advice/', headers: JSON_TYPE, body: json(ADVICE) },
];

test.describe('POST /api/v1/advice from server.mjs answers as Next itself does', () => {
  for (const c of CASES) {
    test(c.name, async ({ baseURL }) => {
      const ours = asRead(await send(baseURL!, c.method, c.url, c.headers, c.body));
      const nexts = asRead(await send(`http://127.0.0.1:${NEXT_PORT}`, c.method, c.url, c.headers, c.body));
      // Next's own redirect carries none of next.config's headers; server.mjs adds them
      // (deploy/redirect-headers.mjs). Apart from those, the redirect is Next's.
      if (nexts.status === 308) {
        expect(withoutConfigured(ours)).toEqual(withoutConfigured(nexts));
        expect(nexts.headers['x-frame-options']).toBeUndefined();
        expect(ours.headers['x-frame-options']).toBe('DENY');
      } else expect(ours).toEqual(nexts);
      // Not two identical empty answers: each case gets what its request deserves.
      if (ours.status === 308) expect(ours.headers.location).toBe('/api/v1/advice');
      expect(ours.headers['content-security-policy']).toContain("default-src 'none'");
      if (c.method !== 'HEAD' && ours.status !== 204 && ours.status !== 308) expect(JSON.parse(ours.body)).toBeTruthy();
    });
  }

  test('the advice itself is there, compressed when asked', async ({ baseURL }) => {
    const answer = await send(baseURL!, 'POST', '/api/v1/advice', { ...JSON_TYPE, 'accept-encoding': 'gzip' }, json(ADVICE));
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('gzip');
    const advice = JSON.parse(asRead(answer).body);
    expect(advice.location.arbeidsmarktregio).toBe('Rijnmond');
    expect(answer.body.length).toBeLessThan(asRead(answer).body.length / 2);
  });
});
