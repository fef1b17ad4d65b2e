import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module without types, run by node (server.mjs)
import { redirectHeaders } from './redirect-headers.mjs';

/*
 * deploy/redirect-headers.mjs in a real node:http server, on a routes manifest made up here with
 * two of next.config's kinds of rule. tests/e2e/security.spec.ts checks Next's real redirects.
 */

const ALL = { source: '/:path*', regex: '^(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$', headers: [{ key: 'X-Frame-Options', value: 'DENY' }, { key: 'Strict-Transport-Security', value: 'max-age=63072000' }] };
const API = { source: '/api/:path*', regex: '^/api(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$', headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'" }] };

describe('redirectHeaders', () => {
  /** A server whose answers are made by `answer` (standing in for Next) after the module has seen the response. */
  async function serve(answer: (req: http.IncomingMessage, res: http.ServerResponse) => void) {
    const addToRedirect = redirectHeaders({ headers: [ALL, API] });
    const server = http.createServer((req, res) => {
      addToRedirect(req, res);
      answer(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const get = async (p: string) => {
      const res = await fetch(`http://127.0.0.1:${port}${p}`, { redirect: 'manual' });
      await res.arrayBuffer();
      return res;
    };
    return { get, close: () => new Promise((resolve) => server.close(resolve)) };
  }

  /** As Next redirects: status and location set, then end() (no explicit writeHead). */
  const nextRedirect = (req: http.IncomingMessage, res: http.ServerResponse) => {
    res.statusCode = 308;
    res.setHeader('Location', (req.url ?? '/').replace(/\/(?=$|\?)/, ''));
    res.end();
  };

  it("gives Next's redirects the headers of their address, the query string aside", async () => {
    const s = await serve(nextRedirect);
    const page = await s.get('/privacy/');
    expect(page.status).toBe(308);
    expect(page.headers.get('location')).toBe('/privacy');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('strict-transport-security')).toBe('max-age=63072000');
    expect(page.headers.get('content-security-policy')).toBeNull();
    const api = await s.get('/api/v1/advice/?x=1');
    expect(api.headers.get('x-frame-options')).toBe('DENY');
    expect(api.headers.get('content-security-policy')).toBe("default-src 'none'");
    await s.close();
  });

  it('keeps a header the redirect already has, also one given to writeHead', async () => {
    const s = await serve((req, res) => {
      if (req.url === '/own') {
        res.setHeader('X-Frame-Options', 'SAMEORIGIN');
        res.statusCode = 307;
        res.setHeader('Location', '/');
        res.end();
      } else {
        res.writeHead(301, { Location: '/', 'Strict-Transport-Security': 'max-age=1' }).end();
      }
    });
    const own = await s.get('/own');
    expect(own.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(own.headers.get('strict-transport-security')).toBe('max-age=63072000');
    const head = await s.get('/written');
    expect(head.status).toBe(301);
    expect(head.headers.get('strict-transport-security')).toBe('max-age=1');
    expect(head.headers.get('x-frame-options')).toBe('DENY');
    await s.close();
  });

  it('leaves an answer that is not a redirect as it was sent', async () => {
    const s = await serve((_req, res) => {
      res.statusCode = 200;
      res.end('ok');
    });
    const ok = await s.get('/privacy');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('x-frame-options')).toBeNull();
    expect(ok.headers.get('strict-transport-security')).toBeNull();
    await s.close();
  });
});
