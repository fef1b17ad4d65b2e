import { expect, test } from '@playwright/test';

/*
 * Every page carries the 404 page as well: React sends the root not-found boundary with each
 * page, inside the site's frame. The header's banner and the footer are made once per render
 * (components/layout/site-frame.tsx), so a page sends them once and the boundary refers to
 * them. Before, a page rendered per request rendered and sent both twice (1.9 kB of HTML).
 */

/** How often an element with this id is in the response: in the HTML, and in React's payload (its quotes escaped). */
const times = (html: string, id: string) => html.split(`id="${id}"`).length - 1 + html.split(`"id\\":\\"${id}\\"`).length - 1;

test("a page sends the site's banner and footer once, not again for the 404 boundary", async ({ request }) => {
  for (const path of ['/vragen/hoe-gaat-het', '/gewist', '/en/intake', '/', '/privacy', '/en/privacy']) {
    const html = await (await request.get(path)).text();
    // Once as HTML, once in the payload the page hydrates from.
    expect(times(html, 'kop'), path).toBe(2);
    expect(times(html, 'wis-antwoorden'), path).toBe(2);
  }
});

test('the 404 page still shows the banner, the language link and the footer', async ({ page }) => {
  for (const [path, other] of [
    ['/bestaat-niet', 'English'],
    ['/en/bestaat-niet', 'Nederlands'],
  ] as const) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.locator('#kop'), path).toHaveCount(1);
    await expect(page.locator('#kop a').first(), path).toBeVisible();
    await expect(page.locator('#taal'), path).toHaveText(other);
    await expect(page.locator('#wis-antwoorden'), path).toHaveCount(1);
  }
});
