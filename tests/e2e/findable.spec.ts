import { expect, test, type APIRequestContext } from '@playwright/test';
import { E2E_BASE_URL as BASE } from '../../playwright.config';
import { getCatalogue } from '@/lib/catalogue/load';
import { localePath, locales, type Locale } from '@/lib/i18n/locale';
import { QUESTION_IDS } from '@/lib/journey/questions';
import { isPersonalPath, pageUrl, PERSONAL_PREFIXES, publicPaths } from '@/lib/site/pages';
import { journeyCookies } from '@/tests/support/journey-cookies';

/*
 * Findable and shareable (issue 20), over plain HTTP: robots.txt, sitemap.xml, the web
 * manifest, and each page's head. The test server runs with ROUTEWIJZER_BASE_URL=BASE
 * (playwright.config.ts), so every absolute URL must start with it, whatever host the
 * request came in on (127.0.0.1 here).
 */

const catalogue = { nl: getCatalogue('nl'), en: getCatalogue('en') };
const PUBLIC = publicPaths(catalogue.nl.routes.map((r) => r.id));
/** The absolute URL of a page; the Dutch start page is the bare origin, as Next writes it. */
const abs = (locale: Locale, path: string) => pageUrl(locale, path, BASE);

/** Personal pages, one per kind; they render with a journey cookie at the plan step. */
const PERSONAL_PAGES = [`/vragen/${QUESTION_IDS[0]}`, '/controleren', '/advies', '/advies/alle-routes', '/plan', '/plan/openen', '/intake', '/intake/samenvatting', '/driegesprek', '/driegesprek/plan', '/evaluatie', '/gewist'];
/** Files and form handlers under personal paths: only the X-Robots-Tag header can say noindex there. */
const PERSONAL_FILES = ['/plan/pdf', '/plan/bestand', '/bewaren', '/aanbod/filter'];

type Tag = Record<string, string>;
const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
/** The <link> and <meta> tags of a page's head, with attribute names lower-cased. */
function headTags(html: string): { links: Tag[]; metas: Tag[]; title: string } {
  const head = html.slice(0, html.indexOf('</head>'));
  const tags = (name: string) =>
    [...head.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'gi'))].map((m) => Object.fromEntries([...m[1]!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1]!.toLowerCase(), decode(a[2]!)])));
  return { links: tags('link'), metas: tags('meta'), title: decode(/<title>([^<]*)<\/title>/.exec(head)?.[1] ?? '') };
}
const meta = (metas: Tag[], key: string) => metas.filter((m) => m.name === key || m.property === key).map((m) => m.content);

async function page(request: APIRequestContext, url: string, cookie?: string) {
  const res = await request.get(url, { headers: cookie ? { Cookie: cookie } : {}, maxRedirects: 0 });
  return { res, html: res.headers()['content-type']?.includes('text/html') ? await res.text() : '' };
}

test('robots.txt allows the public pages, disallows every personal page in both languages, and names the sitemap', async ({ request }) => {
  const res = await request.get('/robots.txt');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('text/plain');
  const lines = (await res.text()).split('\n').map((l) => l.trim());
  expect(lines).toContain('User-Agent: *');
  expect(lines).toContain('Allow: /');
  const disallowed = lines.filter((l) => l.startsWith('Disallow: ')).map((l) => l.slice('Disallow: '.length));
  for (const locale of locales) for (const p of PERSONAL_PREFIXES) expect(disallowed).toContain(localePath(locale, p));
  for (const p of [...PERSONAL_PAGES, ...PERSONAL_FILES]) for (const locale of locales) {
    expect(disallowed.some((d) => localePath(locale, p).startsWith(d)), `${localePath(locale, p)} disallowed`).toBe(true);
  }
  // No public page is caught by a Disallow prefix (robots.txt matching is by prefix).
  for (const p of PUBLIC) for (const locale of locales) {
    expect(disallowed.filter((d) => localePath(locale, p) === d || localePath(locale, p).startsWith(d.endsWith('/') ? d : `${d}/`))).toEqual([]);
  }
  expect(lines).toContain(`Sitemap: ${BASE}/sitemap.xml`);
});

test('sitemap.xml lists every public page and every route in both languages, with alternates, and nothing personal', async ({ request }) => {
  const res = await request.get('/sitemap.xml');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('xml');
  const xml = await res.text();
  const urls = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!);
  const locs = urls.map((u) => decode(/<loc>([^<]*)<\/loc>/.exec(u)![1]!));
  const expected = PUBLIC.flatMap((p) => locales.map((l) => abs(l, p)));
  expect([...locs].sort()).toEqual([...expected].sort());
  for (const r of catalogue.nl.routes) for (const l of locales) expect(locs).toContain(abs(l, `/aanbod/${r.id}`));
  for (const loc of locs) {
    const path = new URL(loc).pathname.replace(/^\/en(?=\/|$)/, '') || '/';
    expect(isPersonalPath(path), loc).toBe(false);
  }
  // Each entry names its Dutch, English and x-default page.
  for (const [i, u] of urls.entries()) {
    const path = new URL(locs[i]!).pathname.replace(/^\/en(?=\/|$)/, '') || '/';
    for (const [lang, locale] of [['nl', 'nl'], ['en', 'en'], ['x-default', 'nl']] as const) {
      expect(u).toContain(`hreflang="${lang}" href="${abs(locale, path)}"`);
    }
  }
});

test('manifest.webmanifest names the site with its colours and icons that exist', async ({ request }) => {
  const res = await request.get('/manifest.webmanifest');
  expect(res.status()).toBe(200);
  const m = await res.json();
  expect(m).toMatchObject({ name: 'Routewijzer werk', short_name: 'Routewijzer werk', start_url: '/', display: 'standalone', theme_color: '#166534' });
  expect(m.icons.length).toBeGreaterThanOrEqual(3);
  for (const icon of m.icons as { src: string; type: string }[]) {
    const file = await request.get(icon.src);
    expect(file.status(), icon.src).toBe(200);
    expect(file.headers()['content-type']).toContain(icon.type);
  }
  const html = (await page(request, '/')).html;
  expect(headTags(html).links.filter((l) => l.rel === 'manifest').map((l) => l.href)).toEqual(['/manifest.webmanifest']);
});

test.describe('public pages', () => {
  for (const locale of locales) {
    test(`each public page in ${locale} has canonical, hreflang pairs, a description and share-card data with the configured base URL`, async ({ request }) => {
      test.setTimeout(120_000);
      const images = new Set<string>();
      for (const path of PUBLIC) {
        const url = localePath(locale, path);
        const { res, html } = await page(request, url);
        expect(res.status(), url).toBe(200);
        const { links, metas, title } = headTags(html);
        const canonical = links.filter((l) => l.rel === 'canonical').map((l) => l.href);
        expect(canonical, url).toEqual([abs(locale, path)]);
        const alts = Object.fromEntries(links.filter((l) => l.rel === 'alternate' && l.hreflang).map((l) => [l.hreflang, l.href]));
        expect(alts, url).toEqual({ nl: abs('nl', path), en: abs('en', path), 'x-default': abs('nl', path) });
        const description = meta(metas, 'description');
        expect(description, url).toHaveLength(1);
        expect(description[0]!.length, url).toBeGreaterThan(20);
        expect(meta(metas, 'robots').join(), url).not.toContain('noindex');
        expect(res.headers()['x-robots-tag'], url).toBeUndefined();
        // Open Graph and Twitter card: title and description as on the page, an absolute image.
        expect(meta(metas, 'og:title'), url).toEqual([title]);
        expect(meta(metas, 'og:description'), url).toEqual(description);
        expect(meta(metas, 'og:url'), url).toEqual([abs(locale, path)]);
        expect(meta(metas, 'og:type'), url).toEqual(['website']);
        expect(meta(metas, 'og:locale'), url).toEqual([locale === 'nl' ? 'nl_NL' : 'en_GB']);
        const image = meta(metas, 'og:image');
        expect(image, url).toHaveLength(1);
        expect(image[0]!.startsWith(`${BASE}/`), url).toBe(true);
        expect(meta(metas, 'og:image:alt')[0], url).toBeTruthy();
        expect(meta(metas, 'twitter:card'), url).toEqual(['summary_large_image']);
        expect(meta(metas, 'twitter:title'), url).toEqual([title]);
        expect(meta(metas, 'twitter:description'), url).toEqual(description);
        expect(meta(metas, 'twitter:image'), url).toEqual(image);
        // No absolute URL in the head names the host the request came in on.
        expect(html.slice(0, html.indexOf('</head>')), url).not.toContain('127.0.0.1');
        images.add(image[0]!);
      }
      // The share image is a file of this site (served here under its path).
      for (const img of images) {
        const file = await request.get(new URL(img).pathname);
        expect(file.status(), img).toBe(200);
        expect(file.headers()['content-type']).toBe('image/png');
      }
    });
  }

  test('a route page describes the route in the page language', async ({ request }) => {
    const ips = { nl: catalogue.nl.routes.find((r) => r.id === 'ips')!, en: catalogue.en.routes.find((r) => r.id === 'ips')! };
    for (const locale of locales) {
      const { metas } = headTags((await page(request, localePath(locale, '/aanbod/ips'))).html);
      expect(meta(metas, 'description')).toEqual([ips[locale].summary.text]);
      expect(meta(metas, 'og:title')[0]).toContain(ips[locale].name);
    }
  });
});

test.describe('personal pages', () => {
  for (const locale of locales) {
    test(`each personal page in ${locale} has noindex and no canonical or share card`, async ({ request }) => {
      test.setTimeout(120_000);
      const cookie = journeyCookies().plan;
      let rendered = 0;
      for (const path of PERSONAL_PAGES) {
        const url = localePath(locale, path);
        const { res, html } = await page(request, url, cookie);
        expect(res.headers()['x-robots-tag'], url).toBe('noindex, nofollow');
        if (res.status() !== 200) continue; // a redirect elsewhere: the header is all there is
        rendered++;
        const { links, metas } = headTags(html);
        expect(meta(metas, 'robots'), url).toEqual(['noindex, nofollow']);
        expect(links.filter((l) => l.rel === 'canonical' || (l.rel === 'alternate' && l.hreflang)), url).toEqual([]);
        expect(metas.filter((m) => m.property?.startsWith('og:') || m.name?.startsWith('twitter:')), url).toEqual([]);
      }
      // Most of them render for a person at the plan step; a redirect must not hide them all.
      expect(rendered).toBeGreaterThanOrEqual(6);
      for (const path of PERSONAL_FILES) {
        const res = await request.get(localePath(locale, path), { headers: { Cookie: cookie }, maxRedirects: 0 });
        expect(res.headers()['x-robots-tag'], path).toBe('noindex, nofollow');
      }
    });
  }

  test('a page that does not exist is not indexed either', async ({ request }) => {
    for (const url of ['/bestaat-niet', '/en/aanbod/bestaat-niet']) {
      const { res, html } = await page(request, url);
      expect(res.status()).toBe(404);
      // Next adds a noindex of its own to its 404 page; ours is there as well.
      expect(meta(headTags(html).metas, 'robots')).toContain('noindex, nofollow');
    }
  });
});
