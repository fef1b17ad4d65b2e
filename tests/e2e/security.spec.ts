import { expect, test } from '@playwright/test';
import { SECURITY_HEADERS } from './support/headers';
import { answerAll, type Persona } from './support/wizard';
import { PEOPLE } from '@/tests/support/personas';

/*
 * Security headers on every kind of response, scripts only with this response's nonce on the
 * pages rendered per request, and a whole journey without a blocked script, a console error or
 * a request to another origin. The prerendered pages' hash policies: static-csp.spec.ts.
 */

/** Pages rendered per request: a nonce in each response. */
const PERSONAL = ['/vragen/hoe-gaat-het', '/controleren', '/advies', '/advies/alle-routes', '/plan', '/gewist', '/intake', '/driegesprek', '/plan/openen', '/aanbod', '/en/advies'];
/** Prerendered public pages: the hashes of their inline scripts. */
const PRERENDERED = ['/', '/hulp', '/privacy', '/toegankelijkheid', '/bronnen', '/stroomschema', '/nieuw', '/en/privacy'];
const PAGES = [...PERSONAL, ...PRERENDERED];

test('every page, API and static file carries the security headers', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const asset = /\/_next\/static\/[^"']+\.js/.exec(html)?.[0];
  expect(asset).toBeTruthy();
  // The browser asks for /favicon.ico on its own; a 404 there shows as a console error.
  expect((await request.get('/favicon.ico')).status()).toBe(200);
  for (const path of [...PAGES, '/api/v1/catalogue', '/api/v1/openapi.json', '/api/v1/plan-schema', '/favicon.ico', asset!]) {
    const res = await request.get(path);
    const h = res.headers();
    expect(res.status(), path).toBeLessThan(500);
    expect(h['x-content-type-options'], path).toBe('nosniff');
    expect(h['referrer-policy'], path).toBe('no-referrer');
    expect(h['x-frame-options'], path).toBe('DENY');
    expect(h['permissions-policy'], path).toContain('camera=()');
    expect(h['strict-transport-security'], path).toContain('max-age=');
    // Static files (scripts, the icon) carry the static headers; the CSP is for documents.
    if (path.startsWith('/_next/') || path === '/favicon.ico') continue;
    const csp = h['content-security-policy'] ?? '';
    expect(csp, path).toContain("frame-ancestors 'none'");
    // The API answers JSON and is not behind the proxy: nothing may load or run there at all.
    if (path.startsWith('/api/')) {
      expect(csp, path).toContain("default-src 'none'");
      continue;
    }
    if (PRERENDERED.includes(path)) expect(csp, path).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+;/);
    else expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp, path).not.toContain('unsafe-eval');
    expect(/script-src[^;]*unsafe-inline/.test(csp), path).toBe(false);
  }
});

test("Next's redirects carry the same security headers as the answers they lead to", async ({ request }) => {
  // A trailing slash taken off (a page, a prerendered page, the API) and next.config's /nl/x -> /x.
  const redirects: [from: string, to: string][] = [
    ['/vragen/hoe-gaat-het/', '/vragen/hoe-gaat-het'],
    ['/privacy/', '/privacy'],
    ['/nl/privacy', '/privacy'],
    ['/en/hulp/', '/en/hulp'],
    ['/api/v1/catalogue/', '/api/v1/catalogue'],
  ];
  for (const [from, to] of redirects) {
    const redirect = await request.get(from, { maxRedirects: 0 });
    expect(redirect.status(), from).toBe(308);
    expect(new URL(redirect.headers().location!, 'http://x').pathname, from).toBe(to);
    const target = (await request.get(to)).headers();
    for (const name of SECURITY_HEADERS) expect(redirect.headers()[name], `${from}: ${name}`).toBe(target[name]);
    // The API's own policy too; a page's policy carries its nonce, so only its kind is compared.
    const policy = redirect.headers()['content-security-policy'] ?? '';
    if (to.startsWith('/api/')) expect(policy, from).toBe(target['content-security-policy']);
    else expect(policy, from).toContain("frame-ancestors 'none'");
  }
});

test('every script on a page rendered per request carries the nonce of that response, and the nonce changes per response', async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of PERSONAL) {
    const res = await request.get(path);
    const nonce = /'nonce-([^']+)'/.exec(res.headers()['content-security-policy'] ?? '')?.[1];
    expect(nonce, path).toBeTruthy();
    nonces.add(nonce!);
    const scripts = (await res.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length, path).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size).toBe(PERSONAL.length);
});

test('the mark that lets a page skip the proxy cannot be sent by a client', async ({ request }) => {
  // server.mjs prepares a GET of a page itself and marks it with this header so that proxy.ts
  // does not run for it (deploy/prepare-request.mjs); a client that sends it itself still gets a
  // nonce and noindex, and its cross-site post is still refused by the proxy.
  const mark = { 'x-routewijzer-prepared': '1' };
  for (const path of ['/advies', '/controleren', '/en/intake']) {
    const res = await request.get(path, { headers: mark, maxRedirects: 0 });
    expect(res.headers()['content-security-policy'], path).toMatch(/'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(res.headers()['x-robots-tag'], path).toBe('noindex, nofollow');
  }
  const post = await request.post('/', { headers: { ...mark, 'Sec-Fetch-Site': 'cross-site', 'Content-Type': 'application/x-www-form-urlencoded' }, data: 'a=1', maxRedirects: 0 });
  expect(post.status()).toBe(403);
  // And a prerendered page gets its hash policy whether or not the mark was sent.
  for (const headers of [{}, mark]) {
    expect((await request.get('/privacy', { headers })).headers()['content-security-policy']).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+;/);
  }
});

test("a client's own language, path and policy headers change nothing on a page", async ({ request }) => {
  // The headers through which the language, the path and the nonce reach the page are set by
  // the server (server.mjs for a GET, proxy.ts for a post); what a client sends in them is replaced.
  const sent = {
    'x-routewijzer-locale': 'en',
    'x-routewijzer-path': '/privacy',
    'content-security-policy': "script-src 'nonce-bWluZQ=='",
  };
  for (const [path, lang, languageLink] of [
    ['/vragen/hoe-gaat-het', 'nl', '/en/vragen/hoe-gaat-het'],
    ['/en/vragen/hoe-gaat-het', 'en', '/vragen/hoe-gaat-het'],
  ] as const) {
    const res = await request.get(path, { headers: sent });
    expect(res.status(), path).toBe(200);
    const html = await res.text();
    expect(html, path).toContain(`<html lang="${lang}"`);
    expect(html, path).toContain(`id="taal" href="${languageLink}"`);
    const nonce = /'nonce-([^']+)'/.exec(res.headers()['content-security-policy'] ?? '')?.[1];
    expect(nonce, path).not.toBe('bWluZQ==');
    expect(html, path).not.toContain('bWluZQ==');
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag, path).toContain(`nonce="${nonce}"`);
  }
});

test('a whole journey: no blocked script, no console error, no request to another origin', async ({ page, baseURL }) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(baseURL!)) problems.push(`request to ${r.url()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP blocked ${e.blockedURI} (${e.violatedDirective})`));
  });
  const persona: Persona = {
    name: 'Wajong at 24 in Tilburg',
    answers: PEOPLE.wajong24Tilburg,
  };
  await page.goto('/');
  await page.locator('#start').click();
  await expect(page).toHaveURL(/\/vragen\//);
  await answerAll(page, persona, 'mouse', async () => undefined);
  await page.locator('#volgende').click();
  await expect(page).toHaveURL(/\/advies$/);
  // Scripts run: the read-aloud button only appears once React has hydrated.
  await expect(page.locator('#lees-voor')).toBeVisible();
  await page.locator('#eerste-stap button, #lijst-ook-mogelijk button').first().click();
  await expect(page).toHaveURL(/\/plan$/);
  await expect(page.locator('#print-plan')).toBeVisible();
  expect(problems).toEqual([]);
});
