import { expect, test, type Browser, type Page } from '@playwright/test';
import type { Answers } from '@/lib/answers/schema';
import { getCatalogue } from '@/lib/catalogue/load';
import { advise } from '@/lib/engine/advise';
import { journeyCookie } from '@/tests/support/journey-cookies';
import { PEOPLE } from '@/tests/support/personas';
import { expectAccessible, expectAdviceMatches, expectPageBasics } from './support/wizard';

/*
 * The advice page read on a phone (375 × 812), with and without scripts: the recommended first
 * step is fully on the first screen, the whole page with everything folded is at most 6,500 px
 * high (a ranked list of every fitting route made it 22,000-24,000 px), and axe finds nothing.
 * The journey is put in the person's cookie with the app's own codec, as if the wizard had been
 * walked (journeys.spec.ts walks it).
 */

const PHONE = { width: 375, height: 812 };
const MAX_HEIGHT = 6_500;
const nl = getCatalogue('nl');

async function openAdvice(browser: Browser, baseURL: string, answers: Answers, js: boolean): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: PHONE, javaScriptEnabled: js });
  await context.addCookies([{ ...journeyCookie(answers), url: baseURL }]);
  const page = await context.newPage();
  await page.goto('/advies');
  await expect(page).toHaveURL(/\/advies$/);
  return page;
}

/** axe cannot run with scripts off: the same page, same cookie, is scanned in a scripted twin. */
async function scan(page: Page, browser: Browser, js: boolean, baseURL: string) {
  if (js) return expectAccessible(page);
  const twin = await browser.newContext({ baseURL, viewport: PHONE });
  await twin.addCookies(await page.context().cookies());
  const p = await twin.newPage();
  await p.goto('/advies');
  await expectPageBasics(p);
  await expectAccessible(p, '/advies (rendered without scripts)');
  await twin.close();
}

const people: [string, Answers][] = [
  ['bijstand at 28 in Utrecht', PEOPLE.bijstand28Utrecht],
  ['sick-listed employee in Den Haag', PEOPLE.sickListedDenHaag],
  ['EPA at Dimence in Enschede', PEOPLE.epaDimenceEnschede],
];

for (const js of [true, false]) {
  test.describe(`the advice page on a phone, ${js ? 'with' : 'without'} scripts`, () => {
    for (const [name, answers] of people) {
      test(`${name}: the first step on the first screen, the page short, axe clean`, async ({ browser, baseURL }) => {
        const page = await openAdvice(browser, baseURL!, answers, js);
        const advice = advise(answers, nl, 'nl');
        await expectAdviceMatches(page, advice);
        const box = (await page.locator('#eerste-stap').boundingBox())!;
        expect(box.y, 'the first step starts on the first screen').toBeGreaterThanOrEqual(0);
        expect(box.y + box.height, 'the first step ends on the first screen').toBeLessThanOrEqual(PHONE.height);
        expect(await page.locator('details[open]').count(), 'everything folded').toBe(0);
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        expect(height, 'page height with every <details> closed').toBeLessThanOrEqual(MAX_HEIGHT);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, 'no sideways scrolling').toBeLessThanOrEqual(PHONE.width);
        await scan(page, browser, js, baseURL!);
        await page.context().close();
      });
    }

    test('a crisis: help first, and the routes only behind "later verder kijken"', async ({ browser, baseURL }) => {
      const answers: Answers = { ...PEOPLE.bijstand28Utrecht, situation: { ...PEOPLE.bijstand28Utrecht.situation, crisis: true } };
      const page = await openAdvice(browser, baseURL!, answers, js);
      await expect(page.locator('#eerste-stap')).toHaveAttribute('data-step', 'crisis-help');
      for (const h of nl.help) await expect(page.locator('#eerste-stap')).toContainText(h.name);
      await expect(page.locator('#signaal-crisis')).toBeVisible();
      // Nothing about routes is in view until the person asks for it.
      await expect(page.locator('#later-verder')).not.toHaveAttribute('open');
      await expect(page.locator('#lijst-ook-mogelijk')).toBeHidden();
      await expect(page.locator('#tabel-vergelijking')).toBeHidden();
      // What is in view says nothing about speed.
      expect(await page.locator('main').innerText()).not.toMatch(/\bsnel/i);
      await page.locator('#later-verder > summary').click();
      await expect(page.locator('section[aria-labelledby="belangrijk"]')).toBeVisible();
      await scan(page, browser, js, baseURL!);
      await page.context().close();
    });

    test('"Wat vind jij belangrijk?" says whether it changed the order', async ({ browser, baseURL }) => {
      const answers = PEOPLE.bijstand28Utrecht;
      const page = await openAdvice(browser, baseURL!, answers, js);
      await expect(page.locator('#volgorde-uitleg')).toHaveCount(0);
      await page.locator('#prioriteit-peers').check();
      await page.locator('#volgorde').click();
      await expect(page).toHaveURL(/\/advies$/);
      const weighed = advise({ ...answers, priorities: ['peers'] }, nl, 'nl');
      const plain = advise(answers, nl, 'nl');
      const order = (a: typeof plain) => [a.route.firstStep.id, ...a.route.alternatives.map((x) => x.id)].join();
      await expect(page.locator('#volgorde-uitleg')).toContainText(order(weighed) === order(plain) ? 'veranderde de volgorde niet' : 'veranderde de volgorde. Bovenaan');
      await expectAdviceMatches(page, weighed);
      await page.context().close();
    });
  });
}

test('the comparison has a column per option and "nog niets doen", and a row per question', async ({ browser, baseURL }) => {
  const answers = PEOPLE.bijstand28Utrecht;
  const page = await openAdvice(browser, baseURL!, answers, true);
  const { route } = advise(answers, nl, 'nl');
  const options = [route.firstStep.id, ...route.alternatives.map((a) => a.id)];
  const heads = await page.locator('#tabel-vergelijking thead th[data-route]').evaluateAll((els) => els.map((e) => e.getAttribute('data-route')));
  expect(heads).toEqual(options);
  await expect(page.locator('#tabel-vergelijking thead')).toContainText('Nog niets doen');
  const rows = await page.locator('#tabel-vergelijking tbody tr').evaluateAll((els) => els.map((e) => e.getAttribute('data-row')));
  expect(rows).toEqual(['doen', 'tempo', 'behandeling', 'onderzoek', 'werk', 'uitkering', 'begin']);
  // On a phone each cell says which option it is about.
  for (const cell of await page.locator('#tabel-vergelijking tbody td').all()) expect(await cell.getAttribute('data-label')).toBeTruthy();
  await page.context().close();
});
