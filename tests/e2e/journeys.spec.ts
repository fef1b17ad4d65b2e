import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  answerAll,
  chooseFromAdvice,
  expectAccessible,
  expectAdviceMatches,
  expectedAdvice,
  expectPageBasics,
  pressByKeyboard,
  type Mode,
  type Persona,
} from './support/wizard';
import type { Answers } from '@/lib/answers/schema';
import { advise } from '@/lib/engine/advise';
import { PEOPLE, weighing } from '@/tests/support/personas';
import { journeyCookie } from '@/tests/support/journey-cookies';
import { getCatalogue } from '@/lib/catalogue/load';

const nl = getCatalogue('nl');
const catalogueNames = new Map(nl.routes.map((r) => [r.id, r.name]));

/*
 * Whole journeys, start page to printed plan, one person per way of using the wizard: with
 * the mouse, by keyboard only, without JavaScript, on a 320 px phone. Which advice each person
 * gets is the engine's persona table's business (lib/engine/advise.test.ts); here the page
 * must show what the engine gives for the questions the wizard asked. Every page on the way
 * gets one h1, the quick exit in view, no sideways scrolling, and on a question the back link and "Vraag n van N". axe scans every page
 * of the mouse walk (its person is asked every question the wizard has) and of the phone walk,
 * and the advice and plan pages, which differ per person, of every walk.
 */

/** Asked every question the wizard has (dayActivities only comes to people in dagbesteding); a route as first step. */
const MOUSE: Persona = { name: 'In Mediant dagbesteding in Enschede, not sure yet (Actief herstel)', answers: PEOPLE.mediantDagbestedingEnschede };
/** Route as first step, chosen by keyboard. */
const KEYBOARD: Persona = {
  name: 'EPA in Dimence care in Enschede, wants a job fast (IPS, Werk als Beste Zorg)',
  answers: weighing(PEOPLE.epaDimenceEnschede, ['stay-in-care']),
};
/** An action as first step (ask the huisarts), both gap signals. */
const NO_SCRIPTS: Persona = {
  name: 'Severe complaints, no care, no benefit, in Amsterdam (Clubhuis, both gaps)',
  answers: weighing(PEOPLE.severeNoCareAmsterdam, ['peers', 'own-pace']),
};
const PHONE: Persona = { name: '22 in Rotterdam, left school, no benefit (De Harde Leerschool)', answers: PEOPLE.droppedOut22Rotterdam };

type Walk = { mode: Mode; js: boolean; browser: Browser; axeOnEveryPage: boolean };

/**
 * axe runs inside the page, so with scripts off it cannot run there: then the same URL is
 * opened, with the same cookie, in a second tab that has scripts on, and scanned there.
 */
async function scan(page: Page, walk: Walk, axe: boolean) {
  // Also with scripts off: Playwright's evaluate works where the page's own scripts do not.
  await expectPageBasics(page);
  if (!axe) return;
  if (walk.js) return expectAccessible(page);
  const twin = await walk.browser.newContext({ baseURL: new URL(page.url()).origin, javaScriptEnabled: true });
  try {
    await twin.addCookies(await page.context().cookies());
    const p = await twin.newPage();
    await p.goto(page.url());
    expect(new URL(p.url()).pathname).toBe(new URL(page.url()).pathname);
    await expectAccessible(p, `${page.url()} (rendered without scripts)`);
  } finally {
    await twin.close();
  }
}

async function journey(page: Page, persona: Persona, walk: Walk) {
  const { mode } = walk;
  await page.goto('/');
  await scan(page, walk, walk.axeOnEveryPage);
  if (mode === 'keyboard') await pressByKeyboard(page, 'start');
  else await page.locator('#start').click();
  await expect(page).toHaveURL(/\/vragen\//);
  if (walk.js) await expect(page.locator('#lees-voor')).toBeVisible();

  const asked = await answerAll(page, persona, mode, (p) => scan(p, walk, walk.axeOnEveryPage));
  expect(asked[0]).toBe('crisis');

  // Check your answers, then the advice.
  await expect(page.locator('h1')).toHaveText(/Controleer/);
  await scan(page, walk, walk.axeOnEveryPage);
  if (mode === 'keyboard') await pressByKeyboard(page, 'volgende');
  else await page.locator('#volgende').click();
  await expect(page).toHaveURL(/\/advies$/);
  await expect(page).toHaveTitle(/Stap 3 van 5/);
  if (walk.js) await expect(page.locator('#lees-voor')).toBeVisible();
  const advice = expectedAdvice(persona, asked);
  expect(advice.recommended.length, 'the persona gets at least one recommended route').toBeGreaterThan(0);
  await expectAdviceMatches(page, advice);
  // Every route, on its own page: there and back as a person would.
  if (advice.route.rule === 'crisis') await page.locator('#later-verder > summary').click();
  if (mode === 'keyboard') await pressByKeyboard(page, 'naar-alle-routes');
  else await page.locator('#naar-alle-routes').click();
  await expect(page).toHaveURL(/\/advies\/alle-routes$/);
  await expect(page).toHaveTitle(/Stap 3 van 5: Alle routes/);
  await scan(page, walk, true);
  if (mode === 'keyboard') await pressByKeyboard(page, 'vorige');
  else await page.locator('#vorige').click();
  await expect(page).toHaveURL(/\/advies$/);

  // Choose the recommended route: the plan (step 4).
  const chosen = await chooseFromAdvice(page, advice, mode);
  await expect(page).toHaveURL(/\/plan$/);
  await expect(page.locator('h1')).toContainText(catalogueNames.get(chosen)!);
  await expect(page).toHaveTitle(/Stap 4 van 5/);
  await scan(page, walk, true);

  // Printed: the print stylesheet hides the buttons and the page still holds the plan.
  if (walk.js) await expect(page.locator('#print-plan')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#download-pdf')).toBeHidden();
  await expect(page.locator('#snel-weg')).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
  // "Mijn situatie" (complaints, treatment) is left off paper unless the person ticks it (issue 16).
  await expect(page.locator('#situatie')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('#situatie')).toBeVisible();
  await page.locator('#met-situatie').check();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#situatie')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await page.locator('#met-situatie').uncheck();

  // The downloadable PDF of the plan; the query carries only the choice to include the situation.
  const res = await page.request.get('/plan/pdf');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('application/pdf');
  expect(res.headers()['cache-control']).toContain('no-store');
  const withSituation = await page.request.get('/plan/pdf?situatie=ja');
  expect(withSituation.status()).toBe(200);
  expect((await withSituation.body()).length).toBeGreaterThan((await res.body()).length);
  const bad = await page.request.get('/plan/pdf?situatie=misschien');
  expect(bad.status()).toBe(400);
  expect(await bad.text()).toContain('Deze link klopt niet');
}

test.describe('journeys for people finding their own way', () => {
  test.describe.configure({ timeout: 300_000 });

  test(`with the mouse: ${MOUSE.name}: start to printed plan, advice as the engine gives it`, async ({ page, browser }) => {
    await journey(page, MOUSE, { mode: 'mouse', js: true, browser, axeOnEveryPage: true });
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test(`${NO_SCRIPTS.name}: the same advice with scripts off`, async ({ page, browser }) => {
      await journey(page, NO_SCRIPTS, { mode: 'mouse', js: false, browser, axeOnEveryPage: false });
    });
  });

  test(`keyboard only: ${KEYBOARD.name}`, async ({ page, browser }) => {
    await journey(page, KEYBOARD, { mode: 'keyboard', js: true, browser, axeOnEveryPage: false });
  });

  test.describe('on a 320 px wide phone', () => {
    test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
    test(`${PHONE.name}: every page fits without scrolling sideways`, async ({ page, browser }) => {
      // expectPageBasics checks for horizontal overflow on every page of the journey.
      await journey(page, PHONE, { mode: 'mouse', js: true, browser, axeOnEveryPage: true });
    });
  });

  test('crisis: immediate help first (113, huisarts, 112), then the choice to go on', async ({ page }) => {
    await page.goto('/');
    await page.locator('#start').click();
    await expect(page).toHaveURL(/\/vragen\/hoe-gaat-het$/);
    await page.locator('#answer-yes').check();
    await page.locator('#volgende').click();
    await expect(page).toHaveURL(/\/hulp$/);
    await expect(page.locator('h1')).toHaveText('Praat er nu over met iemand');
    await expect(page.locator('a[href="tel:08000113"]')).toBeVisible();
    await expect(page.locator('a[href="tel:112"]')).toBeVisible();
    await expect(page.locator('main')).toContainText(/huisarts/i);
    await expectPageBasics(page);
    await expectAccessible(page);
    // Going on is the person's choice; the answers so far are kept.
    await page.locator('#verder').click();
    await expect(page).toHaveURL(/\/vragen\/klachten$/);
  });

  // People no walk follows, put past the questions with the app's cookie codec: the advice
  // page still shows what the engine gives them (then-steps, an employee's first action, the
  // "no regional offer" signal). Reordering by "Wat vind jij belangrijk?" is in advice-route.spec.ts.
  const others: [string, Answers][] = [
    ['WGA in Groningen, not ready yet (Werkfit maken)', PEOPLE.wgaGroningen],
    ['Employed with Wajong in Tilburg, wants to keep the job (jobcoaching)', PEOPLE.employedWajongTilburg],
  ];
  test('the advice page shows the engine’s advice for people no walk follows', async ({ page, context, baseURL }) => {
    for (const [name, answers] of others) {
      await context.clearCookies();
      await context.addCookies([{ ...journeyCookie(answers), url: baseURL! }]);
      await page.goto('/advies');
      await expect(page, name).toHaveURL(/\/advies$/);
      await expectAdviceMatches(page, advise(answers, nl, 'nl'));
    }
  });
});
