import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/wizard';

/*
 * The 404 page, with and without JavaScript. Next 16 answers notFound() with an empty document
 * that only scripts fill in; server.mjs sends the prerendered 404 page instead, with status 404
 * (deploy/not-found.mjs). Without scripts a person used to see a blank page.
 */

const CASES = [
  // An address that is no page, a route the catalogue does not have, a question that does not exist.
  { path: '/bestaat-niet', title: 'Deze pagina bestaat niet', home: '/', other: 'English', lang: 'nl' },
  { path: '/aanbod/bestaat-niet', title: 'Deze pagina bestaat niet', home: '/', other: 'English', lang: 'nl' },
  { path: '/vragen/bestaat-niet', title: 'Deze pagina bestaat niet', home: '/', other: 'English', lang: 'nl' },
  { path: '/en/bestaat-niet', title: 'This page does not exist', home: '/en', other: 'Nederlands', lang: 'en' },
  { path: '/en/aanbod/bestaat-niet', title: 'This page does not exist', home: '/en', other: 'Nederlands', lang: 'en' },
] as const;

test('without JavaScript: a 404 shows the page, in the language of the address, with the site around it', async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
  const page = await ctx.newPage();
  for (const c of CASES) {
    const res = await page.goto(c.path);
    expect(res?.status(), c.path).toBe(404);
    expect(res?.headers()['x-robots-tag'], c.path).toMatch(/^noindex/);
    await expect(page.locator('html'), c.path).toHaveAttribute('lang', c.lang);
    await expect(page.locator('h1'), c.path).toHaveText(c.title);
    await expect(page, c.path).toHaveTitle(new RegExp(`^${c.title}`));
    await expect(page.locator('#kop'), c.path).toHaveCount(1);
    await expect(page.locator('#taal'), c.path).toHaveText(c.other);
    await expect(page.locator('#wis-antwoorden'), c.path).toHaveCount(1);
    await expect(page.locator('main a[href]').first(), c.path).toHaveAttribute('href', c.home);
    // Readable at 320 px: nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth), c.path).toBeLessThanOrEqual(320);
  }
  // Its link leads home, as a plain link.
  await page.goto('/bestaat-niet');
  await page.locator('main a[href="/"]').click();
  await expect(page.locator('#start')).toBeVisible();
  await ctx.close();
});

test('with JavaScript: the same page hydrates under its own policy, with no error, and its link works', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    // The document's own 404 status is reported as a failed load; nothing else may be.
    if (m.type() === 'error' && !/status of 404/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP blocked ${e.blockedURI} (${e.violatedDirective})`));
  });
  for (const c of [CASES[0], CASES[3]]) {
    const res = await page.goto(c.path);
    expect(res?.status(), c.path).toBe(404);
    await expect(page.locator('h1'), c.path).toHaveText(c.title);
    await expectAccessible(page);
  }
  // Scripts run: the quick exit promises its shortcut once React has hydrated.
  await expect(page.locator('#snel-weg')).toHaveAccessibleDescription(/Shift/);
  await page.locator('main a[href="/en"]').click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.locator('#start')).toBeVisible();
  expect(problems).toEqual([]);
});

test('an address that cannot be decoded: the same page in its language, status 400, instead of an English error outside the site', async ({ browser, request }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  const res = await page.goto('/en/%C0');
  expect(res?.status()).toBe(400);
  await expect(page.locator('h1')).toHaveText('This page does not exist');
  await expect(page.locator('#kop')).toHaveCount(1);
  await ctx.close();
  const nl = await request.get('/%');
  expect(nl.status()).toBe(400);
  expect(await nl.text()).toContain('Deze pagina bestaat niet');
});

test("the 404 page's own address is a 404 too, GET and HEAD alike; other answers are Next's", async ({ request }) => {
  for (const path of ['/niet-gevonden', '/en/niet-gevonden']) {
    const get = await request.get(path, { headers: { 'Accept-Encoding': 'identity' } });
    expect(get.status(), path).toBe(404);
    const body = await get.body();
    expect(get.headers()['content-length'], path).toBe(String(body.length));
    const head = await request.head(path, { headers: { 'Accept-Encoding': 'identity' } });
    expect(head.status(), path).toBe(404);
    expect(head.headers()['content-length'], path).toBe(String(body.length));
    expect((await head.body()).length, path).toBe(0);
  }
  // A page that exists is untouched, and so is React's payload for a client navigation.
  expect((await request.get('/privacy')).status()).toBe(200);
  const flight = await request.get('/bestaat-niet', { headers: { RSC: '1' }, maxRedirects: 0 });
  expect(flight.headers()['content-type'] ?? '').not.toMatch(/^text\/html/);
  // An unknown address in any encoding: the same page, compressed as asked.
  for (const encoding of ['br', 'gzip', 'identity']) {
    const res = await request.get('/bestaat-niet', { headers: { 'Accept-Encoding': encoding } });
    expect(res.status(), encoding).toBe(404);
    expect(await res.text(), encoding).toContain('Deze pagina bestaat niet');
  }
});
