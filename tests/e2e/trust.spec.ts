import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { E2E_ORGANISATION } from '../../playwright.config';
import { catalogue, expectAccessible, expectPageBasics } from './support/wizard';

/*
 * Who stands behind the advice (issue 15): "Over deze routewijzer", the privacy statement, and
 * the stroomschema's one-screen summary. The test server is configured with a name and two
 * addresses only (playwright.config.ts E2E_ORGANISATION): the pages must show those, and a
 * visible "not set" note for every fact the organisation did not give, never an invented one.
 */

const NAME = E2E_ORGANISATION.ROUTEWIJZER_ORG_NAME;
const NOT_SET_NL = 'Nog niet ingesteld door de organisatie die deze routewijzer aanbiedt';
const NOT_SET_EN = 'Not set yet by the organisation that offers this route finder';

const notSet = (page: Page) => page.locator('[data-not-configured]');

test.describe('Over deze routewijzer', () => {
  test('/over names the configured organisation and marks what it did not set', async ({ page }) => {
    await page.goto('/over');
    await expect(page.locator('h1')).toHaveText('Over deze routewijzer');
    await expect(page.locator('[data-organisation]')).toContainText(NAME);
    await expect(page.locator(`a[href="mailto:${E2E_ORGANISATION.ROUTEWIJZER_ORG_EMAIL}"]`).first()).toBeVisible();
    // Not configured: who made it, funding, interests, how often it is checked.
    await expect(notSet(page)).toHaveCount(4);
    for (const note of await notSet(page).all()) await expect(note).toContainText(NOT_SET_NL);
    await expect(page.locator('#geld ~ [data-not-configured]').first()).toContainText('wie de routewijzer betaalt');
    // What the repository knows: the five reports, the catalogue's version and date, the sources page.
    for (const s of Object.values(catalogue.meta.seeds)) await expect(page.getByText(s.title, { exact: false })).toBeVisible();
    await expect(page.locator('main')).toContainText(`versie ${catalogue.meta.version}`);
    await expect(page.locator(`time[datetime="${catalogue.meta.date}"]`)).toBeVisible();
    await expect(page.locator('main a[href="/bronnen"]')).toBeVisible();
    await expect(page.locator('#fout-melden')).toBeVisible();
    await expectPageBasics(page);
    await expectAccessible(page);
  });

  test('/en/over says the same in English', async ({ page }) => {
    await page.goto('/en/over');
    await expect(page.locator('h1')).toHaveText('About this route finder');
    await expect(page.locator('[data-organisation]')).toContainText(NAME);
    await expect(notSet(page)).toHaveCount(4);
    for (const note of await notSet(page).all()) await expect(note).toContainText(NOT_SET_EN);
    await expect(page.locator('main a[href="/en/bronnen"]')).toBeVisible();
    await expectAccessible(page);
  });

  test('the footer of every page and the start page link to it', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('footer a[href="/over"]')).toBeVisible();
    await expect(page.locator('main a[href="/over"]')).toBeVisible();
    await page.goto('/en/aanbod');
    await expect(page.locator('footer a[href="/en/over"]')).toHaveText('About this route finder');
  });

  test.describe('on a 320 px phone without JavaScript', () => {
    test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true, javaScriptEnabled: false });
    test('/over and /privacy fit the screen', async ({ page }) => {
      for (const p of ['/over', '/privacy', '/en/over']) {
        await page.goto(p);
        await expectPageBasics(page);
      }
    });
  });
});

test.describe('the privacy statement', () => {
  test('/privacy names the controller, the privacy contact, the rights and the complaints route', async ({ page }) => {
    await page.goto('/privacy');
    await expect(page.locator('#verantwoordelijke + [data-organisation]')).toContainText(`${NAME} biedt deze routewijzer aan`);
    await expect(page.locator('main')).toContainText('verwerkingsverantwoordelijke');
    await expect(page.locator(`a[href="mailto:${E2E_ORGANISATION.ROUTEWIJZER_ORG_PRIVACY_EMAIL}"]`).first()).toBeVisible();
    const rights = page.locator('#rechten ~ ul').first();
    for (const right of ['Inzien', 'Verbeteren', 'Verwijderen', 'Meenemen', 'Bezwaar']) await expect(rights).toContainText(right);
    await expect(rights.locator('a[href="/controleren"]')).toBeVisible();
    const complaint = page.locator('#klacht + p');
    await expect(complaint).toContainText('Autoriteit Persoonsgegevens');
    await expect(complaint.locator('a', { hasText: 'Autoriteit Persoonsgegevens' })).toHaveAttribute('href', /^https:\/\/www\.autoriteitpersoonsgegevens\.nl\//);
    // The legal basis is the controller's to state: not configured here, so marked as not set.
    await expect(page.locator('#grondslag ~ [data-not-configured]')).toContainText(NOT_SET_NL);
    // Every cookie the code sets is named.
    for (const cookie of ['routewijzer', 'routewijzer-bewaren', 'routewijzer-filter', 'routewijzer-planfout', 'routewijzer-gesprek', 'routewijzer-concept']) {
      await expect(page.locator('main')).toContainText(`“${cookie}”`);
    }
    await expectAccessible(page);
  });

  test('/en/privacy in English', async ({ page }) => {
    await page.goto('/en/privacy');
    await expect(page.locator('[data-organisation]')).toContainText(NAME);
    await expect(page.locator('main')).toContainText('controller');
    await expect(page.locator('#klacht + p')).toContainText('Autoriteit Persoonsgegevens');
    await expect(page.locator('#rechten ~ ul a[href="/en/controleren"]')).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe('the stroomschema on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  for (const [p, heading] of [['/stroomschema', 'In het kort'], ['/en/stroomschema', 'In short']] as const) {
    test(`${p}: the summary of the five steps fits the first screen, with a link to the whole chart`, async ({ page }) => {
      await page.goto(p);
      const summary = page.getByTestId('stroomschema-kort');
      await expect(summary.locator('h2')).toHaveText(heading);
      const steps = summary.locator('[data-summary-step]');
      await expect(steps).toHaveCount(5);
      const skip = summary.locator('a[href="#heel-schema"]');
      // Before any scrolling: the heading, all five steps and the link end above the fold.
      for (const el of [summary.locator('h2'), ...(await steps.all()), skip]) {
        const box = await el.boundingBox();
        expect(box, await el.innerText()).not.toBeNull();
        expect(box!.y + box!.height, await el.innerText()).toBeLessThanOrEqual(812);
      }
      await skip.click();
      await expect(page).toHaveURL(/#heel-schema$/);
      await expect(page.locator('#heel-schema')).toBeInViewport();
      await expectAccessible(page);
    });
  }

  test('no "▸" anywhere: nothing looks like a control that is not one', async ({ page }) => {
    await page.goto('/stroomschema');
    const markers = await page.evaluate(() => {
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const n = walker.currentNode;
        // A real disclosure control (details/summary) may carry a marker; nothing else may.
        if (/[▸▶►▹]/.test(n.textContent ?? '') && !n.parentElement?.closest('summary')) found.push((n.textContent ?? '').slice(0, 60));
      }
      return found;
    });
    expect(markers).toEqual([]);
  });
});

test.describe('a wrong configuration', () => {
  test('stops the server at start with a message naming the variable', async () => {
    test.setTimeout(60_000);
    // Port 0: should the check ever let it start, the server takes a free port and is stopped here.
    const child = spawn(process.execPath, [path.resolve('server.mjs'), '--hostname', '127.0.0.1', '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ROUTEWIJZER_ORG_NAME: 'Gemeente Proefstad', ROUTEWIJZER_ORG_PRIVACY_EMAIL: 'geen-adres' },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        resolve(null);
      }, 45_000);
      child.once('exit', (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    expect(output).toContain('ROUTEWIJZER_ORG_PRIVACY_EMAIL: not an e-mail address');
    expect(output).not.toContain('Ready on');
    expect(code).toBe(1);
  });
});
