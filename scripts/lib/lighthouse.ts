import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
export { journeyCookies } from '@/tests/support/journey-cookies';
import { median } from './stats';

/*
 * Lighthouse 13 with its default mobile emulation (a mid-range phone, simulated slow 4G and
 * 4x CPU slowdown), performance only. Chromium is Debian's (CHROMIUM_PATH to override), with
 * the same flags as the browser tests.
 */

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/**
 * How Lighthouse slows the phone down. 'simulate' (its default): the page loads at full speed and
 * Lighthouse computes from that run what a slow phone on slow 4G would have taken. 'devtools'
 * ("applied"): Chromium itself slows the network (562.5 ms added to each request, Lighthouse's
 * 150 ms round trip times 3.75 for throttling per request, and 1.47 Mbit/s down) and the CPU (4×)
 * while the page loads, and the times are those observed.
 */
export type Throttling = 'simulate' | 'devtools';

export type LighthouseRun = { score: number; lcp: number; tbt: number; cls: number; finalUrl: string };
export type LighthouseMedian = { label: string; path: string; runs: number; score: number; lcp: number; tbt: number; cls: number };

/** One Lighthouse run in a fresh Chromium; `cookie` is sent with every request (extraHeaders). */
export async function lighthouseOnce(url: string, cookie?: string, throttling: Throttling = 'simulate'): Promise<LighthouseRun> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
      throttlingMethod: throttling,
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

/** One run, tried again (twice at most) when Lighthouse fails to record a trace (NO_NAVSTART, NO_FCP). */
async function lighthouseRetrying(label: string, url: string, cookie: string | undefined, throttling: Throttling): Promise<LighthouseRun> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await lighthouseOnce(url, cookie, throttling);
    } catch (e) {
      if (attempt >= 3) throw e;
      console.warn(`${label}: ${(e as Error).message}; trying again`);
    }
  }
}

export function medians(label: string, url: string, results: LighthouseRun[]): LighthouseMedian {
  const want = new URL(url).pathname;
  for (const r of results) if (new URL(r.finalUrl).pathname !== want) throw new Error(`${label}: Lighthouse ended on ${r.finalUrl}, not ${want}`);
  return {
    label,
    path: want,
    runs: results.length,
    score: median(results.map((r) => r.score)),
    lcp: median(results.map((r) => r.lcp)),
    tbt: median(results.map((r) => r.tbt)),
    cls: median(results.map((r) => r.cls)),
  };
}

export type LighthousePaired = LighthouseMedian & { floorScore: number; difference: number; differences: number[]; floorRuns: LighthouseRun[] };

/**
 * A page measured in pairs with the floor: each run of the page comes right after a run of
 * the floor, so both meet the same state of the host. `difference` is the median of the
 * pairs' score differences (`differences`, in run order); `floorScore` the median of the floor's runs in those pairs. On a
 * shared 2-core VM the host's speed drifts over minutes, and a page measured minutes after the
 * floor could gain or lose several points that have nothing to do with the page.
 */
export async function lighthousePaired(label: string, url: string, floorUrl: string, runs: number, cookie?: string, throttling: Throttling = 'simulate'): Promise<LighthousePaired> {
  const page: LighthouseRun[] = [];
  const floor: LighthouseRun[] = [];
  for (let i = 0; i < runs; i++) {
    floor.push(await lighthouseRetrying(`${label} (floor)`, floorUrl, undefined, throttling));
    page.push(await lighthouseRetrying(label, url, cookie, throttling));
  }
  const differences = page.map((r, i) => r.score - floor[i]!.score);
  return { ...medians(label, url, page), floorScore: median(floor.map((r) => r.score)), difference: median(differences), differences, floorRuns: floor };
}

