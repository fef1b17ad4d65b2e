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
import { PEOPLE, weighing } from '@/tests/support/personas';
import { getCatalogue } from '@/lib/catalogue/load';

const catalogueNames = new Map(getCatalogue('nl').routes.map((r) => [r.id, r.name]));

/*
 * Whole journeys, start page to printed plan, for personas from the seeds (the same people
 * as the engine's persona table in lib/engine/advise.test.ts). Every page on the way is
 * scanned by axe and checked for one h1, the quick exit and "Stap n van 5".
 */

const personas: Persona[] = [
  {
    name: 'EPA in Dimence care in Enschede, wants a job fast (IPS, Werk als Beste Zorg)',
    answers: weighing(PEOPLE.epaDimenceEnschede, ['stay-in-care']),
  },
  { name: 'WGA in Groningen, not ready yet (Werkfit maken)', answers: PEOPLE.wgaGroningen },
  { name: 'Bijstand at 28 in Utrecht, by postcode (Sterk met Werk)', municipalityInput: '3511 AB', answers: PEOPLE.bijstand28Utrecht },
  {
    name: 'Severe complaints, no care, no benefit, in Amsterdam (Clubhuis, both gaps)',
    answers: weighing(PEOPLE.severeNoCareAmsterdam, ['peers', 'own-pace']),
  },
  { name: '22 in Rotterdam, left school, no benefit (De Harde Leerschool)', answers: PEOPLE.droppedOut22Rotterdam },
  { name: 'Employed with Wajong in Tilburg, wants to keep the job (jobcoaching)', answers: PEOPLE.employedWajongTilburg },
  { name: 'In Mediant dagbesteding in Enschede, not sure yet (Actief herstel)', answers: PEOPLE.mediantDagbestedingEnschede },
];

/**
 * axe runs inside the page, so with scripts off it cannot run there: then the same URL is
 * opened, with the same cookie, in a second tab that has scripts on, and scanned there.
 */
async function scanWith(page: Page, browser: Browser, js: boolean) {
  if (js) {
    await expectPageBasics(page);
    return expectAccessible(page);
  }
  const twin = await browser.newContext({ baseURL: new URL(page.url()).origin, javaScriptEnabled: true });
  try {
    await twin.addCookies(await page.context().cookies());
    const p = await twin.newPage();
    await p.goto(page.url());
    expect(new URL(p.url()).pathname).toBe(new URL(page.url()).pathname);
    await expectPageBasics(p);
    await expectAccessible(p, `${page.url()} (rendered without scripts)`);
  } finally {
    await twin.close();
  }
}

async function journey(page: Page, persona: Persona, mode: Mode, opts: { js: boolean; browser: Browser }) {
  const scan = (p: Page) => scanWith(p, opts.browser, opts.js);
  await page.goto('/');
  await scan(page);
  if (mode === 'keyboard') await pressByKeyboard(page, 'start');
  else await page.locator('#start').click();
  await expect(page).toHaveURL(/\/vragen\//);

  const asked = await answerAll(page, persona, mode, scan);
  expect(asked[0]).toBe('crisis');

  // Check your answers, then the advice.
  await expect(page.locator('h1')).toHaveText(/Controleer/);
  await scan(page);
  if (mode === 'keyboard') await pressByKeyboard(page, 'volgende');
  else await page.locator('#volgende').click();
  await expect(page).toHaveURL(/\/advies$/);
  await expect(page).toHaveTitle(/Stap 3 van 5/);
  const advice = expectedAdvice(persona, asked);
  expect(advice.recommended.length, 'the persona gets at least one recommended route').toBeGreaterThan(0);
  await expectAdviceMatches(page, advice);
  await page.locator('#niet > summary').click();
  await scan(page);

  // Choose the recommended route: the plan (step 4).
  const chosen = await chooseFromAdvice(page, advice, mode);
  await expect(page).toHaveURL(/\/plan$/);
  await expect(page.locator('h1')).toContainText(catalogueNames.get(chosen)!);
  await expect(page).toHaveTitle(/Stap 4 van 5/);
  await scan(page);

  // Printed: the print stylesheet hides the buttons and the page still holds the plan.
  if (opts.js) await expect(page.locator('#print-plan')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#download-pdf')).toBeHidden();
  await expect(page.locator('#snel-weg')).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await page.emulateMedia({ media: 'screen' });

  // The downloadable PDF of the plan.
  const res = await page.request.get('/plan/pdf');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('application/pdf');
  expect(res.headers()['cache-control']).toContain('no-store');
  return { advice, asked };
}

test.describe('journeys for people finding their own way', () => {
  test.describe.configure({ timeout: 300_000 });
  for (const persona of personas) {
    test(`${persona.name}: start to printed plan, advice as the engine gives it`, async ({ page, browser }) => {
      await journey(page, persona, 'mouse', { js: true, browser });
    });
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test(`${personas[3]!.name}: the same advice with scripts off`, async ({ page, browser }) => {
      await journey(page, personas[3]!, 'mouse', { js: false, browser });
    });
  });

  test(`keyboard only: ${personas[0]!.name}`, async ({ page, browser }) => {
    await journey(page, personas[0]!, 'keyboard', { js: true, browser });
  });

  test.describe('on a 320 px wide phone', () => {
    test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
    test(`${personas[4]!.name}: every page fits without scrolling sideways`, async ({ page, browser }) => {
      // expectPageBasics checks for horizontal overflow on every page of the journey.
      await journey(page, personas[4]!, 'mouse', { js: true, browser });
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

  test('"Wat vind jij belangrijk?" re-orders the advice as the engine does, and "Lees voor" is offered', async ({ page }) => {
    const persona = personas[1]!;
    await page.goto('/');
    await page.locator('#start').click();
    await expect(page).toHaveURL(/\/vragen\//);
    await expect(page.locator('#lees-voor')).toBeVisible();
    const asked = await answerAll(page, persona, 'mouse', async () => undefined);
    await page.locator('#volgende').click();
    await expect(page).toHaveURL(/\/advies$/);
    await expect(page.locator('#lees-voor')).toBeVisible();
    await expectAdviceMatches(page, expectedAdvice(persona, asked));
    // Without a choice the page says nothing about order.
    await expect(page.locator('#volgorde-uitleg')).toHaveCount(0);
    // A fast job weighs most: the first step stays (it follows the person's situation), the
    // alternatives are put in the engine's new order, and the page says whether that changed.
    await page.locator('#prioriteit-fast-job').check();
    await page.locator('#volgorde').click();
    const weighed: Persona = { ...persona, answers: weighing(persona.answers, ['fast-job']) };
    const expected = expectedAdvice(weighed, [...asked, 'priorities']);
    await expect(page.locator('#volgorde-uitleg')).toBeVisible();
    await expectAdviceMatches(page, expected);
    const before = expectedAdvice(persona, asked).route;
    expect(expected.route.firstStep.id).toBe(before.firstStep.id);
    const changed = expected.route.alternatives.map((a) => a.id).join() !== before.alternatives.map((a) => a.id).join();
    await expect(page.locator('#volgorde-uitleg')).toContainText(changed ? 'veranderde de volgorde. Bovenaan' : 'veranderde de volgorde niet');
  });
});
