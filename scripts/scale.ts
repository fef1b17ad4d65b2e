/*
 * npm run scale — the scale-out, shown on loopback (issue 17). Starts the standalone server
 * (`npm run build`) as 1, then 2 instances behind nginx (Debian's package, round robin, every
 * address 127.0.0.1), and shows:
 * 1. A whole journey in a browser (start page, every question, check page, advice, plan, plan
 *    PDF) whose requests nginx hands to the two instances in turn reaches the same advice and
 *    plan as on one instance alone: nothing a journey needs is kept in a server's memory (the
 *    journey is in the person's cookie). nginx's log proves both instances served it.
 * 2. Throughput and latency of the start page, a personal page (the advice) and
 *    POST /api/v1/advice through nginx, with 1 and with 2 instances, in the same run.
 * The figures go into docs/deploy.md between the `scale` markers.
 *
 * Needs nginx (`apt-get install nginx`) and Chromium (as the browser tests). Bounded in time:
 * 6 loads of SCALE_SECONDS (default 8) seconds each. Ports: SCALE_PORT (default 3400) for nginx,
 * the next two for the instances.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, expect, type Browser } from '@playwright/test';
import { chromiumArgs } from '../playwright.config';
import { heldLoad, loadTable, type Load } from './lib/load';
import { startServer, type Server } from './lib/server';
import { answerAll, chooseFromAdvice, expectedAdvice, type Persona } from '../tests/e2e/support/wizard';
import { journeyCookies } from './lib/lighthouse';
import { PEOPLE } from '@/tests/support/personas';

const ROOT = path.resolve(import.meta.dirname, '..');
const ENTRY = path.join(ROOT, '.next/standalone/server.mjs');
const NGINX_PORT = Number(process.env.SCALE_PORT ?? 3400);
const INSTANCES = [NGINX_PORT + 1, NGINX_PORT + 2];
const SECONDS = Number(process.env.SCALE_SECONDS ?? 8);
const CONNECTIONS = 50;
const BASE = `http://127.0.0.1:${NGINX_PORT}`;
const persona: Persona = { name: 'bijstand in Rotterdam', answers: PEOPLE.bijstandRotterdam };

function nginxConfig(dir: string, upstreams: number[]): string {
  return `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
daemon off;
events { worker_connections 4096; }
http {
  log_format upstream '$upstream_addr $status $request_method $uri';
  access_log ${dir}/access.log upstream;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  # The largest body the app takes (a plan file, lib/security/request-limits.ts), as in docs/deploy.md.
  client_max_body_size 1100k;
  upstream app {
${upstreams.map((p) => `    server 127.0.0.1:${p};`).join('\n')}
    keepalive 64;
  }
  server {
    listen 127.0.0.1:${NGINX_PORT};
    location / {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-Host $http_host;
      proxy_set_header X-Forwarded-Proto http;
    }
  }
}
`;
}

async function startNginx(dir: string, upstreams: number[]): Promise<() => Promise<void>> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const conf = path.join(dir, 'nginx.conf');
  writeFileSync(conf, nginxConfig(dir, upstreams));
  const child: ChildProcess = spawn('nginx', ['-c', conf, '-p', dir], { stdio: ['ignore', 'inherit', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(`${BASE}/icon.svg`, { signal: AbortSignal.timeout(1_000) });
      return async () => {
        child.kill('SIGQUIT');
        await exited;
      };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  child.kill('SIGKILL');
  throw new Error(`nginx did not come up on ${BASE}; see ${dir}/error.log`);
}

/** A whole journey in a browser against `base`: the advice page's route ids and the plan's text. */
async function journey(browser: Browser, base: string) {
  const ctx = await browser.newContext({ baseURL: base });
  const page = await ctx.newPage();
  try {
    await page.goto('/');
    await page.locator('#start').click();
    const asked = await answerAll(page, persona, 'mouse', async () => {});
    await page.locator('#volgende').click();
    await page.waitForURL(/\/advies$/);
    const advice = expectedAdvice(persona, asked);
    await expect(page.locator('#eerste-stap')).toHaveAttribute('data-step', advice.route.firstStep.id);
    const ids = (selector: string) => page.locator(selector).evaluateAll((els) => els.map((e) => e.getAttribute('data-route')));
    const shown = { firstStep: await page.locator('#eerste-stap').getAttribute('data-step'), then: await ids('#lijst-daarna > li'), alternatives: await ids('#lijst-ook-mogelijk > li') };
    const chosen = await chooseFromAdvice(page, advice);
    await page.waitForURL(/\/plan$/);
    const plan = (await page.locator('main').innerText()).replace(/\d{1,2} \w+ \d{4}/g, '<datum>');
    const pdf = await page.request.get('/plan/pdf');
    expect(pdf.status()).toBe(200);
    const bytes = await pdf.body();
    // The PDF is dated to the day (lib/plan/pdf.ts): the same plan on one day is the same file.
    return { shown, chosen, plan, pdfBytes: bytes.length, pdfSha256: createHash('sha256').update(bytes).digest('hex'), asked: asked.length };
  } finally {
    await ctx.close();
  }
}

async function loads(label: string, cookie: string): Promise<Load[]> {
  const body = JSON.stringify(PEOPLE.wgaGroningen);
  const common = { connections: CONNECTIONS, duration: SECONDS, timeout: 30 };
  return [
    await heldLoad(`${label}: start page /`, { ...common, url: `${BASE}/` }),
    await heldLoad(`${label}: advice page /advies (personal)`, { ...common, url: `${BASE}/advies`, headers: { cookie } }),
    await heldLoad(`${label}: POST /api/v1/advice`, { ...common, url: `${BASE}/api/v1/advice`, method: 'POST', body, headers: { 'content-type': 'application/json' } }),
  ];
}

function upstreamCounts(dir: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of readFileSync(path.join(dir, 'access.log'), 'utf8').split('\n').filter(Boolean)) {
    const addr = line.split(' ')[0]!;
    counts.set(addr, (counts.get(addr) ?? 0) + 1);
  }
  return counts;
}

async function main() {
  if (!existsSync(ENTRY)) throw new Error(`${path.relative(ROOT, ENTRY)} is missing: run \`npm run build\` first`);
  try {
    execFileSync('nginx', ['-v'], { stdio: 'ignore' });
  } catch {
    throw new Error('nginx is missing: apt-get install -y nginx');
  }
  const work = mkdtempSync(path.join(os.tmpdir(), 'routewijzer-scale-'));
  const servers: Server[] = [];
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  try {
    for (const port of INSTANCES) servers.push(await startServer(port, undefined, {}, ENTRY));
    const cookie = journeyCookies().plan;

    // 1. The same journey on one instance alone, and through nginx over both in turn.
    const alone = await journey(browser, `http://127.0.0.1:${INSTANCES[0]}`);
    let stop = await startNginx(path.join(work, 'two'), INSTANCES);
    const spread = await journey(browser, BASE);
    await stop();
    const served = upstreamCounts(path.join(work, 'two'));
    expect(spread).toEqual(alone);
    for (const port of INSTANCES) expect(served.get(`127.0.0.1:${port}`) ?? 0, `requests instance ${port} served`).toBeGreaterThan(5);
    const journeyLine =
      `A journey of ${alone.asked} questions to the plan and its PDF, through nginx: ` +
      `${[...served].map(([a, n]) => `${n} requests to ${a}`).join(', ')}; ` +
      `the same first step (${alone.shown.firstStep}), then-steps, alternatives, chosen route (${alone.chosen}), plan text and PDF (${alone.pdfBytes} bytes, byte for byte) as on one instance alone.`;
    console.log(journeyLine);

    // 2. Throughput, 1 then 2 instances behind the same nginx.
    stop = await startNginx(path.join(work, 'one-load'), INSTANCES.slice(0, 1));
    const one = await loads('1 instance', cookie);
    await stop();
    stop = await startNginx(path.join(work, 'two-load'), INSTANCES);
    const two = await loads('2 instances', cookie);
    await stop();
    const rows = [...one, ...two];
    const ratio = one.map((o, i) => `| ${o.label.replace(/^1 instance: /, '')} | ${Math.round(o.rps)} | ${Math.round(two[i]!.rps)} | ${(two[i]!.rps / o.rps).toFixed(2)}× |`);
    const table = loadTable(rows);
    const ratios = ['| endpoint | 1 instance req/s | 2 instances req/s | ratio |', '| --- | ---: | ---: | ---: |', ...ratio].join('\n');
    console.log(table);
    console.log(ratios);

    const cpus = os.cpus();
    const section = [
      '<!-- scale:start -->',
      `Measured by \`npm run scale\` on ${new Date().toISOString().slice(0, 10)}: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'CPU'}, Node ${process.versions.node}, nginx and the load generator on the same machine, ${CONNECTIONS} keep-alive connections, ${SECONDS} s per row.`,
      '',
      journeyLine,
      '',
      table,
      '',
      ratios,
      '<!-- scale:end -->',
    ].join('\n');
    const doc = path.join(ROOT, 'docs/deploy.md');
    const text = readFileSync(doc, 'utf8');
    if (!/<!-- scale:start -->[\s\S]*<!-- scale:end -->/.test(text)) throw new Error('docs/deploy.md has no scale markers');
    writeFileSync(doc, text.replace(/<!-- scale:start -->[\s\S]*<!-- scale:end -->/, section));
    console.log('docs/deploy.md updated');
  } finally {
    await browser.close();
    for (const s of servers) await s.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
