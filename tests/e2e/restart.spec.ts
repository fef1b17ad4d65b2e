import { expect, test } from '@playwright/test';
import { startServer, type Server } from '../../scripts/lib/server';
import { answerQuestion, currentQuestion, type Persona } from './support/wizard';
import { PEOPLE } from '@/tests/support/personas';

/*
 * A server restart in the middle of a journey loses nothing: the answers live in the
 * person's cookie, not in the server's memory.
 */

const PORT = Number(process.env.E2E_RESTART_PORT ?? 3109);
let server: Server | undefined;
test.afterAll(async () => server?.stop());

const persona: Persona = {
  name: 'Bijstand in Rotterdam',
  answers: PEOPLE.bijstandRotterdam,
};

test('answers survive a server restart mid-journey', async ({ browser }) => {
  test.setTimeout(120_000);
  server = await startServer(PORT);
  const ctx = await browser.newContext({ baseURL: `http://127.0.0.1:${PORT}` });
  const page = await ctx.newPage();
  await page.goto('/');
  await page.locator('#start').click();
  for (let i = 0; i < 4; i++) await answerQuestion(page, persona, 'mouse');
  const at = await currentQuestion(page);

  // A crash, not a polite shutdown: nothing the server held in memory can be saved.
  await server.stop({ crash: true });
  await expect(page.request.get('/', { timeout: 2_000 })).rejects.toThrow();
  server = await startServer(PORT);

  await page.reload();
  expect(await currentQuestion(page)).toBe(at);
  await page.locator('#vorige').click();
  await expect.poll(() => currentQuestion(page)).not.toBe(at);
  // The answer to the previous question is still chosen.
  await expect(page.locator('input[name="answer"]:checked')).toHaveCount(1);
  await ctx.close();
});
