import { expect, test } from '@playwright/test';
import { answerAll, expectAccessible, type Persona } from './support/wizard';
import { PEOPLE } from '@/tests/support/personas';

/* The network drops while the advice loads; a page that does not exist. */

const persona: Persona = {
  name: 'WGA in Groningen',
  answers: PEOPLE.wgaGroningen,
};

test('the connection drops on the way to the advice: a calm message, and nothing is lost', async ({ page, context }) => {
  await page.goto('/');
  await page.locator('#start').click();
  await answerAll(page, persona, 'mouse', async () => undefined);
  await expect(page).toHaveURL(/\/controleren$/);
  await context.setOffline(true);
  await page.locator('#volgende').click();
  await expect(page.locator('#fout-verbinding')).toBeVisible();
  await expect(page.locator('#fout-verbinding h1')).toBeFocused();
  await context.setOffline(false);
  await expectAccessible(page);
  await page.locator('#opnieuw').click();
  // Back online: the check page again, every answer still there, and on to the advice.
  await expect(page).toHaveURL(/\/controleren$/);
  await page.locator('#volgende').click();
  await expect(page).toHaveURL(/\/advies$/);
  await expect(page.locator('#lijst-aanbevolen article').first()).toBeVisible();
});

test('a page that does not exist: a Dutch message and a way back, status 404', async ({ page }) => {
  const res = await page.goto('/bestaat-niet');
  expect(res?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Deze pagina bestaat niet');
  await expectAccessible(page);
  const q = await page.goto('/vragen/geen-vraag');
  expect(q?.status()).toBe(404);
});
