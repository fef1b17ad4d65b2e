import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

/*
 * Lighthouse 13 with its default mobile emulation (a mid-range phone, simulated slow 4G and
 * 4x CPU slowdown), performance only. Chromium is Debian's (CHROMIUM_PATH to override), with
 * the same flags as the browser tests.
 */

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export type LighthouseRun = { score: number; lcp: number; tbt: number; cls: number; finalUrl: string };
export type LighthouseMedian = { label: string; path: string; runs: number; score: number; lcp: number; tbt: number; cls: number };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** One Lighthouse run in a fresh Chromium; `cookie` is sent with every request (extraHeaders). */
export async function lighthouseOnce(url: string, cookie?: string): Promise<LighthouseRun> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
      ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
    });
    if (!result) throw new Error(`no Lighthouse result for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const n = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      score: Math.round((lhr.categories.performance?.score ?? NaN) * 100),
      lcp: n('largest-contentful-paint'),
      tbt: n('total-blocking-time'),
      cls: n('cumulative-layout-shift'),
      finalUrl: lhr.finalDisplayedUrl,
    };
  } finally {
    chrome.kill();
  }
}

/** `runs` Lighthouse runs of one page; the median of each figure. Fails if the page redirected elsewhere. */
export async function lighthouseMedian(label: string, url: string, runs: number, cookie?: string): Promise<LighthouseMedian> {
  const results: LighthouseRun[] = [];
  for (let i = 0; i < runs; i++) results.push(await lighthouseOnce(url, cookie));
  const want = new URL(url).pathname;
  for (const r of results) if (new URL(r.finalUrl).pathname !== want) throw new Error(`${label}: Lighthouse ended on ${r.finalUrl}, not ${want}`);
  return {
    label,
    path: want,
    runs,
    score: median(results.map((r) => r.score)),
    lcp: median(results.map((r) => r.lcp)),
    tbt: median(results.map((r) => r.tbt)),
    cls: median(results.map((r) => r.cls)),
  };
}

/**
 * The session cookies a person has at each stage: walks the wizard in Chromium (first option of
 * every question, age 35, Utrecht) to the check page, the advice and a chosen plan.
 */
export async function journeyCookies(origin: string): Promise<{ check: string; plan: string }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS.filter((f) => f !== '--headless=new') });
  const cookieHeader = async () => (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const page = await browser.newPage({ baseURL: origin });
  try {
    await page.goto('/');
    await page.locator('#start').click();
    await page.waitForURL(/\/vragen\//);
    for (let i = 0; i < 30 && !page.url().endsWith('/controleren'); i++) {
      const at = page.url() + (await page.locator('input[name="question"]').getAttribute('value'));
      const field = page.locator('input[name="answer"]').first();
      const type = await field.getAttribute('type');
      if (type === 'radio' || type === 'checkbox') await field.check();
      else {
        const question = await page.locator('input[name="question"]').getAttribute('value');
        await field.fill(question === 'age' ? '35' : 'Utrecht');
      }
      await page.locator('#volgende').click();
      await page.waitForFunction(
        (before) => location.href + (document.querySelector<HTMLInputElement>('input[name="question"]')?.value ?? '') !== before,
        at,
      );
      // An answer that points to a crisis shows the help page first; go on from there, as a person can.
      if (page.url().endsWith('/hulp')) {
        await page.locator('#verder').click();
        await page.waitForURL(/\/vragen\//);
      }
    }
    const check = await cookieHeader();
    await page.locator('#volgende').click();
    await page.waitForURL(/\/advies$/);
    await page.locator('[id^="kies-"]').first().click();
    await page.waitForURL(/\/plan$/);
    return { check, plan: await cookieHeader() };
  } finally {
    await browser.close();
  }
}
