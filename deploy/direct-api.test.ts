import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module without types, run by node (server.mjs)
import { configHeaders, directRoutes } from './direct-api.mjs';

/*
 * deploy/direct-api.mjs on builds made up here: which of next.config's header rules it applies,
 * and what it refuses to serve. tests/e2e/api-direct.spec.ts holds its answers on the real
 * build equal to `next start`'s.
 */

const ALL = { source: '/:path*', regex: '^(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$', headers: [{ key: 'X-Frame-Options', value: 'DENY' }] };
const API = { source: '/api/:path*', regex: '^/api(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$', headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'" }] };

describe('configHeaders', () => {
  it('gives the headers of every rule that matches, in the order of the rules', () => {
    expect(configHeaders({ headers: [ALL, API] }, '/api/v1/advice')).toEqual([
      ['X-Frame-Options', 'DENY'],
      ['Content-Security-Policy', "default-src 'none'"],
    ]);
    expect(configHeaders({ headers: [ALL, API] }, '/en/api/v1/advice')).toEqual([['X-Frame-Options', 'DENY']]);
    expect(configHeaders({ headers: [] }, '/api/v1/advice')).toEqual([]);
  });

  it('matches regardless of case unless the build is case-sensitive, as Next does', () => {
    expect(configHeaders({ headers: [API] }, '/API/v1/advice')).toHaveLength(1);
    expect(configHeaders({ headers: [API], caseSensitive: true }, '/API/v1/advice')).toEqual([]);
  });

  it('refuses a matching rule it cannot apply as Next would: a condition, or a parameter in a value', () => {
    expect(configHeaders({ headers: [{ ...API, has: [{ type: 'header', key: 'x-a' }] }] }, '/api/v1/advice')).toBeUndefined();
    expect(configHeaders({ headers: [{ ...API, missing: [{ type: 'cookie', key: 'b' }] }] }, '/api/v1/advice')).toBeUndefined();
    expect(configHeaders({ headers: [{ ...API, headers: [{ key: 'Link', value: '</:path*>; rel=x' }] }] }, '/api/v1/advice')).toBeUndefined();
    // A rule that does not match the address does not matter.
    expect(configHeaders({ headers: [ALL, { ...API, has: [{ type: 'header', key: 'x-a' }] }] }, '/en/api/v1/advice')).toEqual([['X-Frame-Options', 'DENY']]);
  });
});

describe('directRoutes', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  /** A build with only what the module reads; the route answers with a fixed body. */
  function build(config: Record<string, unknown>, routeConfig = 'exports.config = { api: { bodyParser: false } };', headers: object[] = [ALL, API]) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'direct-api-'));
    dirs.push(dir);
    mkdirSync(path.join(dir, '.next', 'server', 'pages', 'api', 'v1'), { recursive: true });
    // The project's own node_modules, where Next's compression middleware lives.
    writeFileSync(path.join(dir, 'package.json'), '{}');
    symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'));
    writeFileSync(path.join(dir, '.next', 'routes-manifest.json'), JSON.stringify({ headers }));
    writeFileSync(path.join(dir, '.next', 'required-server-files.json'), JSON.stringify({ config }));
    writeFileSync(
      path.join(dir, '.next', 'server', 'pages', 'api', 'v1', 'advice.js'),
      `exports.default = (req, res) => { res.setHeader('Content-Type', 'application/json'); res.end(JSON.stringify({ path: req.url, pad: 'x'.repeat(4000) })); };\n${routeConfig}`,
    );
    return dir;
  }

  async function serve(dir: string) {
    const serveDirect = await directRoutes(dir);
    const server = http.createServer((req, res) => {
      const direct = serveDirect(req, res);
      if (!direct) {
        res.statusCode = 404;
        res.end('to Next');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return { base, close: () => new Promise((resolve) => server.close(resolve)) };
  }

  it('serves the two addresses with the configured headers and compression, and nothing else', async () => {
    const { base, close } = await serve(build({ compress: true }));
    try {
      const gz = await fetch(`${base}/en/api/v1/advice?x=1`, { method: 'POST', headers: { 'accept-encoding': 'gzip' } });
      expect(gz.headers.get('content-encoding')).toBe('gzip');
      expect(gz.headers.get('x-frame-options')).toBe('DENY');
      expect(gz.headers.get('content-security-policy')).toBeNull(); // the rule is for /api/* only
      expect((await gz.json()).path).toBe('/en/api/v1/advice?x=1');
      const plain = await fetch(`${base}/api/v1/advice`, { method: 'POST', headers: { 'accept-encoding': 'identity' } });
      expect(plain.headers.get('content-encoding')).toBeNull();
      expect(plain.headers.get('content-security-policy')).toBe("default-src 'none'");
      for (const other of ['/api/v1/advice/', '//api/v1/advice', '/api/v1/catalogue', '/nl/api/v1/advice']) {
        expect(await (await fetch(`${base}${other}`, { method: 'POST' })).text()).toBe('to Next');
      }
    } finally {
      await close();
    }
  });

  it('does not compress when the build says compress: false', async () => {
    const { base, close } = await serve(build({ compress: false }));
    try {
      const res = await fetch(`${base}/api/v1/advice`, { method: 'POST', headers: { 'accept-encoding': 'gzip' } });
      expect(res.headers.get('content-encoding')).toBeNull();
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    } finally {
      await close();
    }
  });

  it('leaves an address to Next when a header rule for it has a condition', async () => {
    const { base, close } = await serve(build({}, undefined, [{ ...API, has: [{ type: 'header', key: 'x-a' }] }]));
    try {
      expect(await (await fetch(`${base}/api/v1/advice`, { method: 'POST' })).text()).toBe('to Next');
    } finally {
      await close();
    }
  });

  it('refuses to start on a route that lets Next parse its body', async () => {
    await expect(directRoutes(build({}, 'exports.config = {};'))).rejects.toThrow(/bodyParser = false/);
  });
});
