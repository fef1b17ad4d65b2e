import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// @ts-expect-error: Next's own compilation of a proxy matcher (what `next build` writes down), without types
import { getMiddlewareMatchers } from 'next/dist/build/analysis/get-page-static-info.js';
import { NextRequest } from 'next/server';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { config, proxy } from '@/proxy';
import { contentSecurityPolicy } from '@/lib/security/headers';
// @ts-expect-error: a plain .mjs module without types, run by node (server.mjs)
import { PREPARED_HEADER, proxyMatchers, requestPreparer } from './prepare-request.mjs';

/*
 * server.mjs does proxy.ts's work for a GET of a page itself (deploy/prepare-request.mjs), so it
 * must do exactly that work: the same policy with a fresh nonce, the same language and path
 * headers, noindex on the same paths, and nothing for a request the proxy would not run for.
 * Each case here is also put to proxy.ts, and the two are compared. In the browser, every page's
 * scripts carry its response's nonce (tests/e2e/security.spec.ts).
 */

// The matcher as Next compiles it into the build, read back as server.mjs reads it.
const dir = mkdtempSync(path.join(os.tmpdir(), 'prepare-'));
mkdirSync(path.join(dir, '.next', 'server'), { recursive: true });
writeFileSync(
  path.join(dir, '.next', 'server', 'functions-config-manifest.json'),
  JSON.stringify({ version: 1, functions: { '/_middleware': { runtime: 'nodejs', matchers: getMiddlewareMatchers(config.matcher, {}) } } }),
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const prepare = requestPreparer(proxyMatchers(dir));

type Prepared = { prepared: boolean; request: Record<string, string>; response: Record<string, string> };

/** A request as Node's server hands it over, with what a client sent in `sent`, after prepare(). */
function prepared(method: string, url: string, sent: Record<string, string> = {}): Prepared {
  const request: Record<string, string> = { host: '127.0.0.1:3000', ...sent };
  const response: Record<string, string> = {};
  const res = { setHeader: (name: string, value: string) => void (response[name.toLowerCase()] = value) };
  return { prepared: prepare({ method, url, headers: request }, res), request, response };
}

/** What proxy.ts passes on for the same GET in production: the request headers it sets and the response headers. */
async function proxied(url: string, sent: Record<string, string> = {}) {
  // server.mjs always runs in production; the proxy's policy adds 'unsafe-eval' for `next dev` only.
  vi.stubEnv('NODE_ENV', 'production');
  const res = await proxy(new NextRequest(`http://127.0.0.1:3000${url}`, { headers: { host: '127.0.0.1:3000', ...sent } }));
  vi.unstubAllEnvs();
  const request = (name: string) => res.headers.get(`x-middleware-request-${name}`);
  return { csp: res.headers.get('content-security-policy')!, requestCsp: request('content-security-policy')!, locale: request('x-routewijzer-locale'), path: request('x-routewijzer-path'), robots: res.headers.get('x-robots-tag') };
}

const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1] ?? '';
/** A policy with its nonce taken out, to compare two policies made with different nonces. */
const withoutNonce = (csp: string) => csp.replace(/'nonce-[^']+'/, "'nonce-'");

const PAGES = ['/', '/vragen/hoe-gaat-het', '/controleren?wijzig=1', '/advies', '/en', '/en/advies/alle-routes', '/en/plan/openen', '/aanbod', '/aanbod/filter', '/gewist', '/bestaat-niet', '/nl/privacy', '/robots.txt', '/planning'];

describe("server.mjs's preparation of a page's request", () => {
  it('gives every GET and HEAD of a page what proxy.ts would: the policy, the language, the path and noindex', async () => {
    for (const url of PAGES) {
      for (const method of ['GET', 'HEAD']) {
        const mine = prepared(method, url);
        const theirs = await proxied(url);
        expect(mine.prepared, url).toBe(true);
        expect(mine.request[PREPARED_HEADER], url).toBe('1');
        expect(withoutNonce(mine.response['content-security-policy']!), url).toBe(withoutNonce(theirs.csp));
        expect(mine.request['content-security-policy'], url).toBe(mine.response['content-security-policy']);
        expect(withoutNonce(mine.request['content-security-policy']!), url).toBe(withoutNonce(theirs.requestCsp));
        expect(mine.request['x-routewijzer-locale'], url).toBe(theirs.locale);
        expect(mine.request['x-routewijzer-path'], url).toBe(theirs.path);
        expect(mine.response['x-robots-tag'] ?? null, url).toBe(theirs.robots);
      }
    }
    // The cases above include each kind of answer.
    expect(prepared('GET', '/en/advies').request['x-routewijzer-locale']).toBe('en');
    expect(prepared('GET', '/en/advies').request['x-routewijzer-path']).toBe('/advies');
    expect(prepared('GET', '/controleren?wijzig=1').request['x-routewijzer-path']).toBe('/controleren?wijzig=1');
    expect(prepared('GET', '/advies').response['x-robots-tag']).toBe('noindex, nofollow');
    expect(prepared('GET', '/aanbod').response['x-robots-tag']).toBeUndefined();
  });

  it('sends the production policy with a fresh nonce each time, and puts the same one on the request for Next', () => {
    const a = prepared('GET', '/advies');
    const b = prepared('GET', '/advies');
    const nonce = nonceOf(a.response['content-security-policy']!);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(a.response['content-security-policy']).toBe(contentSecurityPolicy(nonce, false));
    expect(a.response['content-security-policy']).not.toContain('unsafe-eval');
    expect(nonceOf(b.response['content-security-policy']!)).not.toBe(nonce);
  });

  it('replaces what a client sent in the headers it sets', () => {
    const sent = {
      'x-routewijzer-locale': 'en',
      'x-routewijzer-path': '//evil.example/x',
      'content-security-policy': "script-src 'unsafe-inline'",
    };
    const { request } = prepared('GET', '/vragen/leeftijd', sent);
    expect(request['x-routewijzer-locale']).toBe('nl');
    expect(request['x-routewijzer-path']).toBe('/vragen/leeftijd');
    expect(request['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  });

  it('leaves alone what the proxy does not run for, and every post: proxy.ts checks posts', () => {
    const sent = { 'x-routewijzer-locale': 'en' };
    for (const [method, url] of [
      ['POST', '/vragen/leeftijd'],
      ['PUT', '/advies'],
      ['GET', '/api/v1/catalogue'],
      ['GET', '/en/api/v1/catalogue'],
      ['GET', '/_next/static/chunks/a.js'],
      ['GET', '/favicon.ico'],
      ['GET', '/icon.svg'],
      ['GET', '//evil.example/advies'],
      ['GET', 'http://evil.example/advies'],
    ] as const) {
      const { prepared: done, request, response } = prepared(method, url, sent);
      expect(done, `${method} ${url}`).toBe(false);
      expect(request, `${method} ${url}`).toEqual({ host: '127.0.0.1:3000', ...sent });
      expect(response, `${method} ${url}`).toEqual({});
    }
  });

  it('prepares nothing for a build without a proxy', () => {
    const none = requestPreparer(proxyMatchers(path.join(dir, 'no-build')));
    expect(none({ method: 'GET', url: '/advies', headers: {} }, { setHeader: () => undefined })).toBe(false);
  });
});
