/*
 * npm run profile [-- --seconds=N] [--no-build]
 *
 * Where the server's CPU time goes on each personal page (question, check answers, advice, plan),
 * by who wrote the code: ours, the libraries ours calls, Next (bundled into the app, its prebuilt
 * page runtime with React's renderers, and its other files), Node, garbage collection.
 *
 * 1. Builds a copy of the project in .bench/profile with `experimental.serverMinification: false`,
 *    so that the app's compiled chunks keep their function boundaries and the source maps name
 *    the file each function came from. node_modules is hard-linked, not copied.
 * 2. For each page: starts that copy's server.mjs on 127.0.0.1 under `node --cpu-prof`, loads the
 *    page for 10 s that do not count, then for N s (default 20) at 10 keep-alive connections with the
 *    persona's session cookie (bijstand in Rotterdam), stops the server and reads its profile.
 * 3. Counts only the samples taken during the counted load (V8's profile clock is the
 *    monotonic clock of process.hrtime), puts each in a category (scripts/lib/profile.ts) and
 *    prints each category's share of the busy time, as a Markdown table.
 *
 * What the table bounds: a page can get no faster from changes to our code than the share of
 * "our code" and "libraries our code calls" (and part of the garbage collection) allows.
 * Findings are in docs/benchmarks.md.
 */
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { journeyCookies } from './lib/lighthouse';
import { heldLoad } from './lib/load';
import { PERSONAL_PAGES } from './lib/personal-pages';
import { attribute, CATEGORIES, shares, sourceMaps, type Category, type CpuProfile } from './lib/profile';
import { startServer } from './lib/server';

const COPY = path.resolve('.bench/profile');
const PORT = 3190;
const CONNECTIONS = 10;
const WARM_UP_SECONDS = 10;
const secondsArg = process.argv.find((a) => a.startsWith('--seconds='));
const SECONDS = secondsArg ? Math.max(1, Number(secondsArg.split('=')[1]) || 1) : 20;

/** What builds, tests and installs write, at any depth: not copied. */
const NOT_COPIED = new Set(['node_modules', '.next', '.bench', '.git', 'test-results', 'playwright-report', 'coverage', 'reports', '.stryker-tmp']);

/** The project without what NOT_COPIED names; its node_modules as hard links (same file system). */
function copyProject() {
  rmSync(COPY, { recursive: true, force: true });
  mkdirSync(COPY, { recursive: true });
  for (const entry of readdirSync('.')) {
    if (NOT_COPIED.has(entry)) continue;
    cpSync(entry, path.join(COPY, entry), { recursive: true, filter: (src) => !NOT_COPIED.has(path.basename(src)) });
  }
  execSync(`cp -al node_modules ${JSON.stringify(path.join(COPY, 'node_modules'))}`);
  const config = path.join(COPY, 'next.config.mjs');
  const text = readFileSync(config, 'utf8');
  const anchor = '  experimental: {\n';
  if (!text.includes(anchor)) throw new Error('next.config.mjs has no `experimental: {` block to add serverMinification to');
  writeFileSync(config, text.replace(anchor, `${anchor}    serverMinification: false,\n`));
}

const nowMicroseconds = () => Number(process.hrtime.bigint() / 1000n);

async function profilePage(url: string, cookie: string | undefined): Promise<Map<Category, number>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'routewijzer-profile-'));
  try {
    const server = await startServer(PORT, undefined, { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${dir}` }, path.join(COPY, 'server.mjs'));
    let from: number;
    let to: number;
    try {
      const headers: Record<string, string> = cookie ? { cookie } : {};
      const opts = { url, headers, connections: CONNECTIONS, timeout: 30 };
      const check = await fetch(url, { headers: opts.headers, redirect: 'manual' });
      if (check.status !== 200) throw new Error(`${url} answered ${check.status}, not 200`);
      await heldLoad('warm-up', { ...opts, duration: WARM_UP_SECONDS });
      from = nowMicroseconds();
      const counted = await heldLoad(url, { ...opts, duration: SECONDS });
      to = nowMicroseconds();
      if (counted.errors > 0 || counted.non2xx > 0) throw new Error(`${url}: ${counted.errors} errors and ${counted.non2xx} answers other than 2xx under load`);
    } finally {
      await server.stop();
    }
    // The server's own process writes its profile as it exits; a child it started would write one too.
    const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
    const sourceOf = sourceMaps();
    const total = new Map<Category, number>();
    for (const f of files) {
      const profile = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as CpuProfile;
      for (const [c, us] of attribute(profile, from, to, sourceOf)) total.set(c, (total.get(c) ?? 0) + us);
    }
    if (total.size === 0) throw new Error(`no samples of ${url} in ${files.length} profile(s)`);
    return total;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  if (!process.argv.includes('--no-build') || !existsSync(path.join(COPY, '.next', 'BUILD_ID'))) {
    copyProject();
    // What the build says goes to stderr, so that a failed build shows why.
    execSync('npx next build && node deploy/static-csp.mjs', { cwd: COPY, stdio: ['ignore', process.stderr, 'inherit'] });
  }
  const cookies = journeyCookies();
  const columns: [string, Map<Category, number>][] = [];
  for (const [label, p, cookie] of PERSONAL_PAGES) {
    const busy = await profilePage(`http://127.0.0.1:${PORT}${p}`, cookie ? cookies[cookie] : undefined);
    columns.push([`${label} (\`${p}\`)`, shares(busy)]);
    console.error(`${label}: ${([...busy.values()].reduce((a, b) => a + b, 0) / 1e6).toFixed(1)} s busy in ${SECONDS} s`);
  }
  const pct = (v: number) => v.toFixed(1);
  const ours = (s: Map<Category, number>) => (s.get('our code') ?? 0) + (s.get('libraries our code calls') ?? 0);
  console.log(
    [
      `Share of the server's busy CPU time, % (npm run profile, ${SECONDS} s per page at ${CONNECTIONS} connections after ${WARM_UP_SECONDS} s not counted, ${new Date().toISOString().slice(0, 10)}):`,
      '',
      `| | ${columns.map(([l]) => l).join(' | ')} |`,
      `| --- |${columns.map(() => ' ---: |').join('')}`,
      ...CATEGORIES.map((c) => `| ${c} | ${columns.map(([, s]) => pct(s.get(c) ?? 0)).join(' | ')} |`),
      `| at most this much faster if our code and its libraries cost nothing | ${columns.map(([, s]) => `×${(100 / (100 - ours(s))).toFixed(2)}`).join(' | ')} |`,
    ].join('\n'),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
