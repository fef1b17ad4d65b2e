/*
 * A share card as a chat or e-mail client shows a link to /aanbod/ips: built only from the
 * page's own Open Graph tags (image, title, description, site name, URL), rendered in Chromium
 * and saved as docs/screenshots/share-card-aanbod-ips.png. Needs a build:
 * `npx next build && npx tsx scripts/share-card.ts`. The server runs with
 * ROUTEWIJZER_BASE_URL set to an example address; the image is fetched from the local server
 * under the same path.
 */
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../playwright.config';
import { startServer } from './lib/server';

const PORT = Number(process.env.SCREENSHOTS_PORT ?? 3128);
const LOCAL = `http://127.0.0.1:${PORT}`;
const BASE_URL = 'https://routewijzer.example.nl';
const PAGE = process.argv[2] ?? '/aanbod/ips';
const OUT = process.argv[3] ?? 'docs/screenshots/share-card-aanbod-ips.png';

const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function ogTags(html: string): Record<string, string> {
  const head = html.slice(0, html.indexOf('</head>'));
  const out: Record<string, string> = {};
  for (const m of head.matchAll(/<meta\s+([^>]*)>/gi)) {
    const attrs = Object.fromEntries([...m[1]!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1]!.toLowerCase(), decode(a[2]!)]));
    const key = attrs.property ?? attrs.name;
    if (key && attrs.content !== undefined && !(key in out)) out[key] = attrs.content;
  }
  return out;
}

async function main() {
  const server = await startServer(PORT, undefined, { ROUTEWIJZER_BASE_URL: BASE_URL });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  try {
    const og = ogTags(await (await fetch(LOCAL + PAGE)).text());
    for (const k of ['og:title', 'og:description', 'og:image', 'og:url', 'og:site_name']) if (!og[k]) throw new Error(`${PAGE} has no ${k}`);
    const image = await fetch(LOCAL + new URL(og['og:image']!).pathname);
    const dataUrl = `data:${image.headers.get('content-type')};base64,${Buffer.from(await image.arrayBuffer()).toString('base64')}`;
    const host = new URL(og['og:url']!).host;
    const html = `<!doctype html><html><body style="margin:0;background:#e5e7eb;font-family:'DejaVu Sans',Arial,sans-serif">
<div style="padding:24px">
  <div style="font-size:14px;color:#374151;margin-bottom:8px">Gedeelde link: ${esc(og['og:url']!)}</div>
  <div id="card" style="width:520px;background:#fff;border:1px solid #d1d5db;border-radius:12px;overflow:hidden">
    <img src="${dataUrl}" alt="${esc(og['og:image:alt'] ?? '')}" style="display:block;width:520px;height:273px;object-fit:cover">
    <div style="padding:12px 16px 16px">
      <div style="font-size:13px;color:#6b7280;text-transform:uppercase">${esc(host)} · ${esc(og['og:site_name']!)}</div>
      <div style="font-size:18px;font-weight:700;color:#111827;margin-top:4px">${esc(og['og:title']!)}</div>
      <div style="font-size:15px;color:#374151;margin-top:4px;line-height:1.4">${esc(og['og:description']!)}</div>
    </div>
  </div>
</div></body></html>`;
    const page = await browser.newPage({ viewport: { width: 568, height: 400 }, deviceScaleFactor: 1 });
    await page.setContent(html);
    await page.screenshot({ path: OUT, fullPage: true });
    console.log(OUT);
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
