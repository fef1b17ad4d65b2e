/*
 * Renders the static images in public/ from app/icon.svg and the site's name and description:
 * PNG icons for the web manifest (192, 512, and a maskable 512 with a safe margin) and the
 * share image for Open Graph / Twitter cards (1200 × 630). Run again after changing the icon
 * or the wording: `npx tsx scripts/public-assets.ts`. No server needed; Chromium from Debian
 * (/usr/bin/chromium) or CHROMIUM_PATH. The output is committed, so a build does not need it.
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../playwright.config';
import { messages } from '@/content/messages';

const GREEN = '#166534';
const icon = readFileSync('app/icon.svg', 'utf8');
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const iconPage = (size: number, maskable: boolean) => `<!doctype html><html><body style="margin:0">
<div style="width:${size}px;height:${size}px;background:${maskable ? GREEN : 'transparent'};display:flex;align-items:center;justify-content:center">
<div style="width:${maskable ? size * 0.8 : size}px;height:${maskable ? size * 0.8 : size}px">${icon.replace('<svg ', '<svg width="100%" height="100%" ')}</div></div></body></html>`;

const { common: nl } = messages.nl;
const { common: en } = messages.en;
const sharePage = `<!doctype html><html lang="nl"><body style="margin:0">
<div style="width:1200px;height:630px;box-sizing:border-box;padding:72px 80px;background:${GREEN};color:#fff;font-family:'DejaVu Sans',Arial,sans-serif;display:flex;flex-direction:column;justify-content:space-between">
  <div style="display:flex;align-items:center;gap:32px">
    <div style="width:120px;height:120px;border-radius:24px;box-shadow:0 0 0 4px #fff">${icon.replace('<svg ', '<svg width="120" height="120" ')}</div>
    <div style="font-size:72px;font-weight:700;line-height:1.1">${esc(nl.siteName)}</div>
  </div>
  <div style="font-size:38px;line-height:1.35;max-width:1000px">${esc(nl.description)}</div>
  <div style="font-size:28px;opacity:.9">${esc(en.siteName)} · nl / en</div>
</div></body></html>`;

async function main() {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  try {
    const shots: [string, string, number, number][] = [
      ['public/icons/icon-192.png', iconPage(192, false), 192, 192],
      ['public/icons/icon-512.png', iconPage(512, false), 512, 512],
      ['public/icons/icon-maskable-512.png', iconPage(512, true), 512, 512],
      ['public/share/routewijzer-werk.png', sharePage, 1200, 630],
    ];
    for (const [path, html, width, height] of shots) {
      const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
      await page.setContent(html);
      await page.screenshot({ path, omitBackground: true, clip: { x: 0, y: 0, width, height } });
      await page.close();
      console.log(path);
    }
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
