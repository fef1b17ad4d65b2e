import { expect, test, type Browser, type Page } from '@playwright/test';
import { advise } from '@/lib/engine/advise';
import { questionCopy } from '@/lib/journey/question-copy';
import { makeIsAsked } from '@/lib/journey/is-asked';
import { PROFESSIONALS, SHARE_ORDER, SHARE_QUESTIONS, type ShareItem } from '@/lib/meeting/meeting';
import { shareFields, shareItemText } from '@/lib/meeting/share-text';
import { journeyCookie } from '@/tests/support/journey-cookies';
import { PEOPLE } from '@/tests/support/personas';
import { fillIntake } from './support/professional';
import { barePath, catalogue, expectAccessible, expectPageBasics } from './support/wizard';

/*
 * Issue 16, driegesprek: consent that is really given. Nothing is ticked at the start; each
 * sharing item names its fields and the shared plan shows exactly those; the client consents
 * in a separate, explicit act and the others' agreement is recorded apart; the names and roles
 * of the people present are on the plan. With and without JavaScript.
 */

const answers = PEOPLE.epaDimenceEnschede;
const isAsked = makeIsAsked(catalogue);
const route = advise(answers, catalogue, 'nl').route;
const firstRoute = route.firstStep.id;

/** The short names of the answers an item puts on the plan, for this person. */
const shorts = (item: keyof typeof SHARE_QUESTIONS) => SHARE_QUESTIONS[item].filter((q) => isAsked(q, answers)).map((q) => questionCopy(q, 'nl').short);
const answerItems = Object.keys(SHARE_QUESTIONS) as (keyof typeof SHARE_QUESTIONS)[];

/** A driegesprek after the intake, with the route chosen together. */
async function atMeeting(page: Page, baseURL: string) {
  await page.context().addCookies([{ ...journeyCookie(answers, { mode: 'driegesprek', state: 'journey.action', chosenRoute: firstRoute }), url: baseURL }]);
  await page.goto('/driegesprek');
}

/** Who takes part and what is shared, saved. */
async function setUp(page: Page, parties: string[], share: readonly ShareItem[]) {
  for (const s of SHARE_ORDER) await page.locator(`#delen-${s}`).setChecked(share.includes(s));
  for (const p of parties) await page.locator(`#deelnemer-${p}`).check();
  await page.locator('#bewaar-opzet').click();
  // The page is back with the new scope: the client's text lists what is now shared.
  await expect(page.locator('#toestemming-wat > li')).toHaveCount(share.length);
  await expect(page.locator('#status-client')).toHaveText('geen toestemming');
}

/** The client's consent, then the others' agreement: two acts. */
async function consentAndAgree(page: Page, others: string[]) {
  await page.locator('#akkoord-klant').check();
  await page.locator('#geef-client').click();
  await expect(page.locator('#status-client')).toContainText('toestemming gegeven op');
  // The client's consent ticked nobody else.
  for (const p of others) await expect(page.locator(`#akkoord-${p}`)).not.toBeChecked();
  await expect(page.locator('#deel-status')).toContainText('pas gedeeld');
  for (const p of others) await page.locator(`#akkoord-${p}`).check();
  await page.locator('#bewaar-akkoord').click();
  for (const p of others) await expect(page.locator(`#status-${p}`)).toContainText('akkoord op');
  await expect(page.locator('#deel-status')).toContainText('het plan kan gedeeld worden');
}

/** The shared plan's answer lines (sections 1 and 2), and its section headings. */
async function planContents(page: Page) {
  await page.goto('/driegesprek/plan');
  const headings = await page.locator('article section h2').allTextContents();
  const lines: string[] = [];
  for (const section of await page.locator('article section').all()) {
    if (/^[12]\. /.test(await section.locator('h2').innerText())) lines.push(...(await section.locator('li').allTextContents()));
  }
  return { headings, lines, text: await page.locator('article').innerText() };
}

test('nothing is pre-ticked; each sharing item puts exactly its named fields on the shared plan; consent and agreement are separate acts; names and roles on the plan', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  await atMeeting(page, baseURL!);
  await expectPageBasics(page);
  await expectAccessible(page);

  // Nothing ticked: no party, no sharing item, no consent, no agreement.
  await expect(page.locator('section[aria-labelledby="toestemming"] input[type="checkbox"]')).toHaveCount(PROFESSIONALS.length + SHARE_ORDER.length + 1);
  await expect(page.locator('#naam-client')).toHaveValue('');
  await expect(page.locator('section[aria-labelledby="toestemming"] input[type="checkbox"]:checked')).toHaveCount(0);
  await expect(page.locator('#toestemming-wat')).toHaveText('Nog niets. Kies hierboven eerst wat er gedeeld wordt.');
  // Each item names its fields beside it.
  for (const s of SHARE_ORDER) await expect(page.locator(`#delen-${s}-velden`)).toHaveText(`Op het plan: ${shareFields(s, 'nl')}.`);
  await expect(page.locator('#delen-care-velden')).toHaveText('Op het plan: Behandeling.');

  // Consent cannot be given while nothing is shared, nor without the client's own tick.
  await page.locator('#geef-client').click();
  await expect(page.locator('#error-summary')).toContainText('Kies eerst wat er gedeeld wordt');
  await expect(page.locator('#error-summary')).toContainText('Vink aan dat je toestemming geeft');
  await expectAccessible(page);

  // The consent text is addressed to the client: what, with whom, what for, how long, and saying no.
  await setUp(page, ['klantmanager', 'behandelaar'], ['care', 'route', 'agreements']);
  await expect(page.locator('#toestemming-wat > li')).toHaveText(['care', 'route', 'agreements'].map((s) => shareItemText(s as ShareItem, 'nl')));
  await expect(page.locator('#toestemming-met-wie')).toHaveText('Klantmanager (gemeente of UWV), Behandelaar (GGZ)');
  const consentText = page.locator('#toestemming-tekst');
  await expect(consentText).toContainText('Je toestemming geldt tot je hem intrekt');
  await expect(consentText).toContainText('Er verandert dan niets aan je hulp');
  await expect(consentText).toContainText('Het is geen toestemming om alles te delen');
  await page.locator('#geef-client').click();
  await expect(page.locator('#error-summary')).toContainText('Vink aan dat je toestemming geeft');
  await expect(page.locator('#akkoord-klant')).toHaveAttribute('aria-describedby', /akkoord-klant-fout/);
  await expect(page.locator('#status-client')).toHaveText('geen toestemming');
  await consentAndAgree(page, ['klantmanager', 'behandelaar']);

  // The people at the table: contact details without a name are refused, then names are kept.
  await page.locator('#naam-client').fill('Sanne');
  await page.locator('#naam-klantmanager').fill('Anna de Vries');
  await page.locator('#contact-klantmanager').fill('anna.devries@example.nl');
  await page.locator('#contact-behandelaar').fill('053 123 4567');
  await page.locator('#bewaar-namen').click();
  await expect(page.locator('#error-summary')).toContainText('Vul ook een naam in bij Behandelaar (GGZ)');
  await expect(page.locator('#contact-behandelaar')).toHaveValue('053 123 4567');
  await expect(page.locator('#naam-klantmanager')).toHaveValue('Anna de Vries');
  await expectAccessible(page);
  await page.locator('#naam-behandelaar').fill('P. Jansen');
  await page.locator('#bewaar-namen').click();
  await expect(page.locator('#error-summary')).toHaveCount(0);
  await expect(page.locator('#naam-behandelaar')).toHaveValue('P. Jansen');
  await expect(page.locator('#deel-status')).toContainText('het plan kan gedeeld worden');

  // An agreement made: the plan shows it instead of the generic first steps.
  await page.locator('#afspraak-wie').fill('Klant');
  await page.locator('#afspraak-wat').fill('Gesprek met de IPS-trajectbegeleider plannen');
  await page.locator('#afspraak-wanneer').fill('2099-01-15');
  await page.locator('#voeg-afspraak-toe').click();
  await expect(page.locator('#lijst-afspraken > li')).toHaveCount(1);

  const care = await planContents(page);
  await expectAccessible(page);
  await expect(page.locator('article section').first().locator('li')).toHaveText([
    'Klant: Sanne',
    'Klantmanager (gemeente of UWV): Anna de Vries, anna.devries@example.nl',
    'Behandelaar (GGZ): P. Jansen, 053 123 4567',
  ]);
  expect(care.lines.map((l) => l.slice(0, l.indexOf(': ')))).toEqual(shorts('care'));
  for (const hidden of ['Hoe zwaar', 'GGZ-instelling:', 'Langer dan een jaar in zorg', 'Klachten:', 'Dimence']) expect(care.text).not.toContain(hidden);
  expect(care.text).toContain('Klant: Gesprek met de IPS-trajectbegeleider plannen (uiterlijk 15 januari 2099)');
  expect(care.headings).not.toContain('4. Aan de slag: eerste stappen (nog geen afspraken)');

  // Every other item alone: its own fields on the plan and no others. A changed scope asks again.
  for (const item of answerItems.filter((x) => x !== 'care')) {
    await page.goto('/driegesprek');
    await setUp(page, [], [item]);
    await expect(page.locator('#akkoord-klantmanager')).not.toBeChecked();
    await consentAndAgree(page, ['klantmanager', 'behandelaar']);
    const shown = await planContents(page);
    expect(shorts(item).length).toBeGreaterThan(0);
    expect(shown.lines.map((l) => l.slice(0, l.indexOf(': ')))).toEqual(shorts(item));
    expect(shown.headings.some((h) => h.startsWith('3. '))).toBe(false);
    expect(shown.text).not.toContain('Gesprek met de IPS-trajectbegeleider plannen');
  }

  // Withdrawn consent hides the plan again.
  await page.goto('/driegesprek');
  await page.locator('#intrekken-client').click();
  await expect(page.locator('#status-client')).toHaveText('geen toestemming');
  await page.goto('/driegesprek/plan');
  await expect(page.locator('#geen-plan')).toContainText('toestemming');
  expect((await page.request.get('/driegesprek/plan/pdf', { maxRedirects: 0 })).status()).toBe(303);
});

/** The same cookies in a scripted tab, for axe (it cannot run with JavaScript off). */
async function scanWithScripts(browser: Browser, baseURL: string, from: Page) {
  const ctx = await browser.newContext({ baseURL });
  await ctx.addCookies(await from.context().cookies());
  const p = await ctx.newPage();
  await p.goto(new URL(from.url()).pathname);
  await expectAccessible(p);
  await ctx.close();
}

test('without JavaScript: nothing pre-ticked, consent and agreement by plain forms, names on the shared plan', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const ctx = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await ctx.newPage();
  await atMeeting(page, baseURL!);
  await expect(page.locator('section[aria-labelledby="toestemming"] input[type="checkbox"]:checked')).toHaveCount(0);
  await scanWithScripts(browser, baseURL!, page);

  await setUp(page, ['behandelaar'], ['situation', 'route']);
  await page.locator('#geef-client').click();
  await expect(page.locator('#error-summary')).toContainText('Vink aan dat je toestemming geeft');
  await consentAndAgree(page, ['behandelaar']);
  await page.locator('#naam-client').fill('Sanne');
  await page.locator('#naam-behandelaar').fill('P. Jansen');
  await page.locator('#bewaar-namen').click();
  await expect(page.locator('#naam-behandelaar')).toHaveValue('P. Jansen');
  await scanWithScripts(browser, baseURL!, page);

  const plan = await planContents(page);
  await expect(page.locator('article section').first().locator('li')).toHaveText(['Klant: Sanne', 'Behandelaar (GGZ): P. Jansen']);
  expect(plan.lines.map((l) => l.slice(0, l.indexOf(': ')))).toEqual(shorts('situation'));
  // No agreements yet: the route's first steps show, under their own heading.
  expect(plan.headings).toContain('4. Aan de slag');
  for (const hidden of ['Behandeling:', 'Hoe zwaar', 'Wat je wilt bereiken']) expect(plan.text).not.toContain(hidden);
  await scanWithScripts(browser, baseURL!, page);
  await ctx.close();
});

test('the flow stays in the driegesprek: situation and wish filled in on its page (a wrong age gets a message), then step 3 shows the advice page\'s comparison; without JavaScript', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const ctx = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await ctx.newPage();
  await page.goto('/driegesprek');
  // Nothing filled in yet: the form is open on the page itself, no link away to /intake.
  await expect(page.locator('#antwoorden-invullen')).toHaveAttribute('open', '');
  await expect(page.locator('a[href$="/intake"]')).toHaveCount(0);
  await expect(page.locator('#tabel-vergelijking')).toHaveCount(0);
  await fillIntake(page, answers, 'mouse');
  await page.locator('#intake-age').fill('abc');
  await page.locator('#bewaar-antwoorden').click();
  expect(barePath(page.url())).toBe('/driegesprek');
  await expect(page.locator('#error-summary')).toContainText('Leeftijd');
  await expect(page.locator('#error-summary a').first()).toHaveAttribute('href', '#intake-age');
  await scanWithScripts(browser, baseURL!, page);
  await page.locator('#intake-age').fill(String(answers.situation.age));
  await page.locator('#bewaar-antwoorden').click();
  expect(barePath(page.url())).toBe('/driegesprek');
  await expect(page.locator('#error-summary')).toHaveCount(0);
  await expect(page.locator('#antwoorden-invullen')).not.toHaveAttribute('open', '');
  // Step 3: the routes to choose from, and the same comparison as on the advice page.
  await expect(page.locator('#driegesprek-eerste')).toHaveAttribute('data-step', firstRoute);
  await expect(page.locator('#stap-3 ~ #tabel-vergelijking, section[aria-labelledby="stap-3"] #tabel-vergelijking')).toHaveCount(1);
  await page.locator('#kies-eerste-stap').click();
  expect(barePath(page.url())).toBe('/driegesprek');
  await expect(page.locator('#driegesprek-routes')).toContainText('— gekozen');
  await scanWithScripts(browser, baseURL!, page);
  await ctx.close();
});
