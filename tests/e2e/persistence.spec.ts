import { expect, test, type Browser, type BrowserContext } from '@playwright/test';
import { NEUTRAL, shownValues, stubNeutralSite } from './support/quick-exit';
import { answerQuestion, personaValues, chooseFromAdvice, currentQuestion, where, expectAccessible, expectAdviceMatches, expectedAdvice, type Persona } from './support/wizard';
import { fieldKind } from '@/lib/journey/forms';
import { stepOf } from '@/lib/journey/questions';
import { PEOPLE, weighing } from '@/tests/support/personas';
import { journeyCookies } from '@/tests/support/journey-cookies';
import type { QuestionId } from '@/lib/journey/questions';

/*
 * Never lose an answer, never leak one: refresh, back/forward, closing and reopening the
 * tab and a browser crash at every step; a corrupted or tampered saved state; the quick
 * exit; the error summary; "Wis mijn antwoorden".
 */

const persona: Persona = {
  name: 'WGA in Groningen',
  answers: weighing(PEOPLE.wgaGroningen, ['income-security']),
};


/** A browser crash: a new browser context that only keeps what the old one had on disk. */
async function afterCrash(browser: Browser, ctx: BrowserContext, baseURL: string) {
  const state = await ctx.storageState();
  const fresh = await browser.newContext({ baseURL, storageState: state });
  return fresh;
}

test.describe('answers survive', () => {
  test.describe.configure({ timeout: 420_000 });

  test('refresh and the back link at every step; back/forward, close and reopen, and a crash at every kind of step', async ({ page, browser, baseURL, context }) => {
    await page.goto('/');
    await page.locator('#start').click();
    await expect(page).toHaveURL(/\/vragen\//);
    const asked: QuestionId[] = [];
    let previous: { at: string; values: string[] } | undefined;
    // Every answer is kept the same way (one cookie, written by the same action), so the
    // costly checks run once per kind of step: each field kind in each of the two steps.
    const kinds = new Set<string>();

    while (!page.url().endsWith('/controleren')) {
      const at = await where(page);
      const q = (await currentQuestion(page))!;
      const kind = `${fieldKind(q)} in ${stepOf(q)}`;
      const firstOfKind = !kinds.has(kind);
      kinds.add(kind);

      // Refresh.
      await page.reload();
      expect(await where(page)).toBe(at);

      // Back leaves the wizard (it is one history entry), forward comes back to the same step.
      if (firstOfKind) {
        await page.goBack();
        expect(page.url()).not.toMatch(/\/vragen\//);
        await page.goForward();
        expect(await where(page)).toBe(at);
      }

      // The back link shows the previous answer as given; "Doorgaan" returns here.
      if (previous) {
        await page.locator('#vorige').click();
        await expect.poll(() => where(page)).toBe(previous.at);
        expect((await shownValues(page)).sort()).toEqual([...previous.values].sort());
        await page.locator('#volgende').click();
        await expect.poll(() => where(page)).toBe(at);
      }

      if (firstOfKind) {
        // Close the tab and open the site again: "Start" goes on where the person was.
        const tab = await context.newPage();
        await page.close();
        page = tab;
        await page.goto('/');
        await page.locator('#start').click();
        await expect.poll(() => where(page)).toBe(at);

        // A crash: only the cookie on disk remains.
        const revived = await afterCrash(browser, context, baseURL!);
        const p2 = await revived.newPage();
        await p2.goto('/');
        await p2.locator('#start').click();
        await expect.poll(() => where(p2)).toBe(at);
        await revived.close();
      }

      expect(await answerQuestion(page, persona, 'mouse')).toBe(q);
      asked.push(q);
      previous = { at, values: personaValues(q, persona.answers) };
    }
    // The person met every kind of step there is.
    expect([...kinds].sort()).toEqual(['age in situation', 'checkbox in wish', 'municipality in situation', 'radio in situation', 'radio in wish']);

    // Advice and plan survive a refresh and a crash too.
    await page.locator('#volgende').click();
    await expect(page).toHaveURL(/\/advies$/);
    const advice = expectedAdvice(persona, asked);
    await page.reload();
    await expectAdviceMatches(page, advice);
    const chosen = await chooseFromAdvice(page, advice);
    await expect(page).toHaveURL(/\/plan$/);
    await page.reload();
    const chosenName = [...advice.recommended, ...advice.conditional].find((r) => r.id === chosen)!.name;
    await expect(page.locator('h1')).toContainText(chosenName);
    const revived = await afterCrash(browser, context, baseURL!);
    const p3 = await revived.newPage();
    await p3.goto('/plan');
    await expect(p3.locator('h1')).toContainText(chosenName);
    await p3.goto('/advies');
    await expectAdviceMatches(p3, advice);
    await revived.close();
  });

  test('nothing personal in URLs, and the cookie is HttpOnly, SameSite=Strict and holds no plain answers', async ({ page, context }) => {
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    await page.goto('/');
    await page.locator('#start').click();
    for (let i = 0; i < 8 && !page.url().endsWith('/controleren'); i++) await answerQuestion(page, persona, 'mouse');
    const external = urls.filter((u) => !u.startsWith('http://127.0.0.1'));
    expect(external).toEqual([]);
    for (const u of urls) expect(u).not.toMatch(/Groningen|0014|wia|45\b|moderate|basic-ggz/i);
    const cookies = await context.cookies();
    expect(cookies.map((c) => c.name)).toEqual(['routewijzer']);
    const c = cookies[0]!;
    expect(c.httpOnly).toBe(true);
    expect(c.sameSite).toBe('Strict');
    // A session cookie: on a shared computer, closing the browser ends it (issue 13, item 12).
    expect(c.expires).toBe(-1);
    expect(await page.evaluate(() => document.cookie)).toBe('');
  });
});

test.describe('how long this device keeps the answers (issue 13, item 12)', () => {
  test.describe.configure({ timeout: 180_000 });
  /** A browser closed and opened again: session cookies are gone, the rest stays. */
  async function closeAndReopen(browser: Browser, ctx: BrowserContext, baseURL: string, javaScriptEnabled: boolean, close = true) {
    const state = await ctx.storageState();
    if (close) await ctx.close();
    return browser.newContext({ baseURL, javaScriptEnabled, storageState: { ...state, cookies: state.cookies.filter((c) => c.expires > 0) } });
  }
  const answerCookie = async (ctx: BrowserContext) => (await ctx.cookies()).find((c) => c.name === 'routewijzer');

  for (const javaScriptEnabled of [true, false]) {
    test(`gone when the browser closes, unless the person chooses to keep them for 30 days (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, async ({ browser, baseURL }) => {
      // Past the questions, with the journey in a session cookie as the server writes it by
      // default (the test above checks that it does).
      const ctx = await browser.newContext({ baseURL, javaScriptEnabled });
      const [name, value] = journeyCookies().plan.split(/=(.*)/s) as [string, string];
      await ctx.addCookies([{ name, value, url: baseURL!, httpOnly: true, sameSite: 'Strict' }]);
      const page = await ctx.newPage();
      await page.goto('/plan');
      await expect(page.locator('#bewaren-status')).toContainText('verdwijnen als je de browser sluit');

      // The default: closed and reopened, the journey is gone.
      const closed = await closeAndReopen(browser, ctx, baseURL!, javaScriptEnabled, false);
      expect(await answerCookie(closed)).toBeUndefined();
      await closed.close();

      // Chosen: the cookies that hold answers are written again to last 30 days.
      await page.locator('#bewaren-knop').click();
      await expect(page).toHaveURL(/\/plan$/);
      await expect(page.locator('#bewaren-status')).toContainText('30 dagen');
      const month = Date.now() / 1000 + 29 * 24 * 3600;
      expect((await answerCookie(ctx))!.expires).toBeGreaterThan(month);
      expect((await ctx.cookies()).find((c) => c.name === 'routewijzer-bewaren')!.expires).toBeGreaterThan(month);
      // axe runs as a script in the page: only where scripts run.
      if (javaScriptEnabled) await expectAccessible(page);
      const reopened = await closeAndReopen(browser, ctx, baseURL!, javaScriptEnabled);
      const again = await reopened.newPage();
      await again.goto('/plan');
      await expect(again).toHaveURL(/\/plan$/);
      await expect(again.locator('#bewaren-status')).toContainText('30 dagen');
      // A later write keeps the chosen lifetime.
      await again.goto('/advies');
      await again.locator('#kies-eerste-stap').click();
      await expect(again).toHaveURL(/\/plan$/);
      expect((await answerCookie(reopened))!.expires).toBeGreaterThan(month);
      // Undone: a session cookie again, and the choice is gone.
      await again.locator('#bewaren-knop').click();
      await expect(again.locator('#bewaren-status')).toContainText('verdwijnen als je de browser sluit');
      expect((await answerCookie(reopened))!.expires).toBe(-1);
      expect((await reopened.cookies()).map((c) => c.name)).not.toContain('routewijzer-bewaren');
      await reopened.close();
    });
  }

  test('anything but the two choices is refused and changes nothing; the way back is always a page of this site', async ({ request }) => {
    for (const form of [{}, { bewaar: 'misschien' }, { bewaar: '' }] as Record<string, string>[]) {
      const res = await request.post('/bewaren', { form, maxRedirects: 0 });
      expect(res.status()).toBe(400);
      expect(res.headers()['set-cookie']).toBeUndefined();
    }
    for (const terug of ['//evil.example/x', 'https://evil.example', '/advies?x=1', '/\\evil.example']) {
      const res = await request.post('/bewaren', { form: { bewaar: 'ja', terug }, maxRedirects: 0 });
      expect(res.status()).toBe(303);
      expect(res.headers()['location']).toBe('/');
    }
    const en = await request.post('/en/bewaren', { form: { bewaar: 'nee', terug: '/plan' }, maxRedirects: 0 });
    expect(en.headers()['location']).toBe('/en/plan');
  });
});

test.describe('a corrupted or tampered saved state', () => {
  const tampered = Buffer.from(JSON.stringify({ v: 1, context: { answers: { situation: { age: 999 } } } })).toString('base64url');
  const bad = ['not-base64-at-all!!', 'eyJ2IjoxfQ', 'A'.repeat(3000), tampered, ''];

  for (const value of bad) {
    test(`"${value.slice(0, 20)}${value.length > 20 ? '…' : ''}": a friendly message and a fresh start`, async ({ page, context, baseURL }) => {
      await context.addCookies([{ name: 'routewijzer', value: value || 'x', url: baseURL! }]);
      for (const path of ['/', '/vragen/werk', '/controleren', '/advies', '/advies/alle-routes', '/plan', '/plan/pdf']) {
        const res = await page.request.get(path, { maxRedirects: 0 });
        expect(res.status(), path).toBeLessThan(500);
      }
      await page.goto('/advies');
      await expect(page).toHaveURL(/\/vragen\/hoe-gaat-het$/);
      await expect(page.locator('#melding')).toContainText('We konden je antwoorden niet teruglezen');
      // The same page whatever was wrong: axe scans it once.
      if (value === bad[0]) await expectAccessible(page);
      // Answering starts a fresh, valid journey.
      await page.locator('#answer-no').check();
      await page.locator('#volgende').click();
      await expect(page).toHaveURL(/\/vragen\/klachten$/);
      await expect(page.locator('#melding')).toHaveCount(0);
    });
  }

  test('a valid cookie with one character changed is not trusted', async ({ page, context, baseURL }) => {
    await page.goto('/');
    await page.locator('#start').click();
    await answerQuestion(page, persona, 'mouse');
    await answerQuestion(page, persona, 'mouse');
    const [cookie] = await context.cookies();
    const v = cookie!.value;
    const i = Math.floor(v.length / 2);
    const flipped = v.slice(0, i) + (v[i] === 'A' ? 'B' : 'A') + v.slice(i + 1);
    await context.addCookies([{ ...cookie!, value: flipped, url: baseURL!, domain: undefined, path: undefined }]);
    await page.goto('/controleren');
    expect(new URL(page.url()).pathname.startsWith('/vragen/')).toBe(true);
    // Either the change still decodes to a valid journey, or the person gets the message; never a crash.
    await expect(page.locator('h1')).toHaveCount(1);
  });
});

test.describe('quick exit, errors, clearing', () => {
  test('"Snel weg" leaves at once and the wizard is not in the back history', async ({ page, context }) => {
    await stubNeutralSite(context);
    await context.route('https://example.org/**', (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Ergens</title><h1>Ergens anders</h1>' }));
    await page.goto('https://example.org/');
    await page.goto('/');
    await page.locator('#start').click();
    await answerQuestion(page, persona, 'mouse');
    await answerQuestion(page, persona, 'mouse');
    await page.locator('#snel-weg').click();
    await expect(page).toHaveURL(NEUTRAL);
    await page.goBack();
    // Back skips the question pages: the entry the wizard used was replaced by the neutral site.
    expect(page.url()).not.toMatch(/\/vragen\//);
    await page.goBack().catch(() => undefined);
    expect(page.url()).not.toMatch(/\/vragen\//);
  });

  for (const js of [true, false]) {
    test.describe(js ? 'with scripts' : 'without scripts', () => {
      test.use({ javaScriptEnabled: js });
      test('a wrong age: the error summary takes focus and links to the field', async ({ page }) => {
        await page.goto('/');
        await page.locator('#start').click();
        while ((await currentQuestion(page)) !== 'age') await answerQuestion(page, persona, 'mouse');
        await page.locator('#answer').fill('abc');
        await page.locator('#volgende').click();
        await expect(page.locator('#error-summary')).toBeVisible();
        await expect(page).toHaveTitle(/^Fout: /);
        await expect(page.locator('#error-summary')).toBeFocused();
        await expect(page.locator('#answer')).toHaveAttribute('aria-invalid', 'true');
        await expect(page.locator('#answer-error')).toContainText(/cijfers|getal/);
        await page.locator('#error-summary a').click();
        await expect(page.locator('#answer')).toBeFocused();
        await page.locator('#answer').fill('14');
        await page.locator('#volgende').click();
        await expect(page.locator('#answer-error')).toContainText('15');
        await page.locator('#answer').fill('45');
        await page.locator('#volgende').click();
        await expect(page.locator('#error-summary')).toHaveCount(0);
      });
    });
  }

  test('"Wis mijn antwoorden" removes everything', async ({ page, context }) => {
    await page.goto('/');
    await page.locator('#start').click();
    await answerQuestion(page, persona, 'mouse');
    await answerQuestion(page, persona, 'mouse');
    expect((await context.cookies()).length).toBe(1);
    await page.locator('#wis-antwoorden').click();
    await expect(page).toHaveURL(/\/gewist$/);
    expect(await context.cookies()).toEqual([]);
    await expectAccessible(page);
    await page.goto('/');
    await page.locator('#start').click();
    await expect(page).toHaveURL(/\/vragen\/hoe-gaat-het$/);
    expect(await page.locator('input[name="answer"]:checked').count()).toBe(0);
  });
});
