import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';

/*
 * The health endpoints as a load balancer or Kubernetes asks them (deploy/k8s/routewijzer.yaml):
 * answered by the running server, never cached, no cookie, nothing about anyone.
 */

test('liveness and readiness answer 200, uncached and without a cookie, with the catalogue loaded', async ({ request }) => {
  const live = await request.get('/api/health/live');
  expect(live.status()).toBe(200);
  expect(live.headers()['cache-control']).toBe('no-store');
  expect(live.headers()['set-cookie']).toBeUndefined();
  expect(await live.json()).toEqual({ status: 'live' });

  const ready = await request.get('/api/health/ready');
  expect(ready.status()).toBe(200);
  expect(ready.headers()['cache-control']).toBe('no-store');
  expect(ready.headers()['set-cookie']).toBeUndefined();
  const routes = readdirSync('content/routes').filter((f) => f.endsWith('.yaml')).length;
  expect(await ready.json()).toMatchObject({ status: 'ready', catalogue: { routes } });
});

test('someone in the middle of a journey gets nothing of theirs back from a health check', async ({ page }) => {
  await page.goto('/');
  await page.locator('#start').click();
  await expect(page).toHaveURL(/\/vragen\//);
  const cookies = await page.context().cookies();
  const res = await page.request.get('/api/health/ready');
  const text = await res.text();
  expect(res.headers()['set-cookie']).toBeUndefined();
  for (const c of cookies) expect(text).not.toContain(c.value);
});
