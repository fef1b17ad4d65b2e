import { expect, type BrowserContext, type Page } from '@playwright/test';

/** Where "Snel weg" (and Shift pressed three times) leaves to. */
export const NEUTRAL = 'https://nos.nl/';

/** The test browser has no internet: serve a stand-in for the neutral site. */
export const stubNeutralSite = (ctx: BrowserContext) =>
  ctx.route('https://nos.nl/**', (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><title>NOS</title><h1>Nieuws</h1>' }));

/** What a person sees as chosen on a question page. */
export const shownValues = (page: Page) =>
  page.locator('input[name="answer"]').evaluateAll((els) =>
    (els as HTMLInputElement[]).filter((e) => (e.type === 'text' ? e.value !== '' : e.checked)).map((e) => e.value),
  );

/**
 * Waits until the page's scripts run: the quick exit then promises its Shift shortcut. Every
 * page hydrates in one pass (no Suspense boundaries), and React runs the effects of that pass
 * before this re-render, so timers and listeners set up in effects are in place too.
 */
export const scriptsRunning = (page: Page) =>
  expect(page.locator('#snel-weg')).toHaveAccessibleDescription(/Shift/);
