import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';

/*
 * What a load balancer and Kubernetes see of an instance (deploy/k8s/routewijzer.yaml probes
 * these paths). The route handlers are called as Next calls them; the browser test
 * tests/e2e/health.spec.ts asks a running server.
 */

afterEach(() => {
  vi.restoreAllMocks();
  vi.resetModules();
});

describe('liveness', () => {
  it('answers 200 without reading anything, and is never cached', async () => {
    const { GET } = await import('./live/route');
    const res = GET();
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ status: 'live' });
  });
});

describe('readiness', () => {
  it('is ready once the shipped catalogue has loaded, and names its version and number of routes', async () => {
    const { GET } = await import('./ready/route');
    const res = GET();
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const meta = parse(readFileSync('content/catalogue.yaml', 'utf8')) as { version: string };
    const routes = readdirSync('content/routes').filter((f) => f.endsWith('.yaml')).length;
    expect(await res.json()).toEqual({ status: 'ready', catalogue: { version: meta.version, date: expect.any(String), routes } });
  });

  it('is not ready (503) when the catalogue cannot be loaded, and says why only in the server log', async () => {
    // A server whose content/ is missing: the folder it runs in has none.
    const empty = mkdtempSync(path.join(tmpdir(), 'routewijzer-health-'));
    try {
      vi.spyOn(process, 'cwd').mockReturnValue(empty);
      const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const { GET } = await import('./ready/route');
      const res = GET();
      expect(res.status).toBe(503);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const body = await res.text();
      expect(JSON.parse(body)).toEqual({ status: 'not-ready', reason: 'catalogue' });
      expect(body).not.toContain(empty);
      expect(logged).toHaveBeenCalled();
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
