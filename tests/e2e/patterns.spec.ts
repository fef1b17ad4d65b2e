import { expect, test, type Browser, type Page } from '@playwright/test';
import { agreeToEverything } from './support/professional';
import { NEUTRAL, shownValues, stubNeutralSite } from './support/quick-exit';
import { advise } from '@/lib/engine/advise';
import { makeIsAsked } from '@/lib/journey/is-asked';
import { QUESTIONS, type QuestionId } from '@/lib/journey/questions';
import { journeyCookie } from '@/tests/support/journey-cookies';
import { PEOPLE, weighing } from '@/tests/support/personas';
import {
  answerQuestion,
  askedAnswers,
  barePath,
  catalogue,
  currentQuestion,
  expectAccessible,
  expectBackLinkAtTop,
  expectedAdvice,
  expectPageBasics,
  personaValues,
  where,
  type Persona,
} from './support/wizard';

/*
 * The patterns people know from GOV.UK and NL Design System (issue 15): a back link at the top
 * left that works without scripts, "Vraag n van N" that counts down as questions drop out,
 * "Doorgaan", a quick exit that stays in view with GOV.UK's Shift×3 shortcut, and targets of at
 * least 24 × 24 px.
 */

const isAsked = makeIsAsked(catalogue);

/** Asked every question the wizard has; a walk with a back link on every page. */
const EVERY_QUESTION: Persona = { name: 'In Mediant dagbesteding in Enschede', answers: PEOPLE.mediantDagbestedingEnschede };
const BIJSTAND: Persona = { name: 'Bijstand in Rotterdam', answers: weighing(PEOPLE.bijstandRotterdam, ['income-security']) };


const progress = async (page: Page) => {
  const m = /Vraag (\d+) van (\d+)/.exec((await page.locator('#stap').textContent()) ?? '');
  expect(m, 'Vraag n van N').not.toBeNull();
  return { n: Number(m![1]), total: Number(m![2]) };
};

async function newPage(browser: Browser, js: boolean, viewport = { width: 375, height: 812 }) {
  const ctx = await browser.newContext({ baseURL: test.info().project.use.baseURL, javaScriptEnabled: js, viewport });
  await stubNeutralSite(ctx);
  return { ctx, page: await ctx.newPage() };
}

test.describe('back link, progress and "Doorgaan"', () => {
  test.describe.configure({ timeout: 240_000 });

  test('on every question: the back link at the top left goes to the previous asked question, "Vraag n van N" counts up by one and N never grows', async ({ browser }) => {
    const { ctx, page } = await newPage(browser, true);
    await page.goto('/');
    await page.locator('#start').click();
    await page.waitForURL(/\/vragen\//);
    const asked: QuestionId[] = [];
    let last: { n: number; total: number } | undefined;
    while (barePath(page.url()) !== '/controleren') {
      await expectPageBasics(page);
      // Each question starts at the top, also after "Doorgaan" far down a long page: the row under the header is not hidden beneath it.
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
      await expect(page.locator('#taal')).toBeInViewport({ ratio: 1 });
      const shown = await progress(page);
      expect(shown.n).toBe(asked.length + 1);
      if (last) expect(shown.total, `N after ${asked.at(-1)}`).toBeLessThanOrEqual(last.total);
      last = shown;
      // Back goes where the statechart's "back" goes: the last earlier question still asked with these answers.
      const answers = askedAnswers(EVERY_QUESTION, asked);
      const previous = [...asked].reverse().find((q) => isAsked(q, answers));
      const href = await page.locator('#vorige').getAttribute('href');
      expect(href).toBe(previous ? `/vragen/${QUESTIONS[previous].slug}` : '/');
      await expect(page.locator('#volgende')).toHaveText('Doorgaan');
      await expect(page.getByText('Volgende stap')).toHaveCount(0);
      await expect(page.getByText('Vorige stap')).toHaveCount(0);
      asked.push(await answerQuestion(page, EVERY_QUESTION, 'mouse'));
    }
    // The last question said "N van N".
    expect(last!.n).toBe(last!.total);
    expect(asked.length).toBe(last!.total);
    await ctx.close();
  });

  for (const js of [true, false]) {
    test(`${js ? 'with' : 'without'} scripts: back shows the previous answer as given, "Doorgaan" returns to the same question`, async ({ browser }) => {
      const { ctx, page } = await newPage(browser, js);
      await page.goto('/');
      await page.locator('#start').click();
      await page.waitForURL(/\/vragen\//);
      const asked: QuestionId[] = [];
      for (let i = 0; i < 5; i++) asked.push(await answerQuestion(page, BIJSTAND, 'mouse'));
      const at = await where(page);
      const here = await progress(page);
      await expectBackLinkAtTop(page);
      await expect(page.locator('#vorige')).toHaveText('Terug');
      expect(await page.locator('#vorige').evaluate((e) => e.tagName)).toBe('A');

      // Back, twice: each time the question before, with its answer chosen, and one less in the count.
      for (const back of [1, 2]) {
        await page.locator('#vorige').click();
        await expect.poll(() => currentQuestion(page)).toBe(asked[asked.length - back]);
        expect((await shownValues(page)).sort()).toEqual([...personaValues(asked[asked.length - back]!, BIJSTAND.answers)].sort());
        expect((await progress(page)).n).toBe(here.n - back);
      }
      // Forward again with "Doorgaan", answers unchanged: the same questions, back where the person was.
      await page.locator('#volgende').click();
      await expect.poll(() => currentQuestion(page)).toBe(asked.at(-1));
      await page.locator('#volgende').click();
      await expect.poll(() => where(page)).toBe(at);
      expect(await progress(page)).toEqual(here);
      await ctx.close();
    });
  }

  test('the first question goes back to the start page; English says "Back" and "Continue"', async ({ page }) => {
    await page.goto('/');
    await page.locator('#start').click();
    await page.waitForURL(/\/vragen\//);
    await expect(page.locator('#vorige')).toHaveAttribute('href', '/');
    await expect(page).toHaveTitle(/^Vraag 1 van \d+: /);
    await page.goto(`/en${barePath(page.url())}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('#vorige')).toHaveText('Back');
    await expect(page.locator('#volgende')).toHaveText('Continue');
    await expect(page.locator('#stap')).toContainText(/Question 1 of \d+/);
    await expectAccessible(page);
    await page.locator('#vorige').click();
    await expect(page).toHaveURL(/\/en$/);
  });
});

test.describe('quick exit', () => {
  test.describe.configure({ timeout: 240_000 });

  test('stays in view on the whole advice page at 320 px, covers nothing at rest, and no focused element hides under it', async ({ browser }) => {
    const { ctx, page } = await newPage(browser, true, { width: 320, height: 640 });
    await ctx.addCookies([{ ...journeyCookie(BIJSTAND.answers), url: test.info().project.use.baseURL! }]);
    await page.goto('/advies');
    await expect(page.locator('h1')).toBeVisible();
    // Open every folded part: the longest the page gets.
    for (const s of await page.locator('main details:not([open]) > summary').all()) if (await s.isVisible()) await s.click();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height, 'a long page').toBeGreaterThan(3 * 640);

    // At rest the header is in the flow: nothing lies under it.
    await page.evaluate(() => window.scrollTo(0, 0));
    const header = (await page.locator('#kop').boundingBox())!;
    const main = (await page.locator('main').boundingBox())!;
    expect(main.y).toBeGreaterThanOrEqual(header.y + header.height);

    for (const y of [height / 3, (2 * height) / 3, height]) {
      await page.evaluate((to) => window.scrollTo(0, to), y);
      await expect(page.locator('#snel-weg')).toBeInViewport({ ratio: 1 });
    }

    // Tab through the whole page from the top: every focused element is at least partly in view below the header (WCAG 2.4.11).
    await page.evaluate(() => window.scrollTo(0, 0));
    const hidden: string[] = [];
    let partly = 0;
    let seen = 0;
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body || el.closest('#kop')) return null;
        const r = el.getBoundingClientRect();
        const bottom = document.getElementById('kop')!.getBoundingClientRect().bottom;
        return { id: el.id || el.textContent?.trim().slice(0, 30), top: r.top, bottom: r.bottom, header: bottom, inFooter: !!el.closest('footer') };
      });
      if (!f) continue;
      seen++;
      if (f.bottom <= f.header) hidden.push(`${f.id} (${f.top}–${f.bottom}, header ends at ${f.header})`);
      else if (f.top < f.header) partly++;
      if (f.inFooter && i > 50) break;
    }
    expect(seen).toBeGreaterThan(20);
    expect(hidden, 'focused elements hidden under the header').toEqual([]);
    expect(partly, 'focused elements partly under the header').toBe(0);
    await ctx.close();
  });

  test('the advice page after a whole walk at 375 px: scrolled to the bottom, "Snel weg" is in view and leaves', async ({ browser }) => {
    const { ctx, page } = await newPage(browser, true);
    await page.goto('/');
    await page.locator('#start').click();
    const asked: QuestionId[] = [];
    while (barePath(page.url()) !== '/controleren') asked.push(await answerQuestion(page, BIJSTAND, 'mouse'));
    await page.locator('#volgende').click();
    await expect(page).toHaveURL(/\/advies$/);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    await expect(page.locator('#snel-weg')).toBeInViewport({ ratio: 1 });
    await expectPageBasics(page);
    await page.locator('#snel-weg').click();
    await expect(page).toHaveURL(NEUTRAL);
    expect(asked.length).toBeGreaterThan(5);
    expect(expectedAdvice(BIJSTAND, asked).recommended.length).toBeGreaterThan(0);
    await ctx.close();
  });

  test('Shift three times leaves from anywhere, also while typing; not with another key between, nor when too slow', async ({ browser }) => {
    const { ctx, page } = await newPage(browser, true);
    await page.goto('/');
    await page.locator('#start').click();
    await page.waitForURL(/\/vragen\//);
    await expect(page.locator('#snel-weg')).toHaveAccessibleDescription(/3 keer snel op de Shift-toets/);

    // Shift, Shift, a letter, Shift: typing, not the shortcut.
    for (const key of ['Shift', 'Shift', 'a', 'Shift']) await page.keyboard.press(key);
    await page.waitForTimeout(2100);
    // Three presses spread over more than two seconds: too slow.
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Shift');
      await page.waitForTimeout(1100);
    }
    await expect(page).toHaveURL(/\/vragen\//);

    // While typing in a field, three times quickly.
    for (let i = 0; i < 12 && (await currentQuestion(page)) !== 'municipality'; i++) await answerQuestion(page, BIJSTAND, 'mouse');
    await page.locator('#answer').focus();
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(page).toHaveURL(NEUTRAL);
    // Back does not return to the wizard: the page was replaced.
    await page.goBack().catch(() => undefined);
    expect(page.url()).not.toMatch(/\/vragen\//);
    await ctx.close();
  });

  test('without scripts: a plain link to the neutral site, and its description promises no shortcut', async ({ browser }) => {
    const { ctx, page } = await newPage(browser, false);
    await page.goto('/');
    const exit = page.locator('#snel-weg');
    await expect(exit).toHaveAttribute('href', 'https://nos.nl');
    await expect(exit).toHaveAccessibleName('Snel weg');
    await expect(exit).toHaveAccessibleDescription('Verlaat deze website meteen.');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(exit).toBeInViewport();
    await exit.click();
    await expect(page).toHaveURL(NEUTRAL);
    await ctx.close();
  });
});

/**
 * Interactive elements smaller than 24 × 24 px (WCAG 2.2, 2.5.8). Links inside a sentence are
 * exempt, as the criterion says: a link whose paragraph or list item holds other text too.
 */
const smallTargets = (page: Page) =>
  page.evaluate(() => {
    const sel = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const text = (e: Element | null) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
    return [...document.querySelectorAll<HTMLElement>(sel)]
      .filter((e) => {
        const r = e.getBoundingClientRect();
        const style = getComputedStyle(e);
        // Not shown (a folded part, the skip link until focused).
        if (r.width <= 1 || r.height <= 1 || style.visibility === 'hidden') return false;
        if (e.tagName === 'A') {
          const block = e.parentElement?.closest('p, li, dd, td, th, label, legend, figcaption, h1, h2, h3, h4');
          if (block && text(block).length > text(e).length) return false;
        }
        return r.width < 24 || r.height < 24;
      })
      .map((e) => {
        const r = e.getBoundingClientRect();
        return `<${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${(e as HTMLInputElement).type ? ` type=${(e as HTMLInputElement).type}` : ''}> "${text(e).slice(0, 25)}" ${Math.round(r.width)}×${Math.round(r.height)}`;
      });
  });

test.describe('targets of at least 24 × 24 px', () => {
  test.describe.configure({ timeout: 300_000 });

  for (const width of [320, 1280]) {
    test(`at ${width} px: every question page, /intake, /driegesprek and /evaluatie`, async ({ browser }) => {
      const { ctx, page } = await newPage(browser, true, { width, height: 900 });
      const small: string[] = [];
      const measure = async (what: string) => {
        for (const s of await smallTargets(page)) small.push(`${what}: ${s}`);
      };
      await page.goto('/');
      await page.locator('#start').click();
      await page.waitForURL(/\/vragen\//);
      const asked: QuestionId[] = [];
      while (barePath(page.url()) !== '/controleren') {
        await page.locator('details > summary').first().click();
        await measure(barePath(page.url()));
        asked.push(await answerQuestion(page, EVERY_QUESTION, 'mouse'));
      }
      await ctx.clearCookies();

      const answers = EVERY_QUESTION.answers;
      const route = advise(answers, catalogue, 'nl').recommended[0]!.id;
      const base = test.info().project.use.baseURL!;
      await ctx.addCookies([{ ...journeyCookie(answers, { mode: 'intake' }), url: base }]);
      await page.goto('/intake');
      await measure('/intake');
      await page.goto('/driegesprek');
      await measure('/driegesprek');
      await agreeToEverything(page);
      await measure('/driegesprek (all consent)');
      await ctx.clearCookies();
      await ctx.addCookies([{ ...journeyCookie(answers, { state: 'journey.assessment.report', chosenRoute: route }), url: base }]);
      await page.goto('/evaluatie');
      await expect(page.locator('input[type="radio"]').first()).toBeVisible();
      await measure('/evaluatie');
      // The radios of step 5 were 13 px next to a long label; now 24 at least.
      const radio = (await page.locator('input[type="radio"]').first().boundingBox())!;
      expect(Math.min(radio.width, radio.height)).toBeGreaterThanOrEqual(24);

      expect(small).toEqual([]);
      expect(asked.length).toBeGreaterThan(10);
      await ctx.close();
    });
  }
});
