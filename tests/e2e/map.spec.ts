import { expect, test, type Page } from '@playwright/test';
import { catalogue, expectAccessible, expectPageBasics } from './support/wizard';
import { listRoutes, parseFilters } from '@/lib/map/aanbod';
import { figureGroups } from '@/lib/map/figures';
import { stepHeading } from '@/lib/map/layout';
import { pathOf } from '@/lib/map/path';
import { stroomschema } from '@/lib/map/stroomschema';
import { journeyCookie } from '@/tests/support/journey-cookies';
import { PEOPLE } from '@/tests/support/personas';

/*
 * The whole map (issue 6): the stroomschema and its text version, one person's path on the
 * advice page, every route on /aanbod with its filters (with and without scripts), each
 * route's page, the figures as charts and tables, and /nieuw. Every page gets axe and the
 * basic checks, also at 320 px.
 */

const data = stroomschema(catalogue, 'nl');
const NEW_PAGES = ['/stroomschema', '/aanbod', '/aanbod/resultaten', '/aanbod/ips', '/nieuw'];

async function scan(page: Page) {
  await expectPageBasics(page);
  await expectAccessible(page);
}

/** The text of an HTML fragment as a reader gets it: tags dropped, entities decoded, spaces collapsed. */
function textOf(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (entities[e] ?? m),
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** Which elements a page's main part is built of: tag, id (numbers dropped) and attribute names; drawing detail inside SVGs left out. */
const structure = (page: Page) =>
  page.locator('main').evaluate((main) =>
    [
      ...new Set(
        [...main.querySelectorAll('*')].map((e) =>
          e.closest('svg') && e.localName !== 'svg' ? e.localName : `${e.localName}#${e.id.replace(/\d+/g, 'n')}[${e.getAttributeNames().sort().join()}]`,
        ),
      ),
    ]
      .sort()
      .join(' '),
  );

const shownIds = (page: Page) => page.locator('#aanbod-lijst > li').evaluateAll((els) => els.map((e) => e.getAttribute('data-route')));
const expectedIds = (q: Record<string, string>) => listRoutes(catalogue, parseFilters(q, catalogue, 'nl').filters, 'nl').map((l) => l.route.id);

test.describe('the stroomschema', () => {
  test('the drawing is an image with a title, and the text version holds every step, branch and route', async ({ page }) => {
    await page.goto('/stroomschema');
    const svg = page.locator('svg[data-testid="stroomschema-svg"]:visible');
    await expect(svg).toBeVisible();
    await expect(svg).toHaveAttribute('role', 'img');
    await expect(svg.locator('title')).toHaveText(/Stroomschema/);
    // The text version is folded (issue 15: the page was 62,000 px on a phone): open it as a person would.
    await page.locator('#schema-tekst-kop + details > summary').click();
    const list = page.locator('#stroomschema-tekst');
    await expect(list).toBeVisible();
    for (const s of data.steps) await expect(list.locator(`[data-step="${s.id}"] h3`)).toHaveText(stepHeading(s, 'nl'));
    for (const p of data.steps.flatMap((s) => s.decisions)) {
      await expect(list.locator(`[data-decision="${p.id}"] > ul > li`)).toHaveCount(p.branches.length);
    }
    const text = await list.innerText();
    for (const r of catalogue.routes) expect(text, r.name).toContain(r.name);
    // Drawn on the server: the drawing needs no script and fetches nothing.
    expect(await svg.locator('script, image, foreignObject').count()).toBe(0);
    await scan(page);
  });

  test.describe('at 320 px', () => {
    test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
    test('fits the screen, with text of at least 14 px', async ({ page }) => {
      await page.goto('/stroomschema');
      const svg = page.locator('svg[data-testid="stroomschema-svg"]:visible');
      const { width, viewBox } = await svg.evaluate((e) => ({ width: e.getBoundingClientRect().width, viewBox: (e as SVGSVGElement).viewBox.baseVal.width }));
      const smallest = await svg.evaluate((e) => Math.min(...[...e.querySelectorAll('text')].map((t) => Number(t.getAttribute('font-size')))));
      expect((smallest * width) / viewBox).toBeGreaterThanOrEqual(14);
      await expectPageBasics(page);
    });
  });
});

test.describe('the advice page shows the person’s path', () => {
  // Past the questions with the app's cookie codec: the wizard itself is walked in journeys.spec.ts.
  const answers = PEOPLE.bijstand28Utrecht;

  test('Bijstand at 28 in Utrecht: each decision point marks their branch in words', async ({ page, context, baseURL }) => {
    await context.addCookies([{ ...journeyCookie(answers), url: baseURL! }]);
    await page.goto('/advies');
    await expect(page).toHaveURL(/\/advies$/);
    // The path is folded under the recommended route: open it as a person would.
    await page.locator('#pad-uitklap > summary').click();
    const path = pathOf(data, answers, catalogue.regions);
    for (const { point, branch } of path) {
      const item = page.locator(`#pad-lijst > li[data-decision="${point.id}"]`);
      await expect(item.locator('h3')).toHaveText(point.title);
      await expect(item.locator('[data-answer]')).toContainText('Jouw antwoord:');
      if (branch) {
        const current = item.locator('[aria-current="true"]');
        await expect(current).toHaveCount(1);
        await expect(current).toContainText(branch.label);
        await expect(current).toContainText('(jouw pad)');
      } else await expect(item.locator('[aria-current]')).toHaveCount(0);
    }
    expect(path.find((p) => p.point.id === 'region')!.branch!.id).toBe('Midden-Utrecht');
    await expect(page.locator('#pad a[href="/stroomschema"]')).toBeVisible();
    await expect(page.locator('main a[href="/aanbod"]')).toBeVisible();
    await scan(page);
  });
});

test.describe('all routes, /aanbod', () => {
  test('lists every route; the filter form narrows the list as the engine does, and keeps the filters out of the URL', async ({ page }) => {
    await page.goto('/aanbod');
    expect(await shownIds(page)).toEqual(catalogue.routes.map((r) => r.id));
    await scan(page);
    await page.locator('#regio').fill('3511');
    await page.locator('#uitkering').selectOption('bijstand');
    await page.locator('#leeftijd').fill('30');
    await page.locator('#zoek').click();
    const want = expectedIds({ regio: '3511', uitkering: 'bijstand', leeftijd: '30' });
    await expect.poll(() => shownIds(page)).toEqual(want);
    expect(want).toContain('sterk-met-werk');
    // Place, benefit and age say something about a person: not in the address, so not in
    // browser history or an access log (issue 13, item 9).
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/aanbod');
    await expect(page.locator('#resultaat-kop')).toContainText('Utrecht');
    await expect(page.locator('#regio')).toHaveValue('3511');
    await expect(page.locator('#leeftijd')).toHaveValue('30');
    await expect(page.locator('#uitkering')).toHaveValue('bijstand');
    await scan(page);
    // Back on the list later in the same session: still filtered. Cleared: the whole list.
    await page.goto('/aanbod');
    expect(await shownIds(page)).toEqual(want);
    await page.locator('#wis-filters').click();
    await expect.poll(() => shownIds(page)).toEqual(catalogue.routes.map((r) => r.id));
    await expect(page.locator('#regio')).toHaveValue('');
    expect((await page.context().cookies()).map((c) => c.name)).not.toContain('routewijzer-filter');
  });

  test('the filter cookie is short-lived and closed to scripts and other sites; a URL cannot set a filter', async ({ page, request }) => {
    const res = await request.post('/aanbod/filter', { form: { regio: 'Almere', leeftijd: '41', onbekend: 'x' }, maxRedirects: 0 });
    expect(res.status()).toBe(303);
    expect(res.headers()['location']).toBe('/aanbod');
    const cookie = res.headers()['set-cookie'];
    expect(cookie).toMatch(/^routewijzer-filter=[A-Za-z0-9_-]+; Max-Age=3600; Path=\/; HttpOnly; SameSite=Strict$/);
    expect(cookie).not.toContain('Almere');
    const en = await request.post('/en/aanbod/filter', { form: { soort: 'jobcoaching' }, maxRedirects: 0 });
    expect(en.headers()['location']).toBe('/en/aanbod');
    const notAForm = await request.post('/aanbod/filter', { data: '{"regio":', headers: { 'content-type': 'application/json' }, maxRedirects: 0 });
    expect(notAForm.status()).toBe(400);
    expect(notAForm.headers()['set-cookie']).toBeUndefined();
    // Old links with the filters in the address are not read: nothing of them is echoed.
    await page.goto('/aanbod?regio=3511&leeftijd=30&uitkering=wajong');
    expect(await shownIds(page)).toEqual(catalogue.routes.map((r) => r.id));
    await expect(page.locator('#regio')).toHaveValue('');
    await expect(page.locator('main')).not.toContainText('3511');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the form works the same', async ({ page }) => {
      await page.goto('/aanbod');
      await page.locator('#soort').selectOption('jobcoaching');
      await page.locator('#regio').fill('Almere');
      await page.locator('#zoek').click();
      await expect(page).toHaveURL(/\/aanbod$/);
      // The address stays /aanbod before and after the post, so it cannot tell that the new page is in: wait for the list.
      await expect.poll(() => shownIds(page)).toEqual(expectedIds({ soort: 'jobcoaching', regio: 'Almere' }));
      await expect(page.locator('#regio')).toHaveValue('Almere');
      await page.locator('#wis-filters').click();
      await expect.poll(() => shownIds(page)).toEqual(catalogue.routes.map((r) => r.id));
    });
  });

  test('bad filter values give a clear message next to what was typed, never an error page', async ({ page }) => {
    await page.goto('/aanbod');
    await page.locator('#regio').fill('Atlantis');
    await page.locator('#leeftijd').fill('abc');
    for (const [id, value] of [['uitkering', 'loterij'], ['soort', '<script>']]) {
      // Values no option offers, as a hand-made post would send them.
      await page.locator(`#${id}`).evaluate((el: HTMLSelectElement, v) => {
        el.add(new Option(v, v));
        el.value = v;
      }, value);
    }
    await page.locator('#zoek').click();
    const summary = page.locator('#error-summary');
    await expect(summary).toBeVisible();
    await expect(summary.locator('li')).toHaveCount(4);
    await expect(page.locator('#regio-fout')).toContainText('We kennen deze gemeente of postcode niet');
    await expect(page.locator('#leeftijd')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#regio')).toHaveValue('Atlantis');
    expect(await shownIds(page)).toEqual(catalogue.routes.map((r) => r.id));
    await scan(page);
  });
});

test.describe('one route, /aanbod/[id]', () => {
  test('every route has its page with the client summary, the rules and the sources', async ({ request }) => {
    for (const r of catalogue.routes) {
      const res = await request.get(`/aanbod/${r.id}`);
      expect(res.status(), r.id).toBe(200);
      const html = await res.text();
      expect(textOf(/<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? ''), r.id).toBe(r.name);
      expect(textOf(/<main\b[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? ''), r.id).toContain(r.summary.text);
      expect(html, r.id).toMatch(/id="regels-tabel"[\s\S]*?<tbody[^>]*>\s*<tr/);
      expect(html, r.id).toContain('id="voor-professionals"');
    }
    const smw = await request.get('/aanbod/sterk-met-werk');
    expect(textOf(await smw.text())).toContain('27 jaar en ouder');
  });

  test.describe('at 320 px', () => {
    test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
    test('no route page scrolls sideways; axe passes on one page of each structure', async ({ page }) => {
      test.setTimeout(180_000);
      // Route pages are one template filled from the catalogue: pages built of the same
      // elements (tags, ids, attribute names) get the same verdict from axe, so axe runs on
      // the first page of each such structure (with figures, without, ...) and the cheap
      // checks on every page.
      const scanned = new Map<string, string>();
      for (const r of catalogue.routes) {
        await page.goto(`/aanbod/${r.id}`);
        await expectPageBasics(page);
        const shape = await structure(page);
        if (scanned.has(shape)) continue;
        scanned.set(shape, r.id);
        await expectAccessible(page);
      }
      test.info().annotations.push({ type: 'axe', description: `${scanned.size} structures: ${[...scanned.values()].join(', ')}` });
    });
  });

  test('an unknown id is the Dutch 404', async ({ page }) => {
    const res = await page.goto('/aanbod/bestaat-niet');
    expect(res!.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Deze pagina bestaat niet');
  });

  test('prints without the site navigation', async ({ page }) => {
    await page.goto('/aanbod/ips');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('footer')).toBeHidden();
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('#regels-tabel')).toBeVisible();
  });
});

test.describe('the figures', () => {
  test('per route: a chart per kind of figure, with the same numbers in a table', async ({ page }) => {
    const route = catalogue.routes.find((r) => r.id === 'ips')!;
    await page.goto('/aanbod/ips');
    const groups = figureGroups([route], 'nl');
    expect(groups.length).toBeGreaterThan(0);
    await expect(page.locator('svg[data-testid="cijfers-svg"]')).toHaveCount(groups.length);
    const tables = page.locator('table[data-testid="cijfers-tabel"]');
    for (const [i, g] of groups.entries()) {
      await expect(tables.nth(i).locator('tbody tr')).toHaveCount(g.rows.length);
      for (const row of g.rows) await expect(tables.nth(i)).toContainText(`${Math.round(row.outcome.value)}%`);
    }
    // A route page on a wide screen too (the loop above scans them at 320 px).
    await scan(page);
  });

  test('compared: one chart per measure, never two measures on one axis', async ({ page }) => {
    await page.goto('/aanbod/resultaten');
    const groups = figureGroups(catalogue.routes, 'nl');
    const figures = page.locator('figure[data-measure]');
    await expect(figures).toHaveCount(groups.length);
    for (const [i, g] of groups.entries()) {
      await expect(figures.nth(i)).toHaveAttribute('data-measure', g.measure);
      await expect(figures.nth(i).locator('svg title')).toHaveText(new RegExp(g.title));
      const rows = figures.nth(i).locator('tbody tr');
      await expect(rows).toHaveCount(g.rows.length);
      for (const [j, row] of g.rows.entries()) {
        await expect(rows.nth(j)).toContainText(row.routeName);
        await expect(rows.nth(j)).toContainText(String(row.outcome.year === 'unknown' ? 'jaar onbekend' : row.outcome.year));
      }
    }
    await scan(page);
  });
});

test('/nieuw: the catalogue date, the change log and how to propose a change', async ({ page }) => {
  await page.goto('/nieuw');
  await expect(page.locator('time[datetime="' + catalogue.meta.date + '"]').first()).toBeVisible();
  await expect(page.locator('#wijzigingen > li').first()).toBeVisible();
  await expect(page.locator('#voorstel')).toBeVisible();
  await scan(page);
});

test('the footer links to the new pages', async ({ page }) => {
  await page.goto('/');
  for (const href of ['/stroomschema', '/aanbod', '/nieuw']) await expect(page.locator(`footer a[href="${href}"]`)).toBeVisible();
});

test.describe('every new page at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
  for (const url of NEW_PAGES) {
    test(`${url} fits without scrolling sideways and passes axe`, async ({ page }) => {
      await page.goto(url);
      await scan(page);
    });
  }
});
