import { expect, test, type Page } from '@playwright/test';
import { getCatalogue } from '@/lib/catalogue/load';
import { answerAll, answerQuestion, barePath, chooseFromAdvice, personaValues, expectAccessible, expectAdviceMatches, expectPageBasics, type Persona } from './support/wizard';
import { englishAdvice } from './support/english';
import { PEOPLE } from '@/tests/support/personas';

/*
 * The English interface (/en/...): a whole journey in English, the language switch keeping
 * the answers, and every other page in English, each with lang="en", axe and no Dutch
 * sentence left. A missing translation key makes a page fail to render (lib/i18n/translator.ts)
 * and fails lib/i18n/messages.test.ts before that.
 */

const en = getCatalogue('en');

/** Dutch words that only show up in an untranslated sentence. */
const DUTCH = /\b(je|jij|jouw|het|een|niet|wordt|hebt|deze|welke|kun|moet|jouw|ons|onze|wij|zijn)\b/i;

/** Dutch names of programmes and linked Dutch pages that the English catalogue text names as they are. */
const PROGRAMME_NAMES = ['Grip op je Dip', 'Sterk door werk: aan het werk'];

/** Visible text of the page that should be English: route names and kept terms removed. */
async function dutchLeft(page: Page): Promise<string[]> {
  // Text marked as Dutch (lang="nl": the Dutch seed documents' published titles, the link to the
  // Dutch site) is Dutch on purpose.
  const marked = await page.locator('body [lang="nl"]').allInnerTexts();
  const text = marked.reduce((t, m) => (m.trim() ? t.split(m.trim()).join('') : t), await page.locator('body').innerText());
  const names = [...getCatalogue('nl').routes.map((r) => r.name), ...en.routes.map((r) => r.name), ...PROGRAMME_NAMES].sort((a, b) => b.length - a.length);
  const lines = text.split('\n').map((line) => names.reduce((l, n) => l.split(n).join(''), line));
  return lines.filter((l) => DUTCH.test(l));
}

async function expectEnglish(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(new URL(page.url()).pathname, 'the page stays in the English interface').toMatch(/^\/en(\/|$)/);
  expect(await dutchLeft(page), `Dutch text on ${page.url()}`).toEqual([]);
  await expectPageBasics(page);
  await expectAccessible(page);
}

const persona: Persona = { name: 'Bijstand at 28 in Utrecht', answers: PEOPLE.bijstand28Utrecht, municipalityInput: '3511 AB' };

test.describe('the English interface', () => {
  test.describe.configure({ timeout: 180_000 });

  test('a whole journey in English: start, questions, check, advice as the engine gives it, plan and its PDF', async ({ page }) => {
    await page.goto('/en');
    await expect(page.locator('h1')).toHaveText('Which route to work suits you?');
    await expectEnglish(page);
    await page.locator('#start').click();
    await expect(page).toHaveURL(/\/en\/vragen\//);
    const asked = await answerAll(page, persona, 'mouse', expectEnglish);
    await expect(page).toHaveURL(/\/en\/controleren$/);
    await expectEnglish(page);
    await page.locator('#volgende').click();
    await expect(page).toHaveURL(/\/en\/advies$/);
    await expect(page).toHaveTitle(/Step 3 of 5/);
    const advice = englishAdvice(persona, asked);
    await expectAdviceMatches(page, advice);
    await expectEnglish(page);
    const chosen = await chooseFromAdvice(page, advice);
    await expect(page).toHaveURL(/\/en\/plan$/);
    await expect(page.locator('h1')).toContainText(en.routes.find((r) => r.id === chosen)!.name);
    await expect(page).toHaveTitle(/Step 4 of 5/);
    await expectEnglish(page);
    const pdf = await page.request.get('/en/plan/pdf');
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
  });

  test('switching language keeps the answers and the place in the journey', async ({ page }) => {
    await page.goto('/');
    await page.locator('#start').click();
    // "Start" is a client-side link: the header (in the root layout) is not rendered again, yet
    // its language link must lead to this page, not to the English start page.
    await expect(page).toHaveURL(/\/vragen\//);
    await expect(page.locator('#taal')).toHaveAttribute('href', `/en${barePath(page.url())}`);
    await answerQuestion(page, persona, 'mouse');
    const second = barePath(page.url());
    const answered = await answerQuestion(page, persona, 'mouse');
    const question = barePath(page.url());
    await page.locator('#taal').click();
    await expect(page).toHaveURL(new RegExp(`/en${question}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectEnglish(page);
    // Back to Dutch on the same page, then on to the end in English.
    await page.locator('#taal').click();
    await expect(page).toHaveURL(new RegExp(`${question}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await page.locator('#taal').click();
    await expect(page).toHaveURL(new RegExp(`/en${question}$`));
    // The answer given in Dutch is there on the English page of that question.
    await page.locator('#vorige').click();
    await expect(page).toHaveURL(new RegExp(`/en${second}$`));
    for (const v of personaValues(answered, persona.answers)) await expect(page.locator(`#answer-${v}`)).toBeChecked();
    await expectEnglish(page);
  });

  // The pages where English words most often make a line too long are checked on a 320 px
  // phone, the rest on a wide screen; the Dutch versions of all of them get axe on a wide screen
  // in the other specs.
  const ON_A_PHONE = ['/en', '/en/intake', '/en/driegesprek', '/en/aanbod/ips', '/en/stroomschema', '/en/plan/openen?fout=not-json'];
  const PAGES = ['/en/hulp', '/en/privacy', '/en/toegankelijkheid', '/en/bronnen', '/en/aanbod', '/en/aanbod/werkfit-maken', '/en/aanbod/resultaten', '/en/nieuw', '/en/plan/openen', '/en/gewist'];
  for (const path of PAGES) {
    test(`${path} is in English`, async ({ page }) => {
      const res = await page.goto(path);
      expect(res?.status()).toBe(200);
      await expectEnglish(page);
    });
  }

  test.describe('on a 320 px wide phone (English words are often longer)', () => {
    test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
    for (const path of ON_A_PHONE) {
      test(`${path} is in English and fits without scrolling sideways`, async ({ page }) => {
        const res = await page.goto(path);
        expect(res?.status()).toBe(200);
        // expectPageBasics fails on any element wider than the screen.
        await expectEnglish(page);
      });
    }
  });

  test('an unknown page says so in English', async ({ page }) => {
    const res = await page.goto('/en/bestaat-niet');
    expect(res?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(await dutchLeft(page)).toEqual([]);
    await expectAccessible(page);
  });

  test('every route page exists in English with the English route name', async ({ page }) => {
    for (const route of en.routes) {
      const res = await page.goto(`/en/aanbod/${route.id}`);
      expect(res?.status(), route.id).toBe(200);
      await expect(page.locator('h1')).toContainText(route.name);
      expect(await dutchLeft(page), route.id).toEqual([]);
    }
  });
});
