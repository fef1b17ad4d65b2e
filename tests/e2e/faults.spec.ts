import { expect, test, type BrowserContext } from '@playwright/test';
import { answerQuestion, catalogue, expectAccessible, expectAdviceMatches, type Persona } from './support/wizard';
import { advise } from '@/lib/engine/advise';
import { PEOPLE } from '@/tests/support/personas';
import { journeyCookie } from '@/tests/support/journey-cookies';

/*
 * The network drops while the advice loads; a page that does not exist; a browser that refuses
 * cookies; storage that is full.
 */

const persona: Persona = {
  name: 'WGA in Groningen',
  answers: PEOPLE.wgaGroningen,
};

test('the connection drops on the way to the advice: a calm message, and nothing is lost', async ({ page, context, baseURL }) => {
  // Every question answered (with the app's cookie codec; journeys.spec.ts walks the wizard).
  await context.addCookies([{ ...journeyCookie(persona.answers, { state: 'journey.check' }), url: baseURL! }]);
  await page.goto('/controleren');
  await expect(page).toHaveURL(/\/controleren$/);
  await context.setOffline(true);
  await page.locator('#volgende').click();
  await expect(page.locator('#fout-verbinding')).toBeVisible();
  await expect(page.locator('#fout-verbinding h1')).toBeFocused();
  await context.setOffline(false);
  await expectAccessible(page);
  await page.locator('#opnieuw').click();
  // Back online: the check page again, every answer still there, and on to the advice.
  await expect(page).toHaveURL(/\/controleren$/);
  await page.locator('#volgende').click();
  await expect(page).toHaveURL(/\/advies$/);
  await expect(page.locator('#eerste-stap')).toBeVisible();
});

test('a page that does not exist: a Dutch message and a way back, status 404', async ({ page }) => {
  const res = await page.goto('/bestaat-niet');
  expect(res?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Deze pagina bestaat niet');
  await expectAccessible(page);
  const q = await page.goto('/vragen/geen-vraag');
  expect(q?.status()).toBe(404);
});

/**
 * A browser that refuses cookies (private mode, cookies blocked): every response reaches the
 * page without its Set-Cookie header, and nothing is kept between requests.
 */
async function refuseCookies(context: BrowserContext) {
  await context.route('**/*', async (route) => {
    // maxRedirects 0: the browser follows redirects itself, each through this handler again.
    // Chromium adds Fetch Metadata after this interception point, so the re-sent request would
    // lack it, and proxy.ts refuses a post with Origin: null that does not say it is
    // same-origin. Every request here goes to the app itself: say so, as the browser would.
    const options = { maxRedirects: 0, headers: { ...(await route.request().allHeaders()), 'sec-fetch-site': 'same-origin' } };
    // Playwright's fetch reuses keep-alive connections; when the server closes an idle one just
    // as a request goes out, the request meets ECONNRESET. A browser sends it again on a fresh
    // connection (Chromium does so for a reused socket that fails before any response): so do we.
    const response = await route.fetch(options).catch((err: Error) => {
      if (!/ECONNRESET|socket hang up/.test(err.message)) throw err;
      return route.fetch(options);
    });
    const headers = Object.fromEntries(Object.entries(response.headers()).filter(([name]) => name.toLowerCase() !== 'set-cookie'));
    // route.fetch shares the context's cookie jar; a browser that refuses cookies keeps none.
    await context.clearCookies();
    await route.fulfill({ response, headers });
  });
}

for (const js of [true, false]) {
  test.describe(`cookies refused, ${js ? 'with' : 'without'} scripts`, () => {
    test.use({ javaScriptEnabled: js });
    test('a clear message instead of the first question again and again', async ({ page, context, browser, baseURL }) => {
      await refuseCookies(context);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto('/');
      await page.locator('#start').click();
      await expect(page).toHaveURL(/\/vragen\/hoe-gaat-het$/);
      // Answer until the message comes; the wizard must not quietly go round in circles.
      for (let i = 0; i < 3 && (await page.locator('#fout-cookies').count()) === 0; i++) {
        await answerQuestion(page, persona, 'mouse');
      }
      const message = page.locator('#fout-cookies');
      await expect(message).toBeVisible();
      await expect(page.locator('h1')).toHaveText('Je antwoorden kunnen niet worden bewaard');
      await expect(message).toContainText('functionele cookie');
      await expect(message).toContainText('op je eigen apparaat');
      await expect(message).toContainText('niets over jou op onze server');
      await expect(message).toContainText('Sta cookies toe voor deze website');
      await expect(message).toContainText('gewoon venster');
      await expect(page).toHaveTitle(/Je antwoorden kunnen niet worden bewaard/);
      expect(await context.cookies()).toEqual([]);
      expect(errors).toEqual([]);
      // No answer in the address bar: only the harmless check flag.
      expect(new URL(page.url()).search).toBe('?cookie=check');
      if (js) await expectAccessible(page);
      else {
        // axe needs scripts: scan the same page in a scripted tab (it renders the same HTML).
        const scripted = await browser.newContext({ baseURL, javaScriptEnabled: true });
        const p2 = await scripted.newPage();
        await p2.goto(page.url());
        await expect(p2.locator('#fout-cookies')).toBeVisible();
        await expectAccessible(p2);
        await scripted.close();
      }
      // The way on: back to the start page, which still works.
      await page.locator('#opnieuw-beginnen').click();
      await expect(page).toHaveURL(/\/$/);
      await expect(page.locator('#start')).toBeVisible();
      // Requests still in flight when the test ends (prefetches) must not fail it.
      await context.unrouteAll({ behavior: 'ignoreErrors' });
    });
  });
}

test('with cookies allowed, the check flag leaves no message and the journey goes on', async ({ page }) => {
  await page.goto('/');
  await page.locator('#start').click();
  await answerQuestion(page, persona, 'mouse');
  await answerQuestion(page, persona, 'mouse');
  await expect(page.locator('#fout-cookies')).toHaveCount(0);
  expect(new URL(page.url()).pathname).toMatch(/^\/vragen\//);
});

test('storage is full (setItem throws QuotaExceededError): the journey still reaches the advice with every answer kept', async ({ page, context, baseURL }) => {
  await page.addInitScript(() => {
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    Storage.prototype.setItem = full;
    // Prove the override is in force in every page the journey opens.
    (window as unknown as { storageFull: boolean }).storageFull = true;
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  expect(await page.evaluate(() => {
    try {
      localStorage.setItem('x', '1');
      return 'stored';
    } catch (e) {
      return (e as DOMException).name;
    }
  })).toBe('QuotaExceededError');
  await page.locator('#start').click();
  // Question pages are one component: two of them, then the rest answered at once through the
  // cookie (journeys.spec.ts walks every question), on to the check page and the advice.
  await answerQuestion(page, persona, 'mouse');
  await answerQuestion(page, persona, 'mouse');
  await context.addCookies([{ ...journeyCookie(persona.answers, { state: 'journey.check' }), url: baseURL! }]);
  await page.goto('/controleren');
  await page.locator('#volgende').click();
  await expect(page).toHaveURL(/\/advies$/);
  const advice = advise(persona.answers, catalogue, 'nl');
  await expectAdviceMatches(page, advice);
  // Kept: a reload shows the same advice.
  await page.reload();
  await expectAdviceMatches(page, advice);
  expect(await page.evaluate(() => (window as unknown as { storageFull?: boolean }).storageFull)).toBe(true);
  expect(errors).toEqual([]);
});
