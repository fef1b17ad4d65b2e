/*
 * Screenshots for the README: the start page, two questions (a long and a short one), the
 * advice page (its first screen, and scrolled far down with "Snel weg" still in view) and the plan,
 * the plan as printed and step 5, the klantmanager's intake, its summary with notes and the warning before an idle
 * intake is wiped, a driegesprek with its shared plan, and the English interface, on a desktop and on a phone,
 * and the first phone screen of /over, /privacy and /stroomschema (docs/screenshots/). Needs a build: `npm run screenshots`.
 * Chromium from Debian (/usr/bin/chromium) or CHROMIUM_PATH.
 */
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs } from '../playwright.config';
import { fieldKind } from '@/lib/journey/forms';
import { agreeToEverything } from '../tests/e2e/support/professional';
import { personaValues } from '../tests/e2e/support/wizard';
import type { Answers } from '@/lib/answers/schema';
import type { QuestionId } from '@/lib/journey/questions';
import { startServer } from './lib/server';
import { PEOPLE, weighing } from '@/tests/support/personas';

const PORT = Number(process.env.SCREENSHOTS_PORT ?? 3127);
const BASE = `http://127.0.0.1:${PORT}`;
const answers: Answers = weighing(PEOPLE.epaDimenceEnschede, ['stay-in-care']);
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

async function answerAll(page: Page, shoot: (name: string, full?: boolean) => Promise<void>) {
  for (let i = 0; i < 30 && !page.url().endsWith('/controleren'); i++) {
    const q = (await page.locator('input[name="question"]').inputValue()) as QuestionId;
    if (q === 'benefit') await shoot('vraag');
    // A short question whole: back link, "Vraag n van N", the choices and "Doorgaan".
    if (q === 'severity') await shoot('vraag-kort');
    const kind = fieldKind(q);
    // As the browser tests answer: "Weet ik niet" for a choice left open, only boxes still offered.
    const values = personaValues(q, answers);
    if (kind === 'radio') await page.locator(`#answer-${values[0]}`).check();
    else if (kind === 'checkbox') for (const v of values) await page.locator(`#answer-${v}`).check();
    else await page.locator('#answer').fill(values[0] ?? '');
    const before = page.url() + q;
    await page.locator('#volgende').click();
    await page.waitForFunction((b) => location.href + ((document.querySelector('input[name="question"]') as HTMLInputElement | null)?.value ?? '') !== b, before);
  }
}

async function main() {
  const server = await startServer(PORT);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  try {
    for (const [device, viewport] of [['desktop', { width: 1280, height: 900 }], ['telefoon', { width: 375, height: 740 }]] as const) {
      const ctx = await browser.newContext({ baseURL: BASE, viewport, locale: 'nl-NL', deviceScaleFactor: 1 });
      const page = await ctx.newPage();
      const shoot = async (name: string, full = !['advies', 'intake', 'en-advies'].includes(name)) => {
        await page.screenshot({ path: `docs/screenshots/${name}-${device}.png`, fullPage: full });
        console.log(`docs/screenshots/${name}-${device}.png`);
      };
      await page.goto('/');
      await shoot('start');
      await page.locator('#start').click();
      await page.waitForURL(/\/vragen\//);
      await answerAll(page, shoot);
      await page.locator('#volgende').click();
      await page.waitForURL(/\/advies$/);
      await shoot('advies');
      // Far down the advice page "Snel weg" is still at the top of the screen.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight * 0.6));
      await shoot('advies-onder', false);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.locator('#eerste-stap button, #lijst-ook-mogelijk button').first().click();
      await page.waitForURL(/\/plan$/);
      await shoot('plan');
      // Printed, the plan leaves "Mijn situatie" out unless the person ticks it (issue 16).
      await page.emulateMedia({ media: 'print' });
      await shoot('plan-print');
      await page.emulateMedia({ media: 'screen' });
      // Step 5: how did it go, with "could not start" and "not there" among the outcomes.
      await page.goto('/evaluatie');
      await shoot('evaluatie');

      // The professional modes, on the same answers: the intake, and a driegesprek with consent and agreements.
      await page.goto('/intake');
      await shoot('intake');
      // The summary for a case file, with the klantmanager's notes typed in (issue 16).
      await page.goto('/intake/samenvatting');
      await page.locator('#notities').fill('Klant belt zelf met de trajectbegeleider. Volgende afspraak over drie weken.');
      await shoot('intake-samenvatting');
      // The warning before an idle intake is wiped: the clock moved 25 minutes on.
      const idle = await ctx.newPage();
      await idle.clock.install();
      await idle.goto('/intake');
      // The timer starts once the page's scripts run: move the clock only after that.
      await idle.waitForLoadState('networkidle');
      await idle.clock.fastForward('25:05');
      await idle.locator('#tijd-bijna-om').waitFor();
      await idle.screenshot({ path: `docs/screenshots/intake-tijd-${device}.png` });
      console.log(`docs/screenshots/intake-tijd-${device}.png`);
      await idle.close();
      await page.goto('/driegesprek');
      await agreeToEverything(page);
      await page.locator('#afspraak-wie').fill('Klant');
      await page.locator('#afspraak-wat').fill('Kennismaken met de IPS-trajectbegeleider');
      await page.locator('#afspraak-wanneer').fill(inDays(19));
      await page.locator('#voeg-afspraak-toe').click();
      await page.locator('#lijst-afspraken > li').first().waitFor();
      await page.locator('#volgend-gesprek').fill(inDays(47));
      await page.locator('#bewaar-datum').click();
      await page.locator('#volgend-gesprek-tekst').waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await shoot('driegesprek');
      await page.goto('/driegesprek/plan');
      await shoot('driegesprek-plan');

      // The English interface, on the same answers.
      for (const [path, name] of [['/en', 'en-start'], ['/en/advies', 'en-advies'], ['/en/plan', 'en-plan'], ['/en/aanbod/ips', 'en-aanbod-ips']] as const) {
        await page.goto(path);
        await shoot(name);
      }
      // Who stands behind it, privacy, and the stroomschema's summary: the first screen of a phone.
      if (device === 'telefoon') {
        for (const [path, name] of [['/over', 'over'], ['/privacy', 'privacy'], ['/stroomschema', 'stroomschema'], ['/en/stroomschema', 'en-stroomschema']] as const) {
          await page.goto(path);
          await shoot(name, false);
        }
      }
      await ctx.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
