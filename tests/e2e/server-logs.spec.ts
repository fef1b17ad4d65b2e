import { expect, test } from '@playwright/test';
import { startServer, type Server } from '../../scripts/lib/server';
import { answerAll, type Persona } from './support/wizard';
import { PEOPLE } from '@/tests/support/personas';

/*
 * The server logs nothing of what a person answers: a journey and an API call go to a
 * server of this test's own, and everything that server printed is searched for the answers.
 */

const PORT = Number(process.env.E2E_LOG_PORT ?? 3108);
let server: Server;

test.beforeAll(async () => {
  server = await startServer(PORT);
});
test.afterAll(async () => server?.stop());

const persona: Persona = {
  name: 'Employed with Wajong in Tilburg',
  municipalityInput: '5038 EA',
  answers: PEOPLE.employedWajongTilburg,
};

test('a journey and an API call leave no answer in the server output', async ({ browser }) => {
  test.setTimeout(120_000);
  const base = `http://127.0.0.1:${PORT}`;
  const ctx = await browser.newContext({ baseURL: base });
  const page = await ctx.newPage();
  await page.goto('/');
  await page.locator('#start').click();
  await answerAll(page, persona, 'mouse', async () => undefined);
  await page.locator('#volgende').click();
  await expect(page).toHaveURL(/\/advies$/);
  // A wrong answer too: error paths must not log the input either.
  const res = await ctx.request.post('/api/v1/advice', {
    data: { situation: { ...persona.answers.situation, age: 29, municipality: '0855' }, wish: persona.answers.wish },
  });
  expect(res.status()).toBe(200);
  const bad = await ctx.request.post('/api/v1/advice', { data: { situation: { age: 'zevenentwintig-xq' }, wish: {} } });
  expect(bad.status()).toBe(422);
  await ctx.close();

  const printed = server.output.join('');
  expect(printed).toContain('Ready'); // the capture works: server.mjs announces itself
  for (const needle of ['5038', '0855', 'Tilburg', 'wajong', 'keep-job', 'on-the-job', 'zevenentwintig-xq', 'routewijzer=']) {
    expect(printed, `server output mentions ${needle}`).not.toContain(needle);
  }
});
