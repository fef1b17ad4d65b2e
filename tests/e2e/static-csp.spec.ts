import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { getCatalogue } from '@/lib/catalogue/load';

/*
 * The prerendered public pages (app/[locale]/(static)) and their Content-Security-Policy
 * (issue 17). Each page is one file for everyone, so it cannot carry a per-request nonce; its
 * policy lists the hashes of its inline scripts. Proved here for every page the build
 * prerendered, with a parser we did not write (the browser's) and hashes computed here, not by
 * deploy/static-csp.mjs: each script on the page is allowed by its policy, and the policy
 * allows nothing else. A script slipped into a page afterwards does not run.
 */

type PrerenderManifest = { routes: Record<string, unknown> };
const manifest = JSON.parse(readFileSync('.next/prerender-manifest.json', 'utf8')) as PrerenderManifest;
/** Every page the build prerendered, at the address it is served at (/nl/x is /x). */
const PRERENDERED = Object.keys(manifest.routes)
  .filter((r) => /^\/(nl|en)(\/|$)/.test(r))
  .map((r) => (r === '/nl' ? '/' : r.startsWith('/nl/') ? r.slice(3) : r))
  .sort();

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The page's scripts as the browser's HTML parser sees them (DOMParser runs none of them). */
async function scriptsOf(page: Page, html: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    return [...doc.querySelectorAll('script')].map((s) => ({ src: s.getAttribute('src'), type: s.getAttribute('type'), text: s.textContent ?? '' }));
  }, html);
}

test('the public pages are prerendered, in both languages', () => {
  const routes = getCatalogue('nl').routes.map((r) => `/aanbod/${r.id}`);
  const pages = ['/', '/privacy', '/toegankelijkheid', '/bronnen', '/hulp', '/nieuw', '/stroomschema', '/aanbod/resultaten', ...routes];
  for (const path of pages) {
    expect(PRERENDERED, path).toContain(path);
    expect(PRERENDERED, path).toContain(path === '/' ? '/en' : `/en${path}`);
  }
  // Nothing personal is prerendered: those pages are rendered per request, with a nonce.
  for (const path of PRERENDERED) expect(path, path).not.toMatch(/^(\/en)?\/(vragen|controleren|advies|plan|intake|driegesprek|evaluatie|gewist)(\/|$)/);
});

test('every prerendered page: each of its scripts is allowed by its policy, and nothing else is', async ({ page, request }) => {
  test.setTimeout(180_000);
  expect(PRERENDERED.length).toBeGreaterThan(90);
  for (const path of PRERENDERED) {
    const res = await request.get(path);
    // The 404 page is prerendered like the rest and sent with status 404 (deploy/not-found.mjs).
    expect(res.status(), path).toBe(/^(\/en)?\/niet-gevonden$/.test(path) ? 404 : 200);
    const csp = res.headers()['content-security-policy'] ?? '';
    const scriptSrc = /(?:^|;\s*)script-src ([^;]*)/.exec(csp)?.[1]?.trim().split(/\s+/) ?? [];
    expect(scriptSrc[0], `${path}: ${csp}`).toBe("'self'");
    const allowed = scriptSrc.slice(1);
    // Only hashes besides 'self': no nonce, no 'unsafe-inline', no 'strict-dynamic', no other host.
    for (const source of allowed) expect(source, path).toMatch(/^'sha256-[A-Za-z0-9+/]+={0,2}'$/);
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).toContain("object-src 'none'");

    const scripts = await scriptsOf(page, await res.text());
    const inline = scripts.filter((s) => s.src === null && (s.type === null || s.type === '' || /javascript|module/.test(s.type)));
    const external = scripts.filter((s) => s.src !== null);
    expect(inline.length, path).toBeGreaterThan(0);
    // Every inline script's hash is listed, and every listed hash is one of the page's scripts.
    expect(new Set(inline.map((s) => sha256(s.text))), path).toEqual(new Set(allowed));
    // Scripts from a file come from this site's build, which 'self' allows.
    for (const s of external) expect(s.src, path).toMatch(/^\/_next\/static\/chunks\/[\w.-]+\.js$/);
  }
});

test('a prerendered page runs its own scripts and no other', async ({ page }) => {
  const blocked: string[] = [];
  const errors: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => blocked.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  page.on('pageerror', (e) => errors.push(e.message));

  // As served: the page hydrates (a client-side navigation works) and nothing is blocked.
  await page.goto('/privacy');
  await page.waitForFunction(() => (window as unknown as { next?: unknown }).next !== undefined);
  await page.locator('footer a[href="/bronnen"]').click();
  await expect(page).toHaveURL(/\/bronnen$/);
  await expect(page.locator('h1')).toBeVisible();
  expect(blocked).toEqual([]);
  expect(errors).toEqual([]);

  // The same page with one inline script added on its way to the browser, the policy unchanged:
  // the added script is blocked, the page's own scripts still run.
  await page.route('**/toegankelijkheid', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('</body>', '<script>window.__injected = true</script></body>');
    await route.fulfill({ response, body });
  });
  await page.goto('/toegankelijkheid');
  await page.waitForFunction(() => (window as unknown as { next?: unknown }).next !== undefined);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  await expect.poll(() => blocked.length).toBe(1);
  expect(blocked[0]).toContain('script-src');
});
