import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import type { Answers } from '@/lib/answers/schema';
import { isRouteToWork } from '@/lib/catalogue/schema';
import { advise } from '@/lib/engine/advise';
import { DEFAULT_PURPOSE } from '@/lib/meeting/meeting';
import { MAX_PLAN_BYTES, PLAN_FORMAT } from '@/lib/plan/file';
import { MAX_NOTES } from '@/lib/intake/notes';
import { journeyCookie } from '@/tests/support/journey-cookies';
import { PEOPLE } from '@/tests/support/personas';
import { agreeToEverything, fillIntake } from './support/professional';
import { scriptsRunning } from './support/quick-exit';
import { catalogue, expectAccessible, expectPageBasics, pressByKeyboard } from './support/wizard';

/*
 * The professional modes: a klantmanager's intake, the driegesprek, and the portable plan
 * file with the assessment loop (issue 4). Every screen is scanned by axe.
 */

const routeName = (id: string) => catalogue.routes.find((r) => r.id === id)!.name;
const names = (ids: { name: string }[]) => ids.map((a) => a.name);

async function intakeFor(page: Page, answers: Answers) {
  await page.goto('/intake');
  await fillIntake(page, answers, 'mouse');
  await page.locator('#herbereken').click();
  await expect(page.locator('#intake-status')).toContainText('alle vragen beantwoord');
}

/**
 * The intake as the klantmanager leaves it with every question answered, put in the cookie
 * with the app's own codec (filling the form is tested in 'intake (klantmanager)').
 */
async function intakeDone(page: Page, answers: Answers) {
  await page.context().addCookies([{ ...journeyCookie(answers, { mode: 'intake' }), url: test.info().project.use.baseURL! }]);
  await page.goto('/intake');
  await expect(page.locator('#intake-status')).toContainText('alle vragen beantwoord');
}

test.describe('intake (klantmanager)', () => {
  test('from empty to summary by keyboard only; the advice beside it is the engine’s; the summary is plain text on one A4', async ({ page }) => {
    // Every field and button by Tab: about 1.2 minutes before the instruments (issue 18) added
    // their professional views to the tab order; 2.1 minutes after, on a loaded machine.
    test.setTimeout(240_000);
    const answers = PEOPLE.bijstandRotterdam;
    const expected = advise(answers, catalogue, 'nl');
    await page.goto('/intake');
    await expectAccessible(page);
    await expectPageBasics(page);
    await expect(page.locator('#intake-status')).toContainText('vragen open');
    await fillIntake(page, answers, 'keyboard');
    // With scripts the advice follows the answers without pressing a button.
    await expect(page.locator('#intake-status')).toContainText('alle vragen beantwoord', { timeout: 15_000 });
    await expect(page.locator('#intake-status')).toContainText(`${expected.recommended.length} aanbevolen, ${expected.conditional.length} nagaan`);
    // The recommended route first, as on the advice page: first step, then, also possible, check first.
    const route = expected.route;
    await expect(page.locator('#intake-eerste-stap')).toHaveAttribute('data-step', route.firstStep.id);
    await expect(page.locator('#intake-eerste-stap-titel')).toHaveText(route.firstStep.title);
    await expect(page.locator('#intake-eerste-stap')).toContainText(route.firstStep.howToStart);
    for (const w of route.firstStep.why) await expect(page.locator('#intake-eerste-stap')).toContainText(w.text);
    await expect(page.locator('#intake-daarna > li')).toHaveText(route.then.map((x) => `${x.whenText}: ${routeName(x.id)}`));
    await expect(page.locator('#intake-ook-mogelijk > li')).toHaveCount(route.alternatives.length);
    for (const x of route.alternatives) await expect(page.locator(`#intake-ook-mogelijk > li[data-route="${x.id}"]`)).toContainText(x.tradeOff);
    await expect(page.locator('#intake-eerst-nagaan > li')).toHaveCount(route.checkFirst.length);
    if (route.firstStep.type === 'route') await expect(page.locator('#kies-eerste-stap')).toBeVisible();
    for (const x of route.alternatives) await expect(page.locator(`#kies-ook-${x.id}`)).toBeVisible();
    // The full lists are folded below; the klantmanager can open them.
    const first = expected.recommended[0]!;
    await expect(page.locator(`#kies-${first.id}`)).toBeHidden();
    await expect(page.locator('#intake-aanbevolen > li > h4')).toHaveText(names(expected.recommended));
    await page.locator('#intake-alle-aanbevolen > summary').click();
    await expect(page.locator(`#kies-${first.id}`)).toBeVisible();
    await expectAccessible(page);
    // The professional view: rules as data, funding, figures with source, seed sources.
    await page.locator(`#prof-${first.id} summary`).click();
    await expect(page.locator(`#prof-${first.id}`)).toContainText('Toelating (regels uit de catalogus)');
    await expect(page.locator(`#prof-${first.id}`)).toContainText('Wettelijke basis');
    await expect(page.locator(`#prof-${first.id}`)).toContainText('Bronnen');
    await expectAccessible(page);

    await pressByKeyboard(page, 'naar-samenvatting');
    await page.waitForURL(/\/intake\/samenvatting$/);
    await expectAccessible(page);
    const text = await page.locator('#samenvatting-tekst').textContent();
    // For the case file: about the client, every fitting route, the first step; paragraphs, no hard wraps.
    expect(text).toContain('Intake route naar werk');
    expect(text).toContain('- Woonplaats (gemeente of postcode): Rotterdam');
    const lines = text!.split('\n');
    expect(lines.indexOf('Advies')).toBeGreaterThan(lines.indexOf('Wens van de klant'));
    expect(lines.filter((l) => l.startsWith('Eerste stap: '))).toHaveLength(1);
    for (const x of route.alternatives) expect(lines.find((l) => l.startsWith('Ook mogelijk: '))).toContain(routeName(x.id).replace(/[?.]$/, ''));
    for (const name of names([...expected.recommended, ...expected.conditional].filter((a) => isRouteToWork(a.kind)))) expect(text).toContain(name.replace(/[?.]$/, ''));
    for (const line of lines) expect(line, line).not.toMatch(/^\s+\S/);
    expect(text).not.toMatch(/<[a-z]/i);
    // The download is the same text.
    const download = await page.request.get('/intake/samenvatting/tekst');
    expect(download.headers()['content-type']).toContain('text/plain');
    expect((await download.text()).trim()).toBe(text!.trim());
    // Printed, it is one A4.
    await page.emulateMedia({ media: 'print' });
    const pdf = await PDFDocument.load(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    expect(pdf.getPageCount()).toBe(1);
  });

  test('without scripts: a button recomputes; a wrong age gets a message and changes nothing else', async ({ browser }) => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await intakeFor(page, PEOPLE.wgaGroningen);
    const expected = advise(PEOPLE.wgaGroningen, catalogue, 'nl');
    await expect(page.locator('#intake-aanbevolen > li > h4')).toHaveText(names(expected.recommended));
    await page.locator('#intake-age').fill('abc');
    await page.locator('#herbereken').click();
    await expect(page.locator('#error-summary')).toContainText('Leeftijd');
    await expect(page.locator('#error-summary a')).toHaveAttribute('href', '#intake-age');
    await expect(page.locator('#intake-aanbevolen > li > h4')).toHaveText(names(expected.recommended));
    await ctx.close();
  });

  test('"Nieuwe intake" wipes the previous client: answers, driegesprek and filter; the page says so (issue 16)', async ({ page }) => {
    await intakeDone(page, PEOPLE.epaDimenceEnschede);
    // A driegesprek set up on this device, and a filter on the route list.
    await page.goto('/driegesprek');
    await page.locator('#delen-situation').check();
    await page.locator('#bewaar-opzet').click();
    await expect(page.locator('#toestemming-wat > li')).toHaveCount(1);
    await page.context().addCookies([{ name: 'routewijzer-filter', value: 'x', url: test.info().project.use.baseURL! }]);
    const ours = async () => (await page.context().cookies()).map((c) => c.name).filter((n) => n.startsWith('routewijzer'));
    expect(await ours()).toEqual(expect.arrayContaining(['routewijzer', 'routewijzer-gesprek', 'routewijzer-filter']));
    await page.goto('/intake');
    await pressByKeyboard(page, 'nieuwe-intake');
    await page.waitForURL(/\/intake\?gewist=nieuw$/);
    await expect(page.locator('#intake-gewist')).toHaveText('Alles van de vorige klant is gewist. Je begint een nieuwe intake.');
    expect(await ours()).toEqual([]);
    await expect(page.locator('#intake-status')).toContainText('vragen open');
    await expectAccessible(page);
    await page.goto('/driegesprek');
    await expect(page.locator('#delen-situation')).not.toBeChecked();
    // Anything else in the query shows no message.
    await page.goto('/intake?gewist=%3Cscript%3E');
    await expect(page.locator('#intake-gewist')).toHaveCount(0);
  });

  test('after 25 minutes without activity a warning; "Ga door" keeps the intake; after 30 it is wiped (issue 16)', async ({ page }) => {
    await page.clock.install();
    await intakeDone(page, PEOPLE.wgaGroningen);
    // The clock starts when the page's scripts run; on a loaded machine that can be after the
    // first jump, and the warning would then be 24 minutes late.
    await scriptsRunning(page);
    await page.clock.fastForward('24:00');
    await expect(page.locator('#tijd-bijna-om')).toBeHidden();
    await page.clock.fastForward('01:05');
    await expect(page.locator('#tijd-bijna-om')).toBeVisible();
    await expect(page.locator('#tijd-bijna-om-tekst')).toContainText('Over 5 min. wordt deze intake gewist');
    await expect(page.locator('#ga-door')).toBeFocused();
    await expectAccessible(page);
    await page.keyboard.press('Enter');
    await expect(page.locator('#tijd-bijna-om')).toBeHidden();
    // Activity resets the clock: still there 29 minutes after "Ga door".
    await page.clock.fastForward('29:00');
    await expect(page.locator('#intake-status')).toContainText('alle vragen beantwoord');
    await expect(page.locator('#tijd-bijna-om')).toBeVisible();
    await page.clock.fastForward('01:05');
    await page.waitForURL(/\/intake\?gewist=timeout$/);
    await expect(page.locator('#intake-gewist')).toContainText('omdat er 30 minuten niets gebeurde');
    expect((await page.context().cookies()).filter((c) => c.name.startsWith('routewijzer'))).toEqual([]);
  });

  for (const js of [true, false]) {
    test(`notes on the summary go into the download as typed and are kept nowhere (${js ? 'with' : 'without'} scripts; issue 16)`, async ({ browser }) => {
      const ctx = await browser.newContext({ javaScriptEnabled: js, acceptDownloads: true });
      const page = await ctx.newPage();
      await ctx.addCookies([{ ...journeyCookie(PEOPLE.wgaGroningen, { mode: 'intake' }), url: test.info().project.use.baseURL! }]);
      await page.goto('/intake/samenvatting');
      if (js) await expectAccessible(page); // axe needs scripts
      const notes = `Klant belt zelf met UWV.\nTweede regel — met ë en 😀.\n${'Lang verslag. '.repeat(1_200)}`;
      await page.locator('#notities').fill(notes);
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-met-notities').click()]);
      const text = readFileSync((await download.path())!, 'utf8');
      expect(text.endsWith(`\nNotities van de klantmanager\n${notes.trim()}\n`)).toBe(true);
      expect(text.startsWith('Intake route naar werk')).toBe(true);
      // Nothing of it is kept: not in a cookie, and the summary page does not show it again.
      for (const c of await ctx.cookies()) expect(c.value).not.toContain('UWV');
      await page.goto('/intake/samenvatting');
      await expect(page.locator('#notities')).toHaveValue('');
      await ctx.close();
    });
  }

  test('a person ready for a job: the instruments beside the route, each with its professional view (issue 18)', async ({ page }) => {
    const answers = PEOPLE.bijstand28Utrecht;
    const route = advise(answers, catalogue, 'nl').route;
    expect(route.instruments.map((x) => x.id)).toEqual(expect.arrayContaining(['proefplaatsing', 'loonkostensubsidie']));
    await intakeDone(page, answers);
    const list = page.locator('#intake-regelingen > li');
    expect(await list.evaluateAll((els) => els.map((e) => e.getAttribute('data-route')))).toEqual(route.instruments.map((x) => x.id));
    await page.locator('#prof-intake-regelingen-loonkostensubsidie summary').click();
    await expect(page.locator('#prof-intake-regelingen-loonkostensubsidie')).toContainText('Toegang');
    await expect(page.locator('#intake-regelingen-kop')).toHaveText('Regelingen rond een baan');
    // Nothing of the kind for someone whose goal is not work yet.
    await page.context().clearCookies();
    await intakeDone(page, PEOPLE.mediantDagbestedingEnschede);
    await expect(page.locator('#intake-regelingen')).toHaveCount(0);
    await expect(page.locator('#intake-vangnet > li')).toHaveAttribute('data-route', 'simpel-switchen');
    await expectAccessible(page);
  });

  test('notes too long, or not from the form: a clear 4xx, nothing downloaded', async ({ page }) => {
    const url = '/intake/samenvatting/tekst';
    const tooLong = await page.request.post(url, { form: { notities: 'x'.repeat(MAX_NOTES + 1) } });
    expect(tooLong.status()).toBe(413);
    expect(await tooLong.text()).toContain(`langer dan ${MAX_NOTES.toLocaleString("nl-NL")} tekens`);
    expect(tooLong.headers()['content-disposition']).toBeUndefined();
    const wrongType = await page.request.post(url, { data: JSON.stringify({ notities: 'x' }), headers: { 'content-type': 'application/json' } });
    expect(wrongType.status()).toBe(415);
    const atLimit = await page.request.post(url, { form: { notities: 'y'.repeat(MAX_NOTES) } });
    expect(atLimit.status()).toBe(200);
    expect(await atLimit.text()).toContain('y'.repeat(MAX_NOTES));
  });
});

test('a full driegesprek: consent per party, a route chosen together, SMART agreements, the shared plan as PDF; revoking consent withdraws it', async ({ page }) => {
  // Many pages and two PDFs: on a loaded 2-core machine it once took just over two minutes.
  test.setTimeout(240_000);
  await intakeDone(page, PEOPLE.epaDimenceEnschede);
  await page.goto('/driegesprek');
  await expectAccessible(page);
  await expectPageBasics(page);
  await expect(page.locator('#nog-geen-plan')).toBeVisible();

  // Consent: nothing is ticked at the start (issue 16). Klantmanager, behandelaar and the
  // ervaringsdeskundige join and all four items are shared; the client consents, the others agree.
  await expect(page.locator('section[aria-labelledby="toestemming"] input[type="checkbox"]:checked')).toHaveCount(0);
  await agreeToEverything(page, ['klantmanager', 'behandelaar', 'ervaringsdeskundige'], ['situation', 'wish', 'route', 'agreements']);
  await expect(page.locator('#deel-status')).toContainText('De klant gaf toestemming en iedereen die meedoet is akkoord');

  // Step 3: choose together. The recommended route first (first step, then, also possible); the other fitting routes folded.
  const advice = advise(PEOPLE.epaDimenceEnschede, catalogue, 'nl');
  const route = advice.route;
  expect(route.firstStep.type).toBe('route');
  const first = { id: route.firstStep.id, name: routeName(route.firstStep.id) };
  await expect(page.locator('#driegesprek-eerste')).toHaveAttribute('data-step', first.id);
  await expect(page.locator('#driegesprek-eerste h3')).toHaveText(route.firstStep.title);
  await expect(page.locator('#driegesprek-ook-mogelijk > li')).toHaveCount(route.alternatives.length);
  for (const x of route.alternatives) await expect(page.locator(`#driegesprek-ook-mogelijk > li[data-route="${x.id}"]`)).toContainText(x.tradeOff);
  const shown = new Set([first.id, ...route.then.map((x) => x.id), ...route.alternatives.map((x) => x.id)]);
  const others = [...advice.recommended, ...advice.conditional].filter((a) => !shown.has(a.id));
  await expect(page.locator('#driegesprek-andere-routes > li')).toHaveCount(others.length);
  await expect(page.locator('#driegesprek-andere')).not.toHaveAttribute('open');
  // An alternative first, then the first step after all.
  const alt = route.alternatives[0]!;
  await page.locator(`#kies-ook-${alt.id}`).click();
  await expect(page.locator(`#driegesprek-ook-mogelijk > li[data-route="${alt.id}"] h4`)).toContainText('— gekozen');
  await expect(page.locator(`#kies-ook-${alt.id}`)).toHaveCount(0);
  await page.locator('#kies-eerste-stap').click();
  await expect(page.locator('#stap-4')).toBeVisible();
  await expect(page.locator('#driegesprek-routes')).toContainText(`${first.name} — gekozen`);
  await expect(page.locator(`#kies-ook-${alt.id}`)).toBeVisible();
  await expectAccessible(page);

  // Step 4: an agreement without a date is refused, then two are added.
  await page.locator('#afspraak-wie').fill('Klant');
  await page.locator('#afspraak-wat').fill('Gesprek met de IPS-trajectbegeleider plannen');
  await page.locator('#voeg-afspraak-toe').click();
  await expect(page.locator('#error-summary')).toContainText('Vul een datum in');
  await expect(page).toHaveTitle(/^Fout: Driegesprek/);
  await expectAccessible(page);
  await expect(page.locator('#lijst-afspraken > li')).toHaveCount(0);
  const add = async (who: string, what: string, when: string) => {
    const before = await page.locator('#lijst-afspraken > li').count();
    await page.locator('#afspraak-wie').fill(who);
    await page.locator('#afspraak-wat').fill(what);
    await page.locator('#afspraak-wanneer').fill(when);
    await page.locator('#voeg-afspraak-toe').click();
    await expect(page.locator('#lijst-afspraken > li')).toHaveCount(before + 1);
  };
  await add('Klant', 'Gesprek met de IPS-trajectbegeleider plannen', '2099-01-15');
  await add('Behandelaar', 'Behandelplan afstemmen op werk', '2099-01-10');
  await expect(page.locator('#lijst-afspraken > li')).toHaveCount(2);
  await expect(page.locator('#lijst-afspraken > li').first()).toContainText('Behandelaar');
  await page.locator('#volgend-gesprek').fill('2099-02-01');
  await page.locator('#bewaar-datum').click();
  await expect(page.locator('#volgend-gesprek-tekst')).toContainText('1 februari 2099');
  await expectAccessible(page);

  // The shared plan: page, print and PDF.
  await page.locator('#naar-gedeeld-plan').click();
  await page.waitForURL(/\/driegesprek\/plan$/);
  await expectAccessible(page);
  await expectPageBasics(page);
  const plan = page.locator('article');
  await expect(plan).toContainText('Klant: toestemming gegeven op');
  await expect(plan).toContainText('Ervaringsdeskundige: akkoord gegeven op');
  await expect(plan).toContainText('Behandelplan afstemmen op werk (uiterlijk 10 januari 2099)');
  await expect(plan).toContainText('Op 1 februari 2099');
  await expect(plan).toContainText('Geen medisch dossier');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-pdf').click()]);
  const pdf = await PDFDocument.load(readFileSync((await download.path())!));
  expect(pdf.getTitle()).toBe(`Plan uit het driegesprek: ${first.name}`);
  expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);

  // Revoked consent: the plan is no longer shared.
  await page.goto('/driegesprek');
  await page.locator('#akkoord-behandelaar').uncheck();
  await page.locator('#bewaar-akkoord').click();
  await expect(page.locator('#status-behandelaar')).toHaveText('(nog niet akkoord)');
  await page.goto('/driegesprek/plan');
  await expect(page.locator('#geen-plan')).toContainText('toestemming');
  expect((await page.request.get('/driegesprek/plan/pdf', { maxRedirects: 0 })).status()).toBe(303);
  await expectAccessible(page);
});

test.describe('the plan keeps the route structure of the advice', () => {
  test('chosen as the first step: the plan says so, with the then-steps and the alternatives and their trade-off', async ({ page }) => {
    const route = advise(PEOPLE.wgaGroningen, catalogue, 'nl').route;
    await intakeDone(page, PEOPLE.wgaGroningen);
    await page.locator('#kies-eerste-stap').click();
    await page.waitForURL(/\/plan$/);
    await expect(page.locator('h1')).toHaveText(`Jouw plan: ${routeName(route.firstStep.id)}`);
    await expect(page.locator('#plan-keuze')).toHaveText('Dit is de eerste stap die we je aanraden.');
    await expect(page.locator('#plan-daarna > li')).toHaveText(route.then.map((x) => `${x.whenText}: ${routeName(x.id)}`));
    await expect(page.locator('#plan-ook-mogelijk > li')).toHaveText(route.alternatives.map((x) => `${routeName(x.id)}: ${x.tradeOff}`));
    await expectAccessible(page);
    await expectPageBasics(page);
    const pdf = await page.request.get('/plan/pdf');
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await PDFDocument.load(await pdf.body())).getTitle()).toBe(`Mijn plan: ${routeName(route.firstStep.id)}`);
  });

  test('an alternative chosen on the advice page: the plan names the recommended first step', async ({ page }) => {
    // Jobcoaching asks about the doelgroepregister for someone on Ziektewet: the intake answers every question asked.
    const answers: Answers = { ...PEOPLE.sickListedDenHaag, situation: { ...PEOPLE.sickListedDenHaag.situation, targetGroupRegister: 'no' } };
    const route = advise(answers, catalogue, 'nl').route;
    const alt = route.alternatives[0]!;
    await intakeDone(page, answers);
    await page.goto('/advies');
    await page.locator(`#kies-ook-${alt.id}`).click();
    await page.waitForURL(/\/plan$/);
    await expect(page.locator('h1')).toHaveText(`Jouw plan: ${routeName(alt.id)}`);
    await expect(page.locator('#plan-keuze')).toHaveText(`Je hebt deze route gekozen in plaats van de eerste stap die we je aanraden: “${route.firstStep.title}”.`);
    await expect(page.locator('#plan-ook-mogelijk > li')).toHaveText(route.alternatives.filter((x) => x.id !== alt.id).map((x) => `${routeName(x.id)}: ${x.tradeOff}`));
    await expectAccessible(page);
    // A route from the page with every route: the same sentence.
    const other = advise(answers, catalogue, 'nl').recommended.find((a) => a.id !== alt.id && !route.alternatives.some((x) => x.id === a.id) && !route.then.some((x) => x.id === a.id))!;
    await page.goto('/advies');
    await page.locator('#naar-alle-routes').click();
    await page.waitForURL(/\/advies\/alle-routes$/);
    await page.locator(`#kies-${other.id}`).click();
    await page.waitForURL(/\/plan$/);
    await expect(page.locator('#plan-keuze')).toContainText(`“${route.firstStep.title}”`);
  });
});

test.describe('the plan file and the assessment loop', () => {
  async function savedPlan(page: Page): Promise<string> {
    await intakeDone(page, PEOPLE.wgaGroningen);
    expect(advise(PEOPLE.wgaGroningen, catalogue, 'nl').route.firstStep.id).toBe('werkfit-maken');
    await page.locator('#kies-eerste-stap').click();
    await page.waitForURL(/\/plan$/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#bewaar-plan').click()]);
    expect(download.suggestedFilename()).toMatch(/^plan-routewijzer-werk-\d{4}-\d{2}-\d{2}\.json$/);
    return readFileSync((await download.path())!, 'utf8');
  }

  async function open(page: Page, name: string, content: string | Buffer) {
    await page.goto('/plan/openen');
    await page.locator('#plan-bestand').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
    await page.locator('#open-plan').click();
  }

  test('save a plan, open it in a fresh browser, assess "werkfit" after Werkfit maken and go on with Naar werk', async ({ page, browser }) => {
    test.setTimeout(90_000);
    const file = await savedPlan(page);
    expect(JSON.parse(file)).toMatchObject({ format: PLAN_FORMAT, version: 2, mode: 'intake', journey: { chosenRoute: 'werkfit-maken' } });

    const fresh = await browser.newContext();
    const p = await fresh.newPage();
    await open(p, 'mijn-plan.json', file);
    await p.waitForURL(/\/evaluatie\?geopend=1$/);
    await expect(p.locator('#melding')).toContainText('Je plan is geopend');
    await expect(p.locator('h1')).toHaveText(`Hoe gaat het met ${routeName('werkfit-maken')}?`);
    await expectAccessible(p);
    await expectPageBasics(p);
    await p.locator('#result-ready-for-work').check();
    await p.locator('#volgende').click();
    await expect(p.locator('h1')).toHaveText('Afronden of doorgaan?');
    await expect(p.locator('#lijst-vervolg')).toContainText(routeName('naar-werk'));
    await expect(p.locator('#geschiedenis')).toContainText(`${routeName('werkfit-maken')}: klaar om te gaan werken`);
    await expectAccessible(p);
    await p.locator('#verder-naar-werk').click();
    await p.waitForURL(/\/plan$/);
    await expect(p.locator('h1')).toHaveText(`Jouw plan: ${routeName('naar-werk')}`);
    // Saved again, the history travels with the plan.
    const again = await p.request.get('/plan/bestand');
    expect((await again.json()).journey).toMatchObject({ chosenRoute: 'naar-werk', history: [{ route: 'werkfit-maken', result: 'ready-for-work' }] });

    // Later: a job found through Naar werk; the person has what they need and finishes.
    await p.locator('#naar-evaluatie').click();
    await p.waitForURL(/\/evaluatie$/);
    await p.locator('#result-job-found').check();
    await p.locator('#volgende').click();
    await expect(p.locator('h1')).toHaveText('Afronden of doorgaan?');
    await p.locator('#afronden').click();
    await expect(p.locator('h1')).toHaveText('Je hebt je route afgerond');
    await expect(p.locator('#geschiedenis > li')).toHaveCount(2);
    await expectAccessible(p);
    await fresh.close();
  });

  test('step 5: "could not start" and "not there" offer the plan\'s alternatives and a save button, and the file picker takes any file (issue 16)', async ({ page, browser }) => {
    test.setTimeout(90_000);
    const file = await savedPlan(page);
    const fresh = await browser.newContext();
    const p = await fresh.newPage();
    await p.goto('/plan/openen');
    // No accept filter that a phone's picker could use to grey out the .json file; a hint says where it is.
    expect(await p.locator('#plan-bestand').getAttribute('accept')).toBeNull();
    await expect(p.locator('#plan-bestand-hint')).toContainText('plan-routewijzer-werk-');
    await open(p, 'mijn-plan.json', file);
    await p.waitForURL(/\/evaluatie\?geopend=1$/);
    await expect(p.locator('#result-could-not-start')).toBeVisible();
    await expect(p.locator('#result-not-available')).toBeVisible();
    await p.locator('#result-not-available').check();
    await p.locator('#volgende').click();
    await expect(p.locator('h1')).toHaveText('Afronden of doorgaan?');
    await expect(p.locator('#uitkomst')).toContainText('niet beschikbaar');
    await expect(p.locator('main')).toContainText('Vraag je gemeente of UWV welke begeleiding naar werk er bij jou in de buurt wel is.');
    // The alternatives the plan had for Werkfit maken, each with a way to go on with it.
    const expected = advise(PEOPLE.wgaGroningen, catalogue, 'nl').route.alternatives.filter((a) => a.id !== 'werkfit-maken');
    expect(expected.length).toBeGreaterThan(0);
    await expect(p.locator('#lijst-alternatieven > li')).toHaveCount(expected.length);
    for (const a of expected) await expect(p.locator(`#lijst-alternatieven [data-route="${a.id}"] #verder-${a.id}`)).toBeVisible();
    // Saving the updated plan, with what the file holds and how to keep it safe.
    await expect(p.locator('#bewaar-bijgewerkt')).toBeVisible();
    await expect(p.locator('main')).toContainText('ook over je gezondheid');
    const again = await p.request.get('/plan/bestand');
    expect((await again.json()).journey.history).toMatchObject([{ route: 'werkfit-maken', result: 'not-available' }]);
    await expectAccessible(p);
    const first = expected[0]!;
    await p.locator(`#verder-${first.id}`).click();
    await p.waitForURL(/\/plan$/);
    await expect(p.locator('h1')).toHaveText(`Jouw plan: ${routeName(first.id)}`);
    await fresh.close();
  });

  test('a hand-edited plan file that adds consent: the shared plan does not claim it was recorded until each party confirms it here', async ({ page, browser }) => {
    test.setTimeout(90_000);
    // A plan saved without a driegesprek, then a meeting with everyone's consent typed into the JSON.
    const plan = JSON.parse(await savedPlan(page));
    expect(plan.signature).toBeUndefined();
    const parties = ['client', 'klantmanager', 'behandelaar'];
    const forged = JSON.stringify({
      ...plan,
      mode: 'driegesprek',
      meeting: { parties, share: ['situation', 'wish', 'route', 'agreements'], purpose: DEFAULT_PURPOSE, consent: parties.map((party) => ({ party, given: '2020-01-15', revoked: null })), agreements: [], nextMeeting: null },
    });

    const fresh = await browser.newContext();
    const p = await fresh.newPage();
    await open(p, 'plan.json', forged);
    await p.waitForURL(/\/evaluatie\?geopend=1$/);
    await p.goto('/driegesprek/plan');
    const notice = p.locator('#geen-plan');
    await expect(notice).toContainText('Toestemming uit een geopend planbestand telt niet');
    await expect(p.locator('#toestemming-uit-bestand > li')).toHaveText([
      'Klant: toestemming volgens een geopend planbestand, niet hier vastgelegd (datum 15 januari 2020). Vraag het opnieuw.',
      ...['Klantmanager (gemeente of UWV)', 'Behandelaar (GGZ)'].map((x) => `${x}: akkoord volgens een geopend planbestand, niet hier vastgelegd (datum 15 januari 2020). Vraag het opnieuw.`),
    ]);
    await expect(p.locator('main')).not.toContainText('toestemming gegeven');
    await expect(p.locator('#download-pdf')).toHaveCount(0);
    expect((await p.request.get('/driegesprek/plan/pdf', { maxRedirects: 0 })).status()).toBe(303);
    await expectAccessible(p);

    // The driegesprek shows where the consent came from, and each party confirms it here.
    await p.goto('/driegesprek');
    await expect(p.locator('#status-client')).toHaveText('toestemming volgens een geopend planbestand (15 januari 2020), niet hier vastgelegd');
    await expect(p.locator('#status-behandelaar')).toHaveText('(akkoord volgens een geopend planbestand (15 januari 2020), niet hier vastgelegd: vink opnieuw aan)');
    // What the file claims ticks nothing: each party confirms it here.
    await expect(p.locator('section[aria-labelledby="toestemming"] input[type="checkbox"][name="agreed"]:checked')).toHaveCount(0);
    await expect(p.locator('#deel-status')).toContainText('Vraag het opnieuw');
    await expect(p.locator('#naar-gedeeld-plan')).toHaveCount(0);
    await expectAccessible(p);
    await p.locator('#akkoord-klant').check();
    await p.locator('#bevestig-client').click();
    await expect(p.locator('#status-client')).toContainText('toestemming gegeven op');
    for (const party of parties.slice(1)) await p.locator(`#akkoord-${party}`).check();
    await p.locator('#bewaar-akkoord').click();
    for (const party of parties.slice(1)) await expect(p.locator(`#status-${party}`)).toContainText('akkoord op');
    await expect(p.locator('#deel-status')).toContainText('De klant gaf toestemming en iedereen die meedoet is akkoord');
    await p.locator('#naar-gedeeld-plan').click();
    await p.waitForURL(/\/driegesprek\/plan$/);
    await expect(p.locator('article')).toContainText('Behandelaar (GGZ): akkoord gegeven op');
    await expect(p.locator('article')).not.toContainText('15 januari 2020');
    await expect(p.locator('article')).not.toContainText('planbestand');
    await fresh.close();
  });

  test('a bad plan file gets a message that says what is wrong, and changes nothing', async ({ page }) => {
    test.setTimeout(90_000);
    const file = await savedPlan(page);
    const plan = JSON.parse(file);
    const cookiesBefore = await page.context().cookies();
    await page.goto('/plan/openen');
    await expectAccessible(page);
    const bad: [string, string | Buffer, RegExp][] = [
      ['not JSON', '{"format": "routewijzer-werk-plan", "version": 2,', /geen geldige JSON/],
      ['unknown version', JSON.stringify({ ...plan, version: 9 }), /versie 9\. Die versie kennen we niet/],
      ['fails the schema', JSON.stringify({ ...plan, journey: { ...plan.journey, answers: { ...plan.journey.answers, situation: { ...plan.journey.answers.situation, age: -4 } } } }), /journey\.answers\.situation\.age/],
      ['over 1 MB', Buffer.alloc(MAX_PLAN_BYTES + 10, 0x20), /te groot/],
      ['edited into nonsense', JSON.stringify({ ...plan, journey: { ...plan.journey, chosenRoute: 'gratis-geld' } }), /“gratis-geld”/],
      ['not a plan at all', JSON.stringify({ hello: 'world' }), /geen plan van Routewijzer werk/],
      ['empty', '', /leeg/],
    ];
    for (const [what, content, message] of bad) {
      await open(page, `${what}.json`, content);
      await page.waitForURL(/\/plan\/openen\?fout=/);
      await expect(page.locator('#error-summary'), what).toContainText(message);
      await expect(page.locator('#error-summary')).toBeFocused();
      await expect(page.locator('#plan-fout')).toContainText(message);
      await expect(page).toHaveTitle(/^Fout: Open je plan/);
      // The person's own cookies are unchanged; the only new one is the one-minute note of what was wrong.
      const after = (await page.context().cookies()).filter((c) => c.name !== 'routewijzer-planfout');
      expect(after, what).toEqual(cookiesBefore);
      expect(new URL(page.url()).search, `${what}: nothing of the file in the URL`).toMatch(/^\?fout=[a-z-]+(&bytes=\d+)?$/);
    }
    await expectAccessible(page);
    await expectPageBasics(page);
    // What the device held is still there.
    await page.goto('/plan');
    await expect(page.locator('h1')).toHaveText(`Jouw plan: ${routeName('werkfit-maken')}`);
  });
});
