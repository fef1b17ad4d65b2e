/*
 * npm run attack — the production build attacked on purpose, on loopback only and bounded in
 * time (about 3 minutes on 2 cores; `--quick` for a smaller run). Each row is one kind of
 * attack: how many requests, how many got a server error (5xx), how many got another answer
 * than they must (e.g. a cross-site post that was not refused), and the server's peak resident
 * memory during that row. Prints the table, writes it into docs/security.md between its
 * markers, and exits 1 on any 5xx or wrong answer.
 *
 * Rows: the API fuzzer, every server action the build exposes, the plan upload, oversized
 * bodies (declared and chunked), slow headers and bodies, tampered cookies on every page that
 * reads them, and cross-site posts to every form and action.
 */
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import { encodeSession, freshSession } from '@/lib/journey/session';
import { encodeMeeting } from '@/lib/meeting/codec';
import { emptyMeeting, giveConsent } from '@/lib/meeting/meeting';
import { groupRssMb } from './lib/proc';
import { serverActions } from './lib/actions';
import { startServer } from './lib/server';

const PORT = Number(process.env.ATTACK_PORT ?? 3293);
const HOST = '127.0.0.1';
const BASE = `http://${HOST}:${PORT}`;
const quick = process.argv.includes('--quick');
const scale = quick ? 0.2 : 1;

type Row = { attack: string; attempts: number; serverErrors: number; wrong: number; peakMb: number; note: string };
type Outcome = { status: number; cookie?: string };
/** What a request must get: true when the answer is right. */
type Want = (o: Outcome) => boolean;

/** A seeded generator, so a run can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  const next = () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]! };
}
const rnd = random(2026);

async function request(path: string, init: { method?: string; headers?: Record<string, string>; body?: BodyInit }): Promise<Outcome> {
  try {
    const res = await fetch(BASE + path, { method: init.method ?? 'POST', headers: init.headers, body: init.body, redirect: 'manual', signal: AbortSignal.timeout(30_000) });
    await res.arrayBuffer().catch(() => undefined);
    return { status: res.status, cookie: res.headers.get('set-cookie') ?? undefined };
  } catch {
    return { status: 0 };
  }
}

/** Runs `attempts` in batches of `parallel`, sampling the server's memory meanwhile. */
async function row(attack: string, group: number, jobs: (() => Promise<{ outcome: Outcome; want: Want }>)[], parallel = 8, note = ''): Promise<Row> {
  let peak = groupRssMb(group);
  const timer = setInterval(() => (peak = Math.max(peak, groupRssMb(group))), 50);
  let serverErrors = 0;
  let wrong = 0;
  for (let i = 0; i < jobs.length; i += parallel) {
    const done = await Promise.all(jobs.slice(i, i + parallel).map((j) => j()));
    for (const { outcome, want } of done) {
      if (outcome.status >= 500) serverErrors++;
      else if (!want(outcome)) wrong++;
    }
  }
  clearInterval(timer);
  return { attack, attempts: jobs.length, serverErrors, wrong, peakMb: Math.round(peak), note };
}

const clientError: Want = (o) => o.status >= 400 && o.status < 500 && !o.cookie;
const noServerError: Want = (o) => o.status > 0 && o.status < 500;

// ---------------------------------------------------------------- generators

const JUNK = ['', 'null', '[null]', '{"__proto__":{"x":1}}', '<script>alert(1)</script>', 'ä'.repeat(300), '9'.repeat(400), '[[[[[[[[', '\u0000\ud800', '🙂'.repeat(100)];
const VALID_ADVICE = {
  situation: { condition: 'mental-health', severity: 'severe', age: 35, municipality: '0153', work: 'none', benefit: 'bijstand', care: 'specialist-ggz' },
  wish: { goal: 'paid-work', support: ['find-job-fast'], pace: 'fast' },
};

/** A random JSON value, sometimes deep, sometimes wide, sometimes a mutated valid body. */
function randomJson(depth = 0): unknown {
  const k = rnd.int(depth > 6 ? 4 : 9);
  if (k === 0) return null;
  if (k === 1) return rnd.next() * 1e12 - 5e11;
  if (k === 2) return rnd.pick(JUNK);
  if (k === 3) return rnd.next() < 0.5;
  if (k === 4) return Array.from({ length: rnd.int(5) }, () => randomJson(depth + 1));
  if (k === 5) return Object.fromEntries(Array.from({ length: rnd.int(6) }, () => [rnd.pick(['situation', 'wish', 'age', 'benefit', 'x', '__proto__', 'constructor', rnd.pick(JUNK)]), randomJson(depth + 1)]));
  const body = structuredClone(VALID_ADVICE) as Record<string, Record<string, unknown>>;
  const part = rnd.pick(['situation', 'wish'] as const);
  body[part]![rnd.pick(['age', 'benefit', 'goal', 'support', 'municipality', 'pace', 'extra'])] = randomJson(depth + 1);
  return body;
}
/** A value for a URL or cookie: lone surrogates replaced, so that encoding cannot throw. */
const urlSafe = (v: string) => encodeURIComponent(v.replace(/[\ud800-\udfff]/g, '\ufffd'));
const nested = (n: number) => '['.repeat(n) + ']'.repeat(n);

function apiJobs(n: number) {
  const jobs: (() => Promise<{ outcome: Outcome; want: Want }>)[] = [];
  for (let i = 0; i < n; i++) {
    const kind = rnd.int(10);
    let body: string;
    let type = 'application/json';
    if (kind === 0) body = nested(5_000 + rnd.int(20_000));
    else if (kind === 1) body = JSON.stringify({ ...VALID_ADVICE, [rnd.pick(JUNK)]: 'x'.repeat(rnd.int(70_000)) });
    else if (kind === 2) {
      body = 'situation=1';
      type = rnd.pick(['text/plain', 'application/x-www-form-urlencoded', '', 'application/json; charset=latin1']);
    }
    else if (kind === 3) body = JSON.stringify(Object.fromEntries(Array.from({ length: 2_000 }, (_, j) => [`k${j}`, j])));
    else body = JSON.stringify(randomJson());
    jobs.push(async () => ({ outcome: await request('/api/v1/advice', { headers: type ? { 'content-type': type } : {}, body }), want: noServerError }));
  }
  for (const path of ['/api/v1/catalogue', '/api/v1/openapi.json', '/api/v1/plan-schema']) {
    for (let i = 0; i < 10; i++) {
      const q = `?${rnd.pick(['locale', 'lang', 'x', '__proto__'])}=${urlSafe(rnd.pick(JUNK))}`;
      jobs.push(async () => ({ outcome: await request(path + q, { method: rnd.pick(['GET', 'POST', 'PUT', 'DELETE']) }), want: noServerError }));
    }
  }
  return jobs;
}

const actions = () => serverActions();
const same = { 'sec-fetch-site': 'same-origin', origin: 'null' };
const form = (fields: [string, string][]) => {
  const f = new FormData();
  for (const [k, v] of fields) f.append(k, v);
  return f;
};

function actionJobs(rounds: number) {
  const jobs: (() => Promise<{ outcome: Outcome; want: Want }>)[] = [];
  for (const { id, path } of actions()) {
    const readsForm = (parseInt(id.slice(0, 2), 16) & 0x40) !== 0;
    for (const type of ['text/plain;charset=UTF-8', 'application/json', 'application/octet-stream']) {
      for (const body of ['[null]', '[]', '["$K1"]', 'garbage']) {
        const real = type.startsWith('text/plain') && body === '[]' && !readsForm;
        jobs.push(async () => ({ outcome: await request(path, { headers: { ...same, 'next-action': id, 'content-type': type }, body }), want: real ? noServerError : clientError }));
      }
    }
    for (const args of ['[null]', '[]', '[nul', '{"a":1}', '["$K1","$K2"]', '["$Q1"]', '[1]', '["$@0"]']) {
      jobs.push(async () => ({ outcome: await request(path, { headers: { ...same, 'next-action': id }, body: form([['0', args]]) }), want: clientError }));
    }
    jobs.push(async () => ({
      outcome: await request(path, { headers: same, body: form([['$ACTION_REF_1', ''], ['$ACTION_1:0', JSON.stringify({ id, bound: '$@1' })], ['$ACTION_1:1', '[{']]) }),
      want: clientError,
    }));
    for (let i = 0; i < rounds; i++) {
      const fields: [string, string][] = Array.from({ length: 1 + rnd.int(8) }, () => [
        rnd.pick(['question', 'answer', 'route', 'party', 'who', 'what', 'when', 'purpose', 'priority', 'result', 'share', 'x']),
        rnd.pick(JUNK),
      ]);
      jobs.push(async () => ({ outcome: await request(path, { headers: { ...same, 'next-action': id }, body: form([['0', '["$K1"]'], ...fields.map(([k, v]) => [`1_${k}`, v] as [string, string])]) }), want: noServerError }));
      jobs.push(async () => ({ outcome: await request(path, { headers: same, body: form([[`$ACTION_ID_${id}`, ''], ...fields]) }), want: noServerError }));
    }
  }
  return jobs;
}

function uploadJobs(n: number) {
  const valid = JSON.stringify({ format: 'routewijzer-werk-plan', version: 2, saved: '2026-12-01T10:00:00.000Z', catalogue: { version: '1.2.0', date: '2026-12-03' }, journey: {}, meeting: null });
  const jobs: (() => Promise<{ outcome: Outcome; want: Want }>)[] = [];
  for (let i = 0; i < n; i++) {
    const kind = rnd.int(8);
    const text =
      kind === 0
        ? nested(100_000)
        : kind === 1
          ? `{"version":${nested(50_000)}}`
          : kind === 2
            ? valid.replace(/"[a-z]+"/, JSON.stringify(rnd.pick(JUNK)))
            : kind === 3
              ? 'x'.repeat(900_000 + rnd.int(300_000))
              : kind === 4
                ? Buffer.from(Array.from({ length: 2_000 }, () => rnd.int(256))).toString('latin1')
                : JSON.stringify(randomJson());
    const f = new FormData();
    f.append(rnd.next() < 0.9 ? 'plan' : 'other', new Blob([text]), 'plan.json');
    const path = rnd.pick(['/plan/openen/bestand', '/en/plan/openen/bestand']);
    // A bad file goes back to its form (303) with a message; nothing is set but that message's cookie.
    jobs.push(async () => ({ outcome: await request(path, { headers: same, body: f }), want: (o) => o.status === 303 && !/routewijzer=|routewijzer-gesprek/.test(o.cookie ?? '') }));
  }
  jobs.push(async () => ({ outcome: await request('/plan/openen/bestand', { headers: { ...same, 'content-type': 'multipart/form-data; boundary=zz' }, body: '--zz\r\nbroken' }), want: (o) => o.status === 303 }));
  return jobs;
}

/** One large post, sent in pieces; resolves with the status, or 0 when the server cut it off. */
function bigPost(path: string, bytes: number, chunked: boolean, type: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const headers: Record<string, string> = { 'content-type': type, ...same };
    if (!chunked) headers['content-length'] = String(bytes);
    const req = http.request({ host: HOST, port: PORT, path, method: 'POST', headers, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
      res.on('error', () => resolve({ status: res.statusCode ?? 0 }));
    });
    req.setTimeout(60_000, () => req.destroy());
    req.on('error', () => resolve({ status: 0 }));
    const piece = Buffer.alloc(256 * 1024, 0x61);
    let sent = 0;
    const write = () => {
      while (sent < bytes) {
        sent += piece.length;
        if (!req.write(piece)) return void req.once('drain', write);
      }
      req.end();
    };
    write();
  });
}

function oversizedJobs(n: number) {
  const targets: [string, string][] = [
    ['/api/v1/advice', 'application/json'],
    ['/plan/openen/bestand', 'multipart/form-data; boundary=x'],
    ['/vragen/leeftijd', 'multipart/form-data; boundary=x'],
    ['/aanbod/filter', 'application/x-www-form-urlencoded'],
  ];
  return Array.from({ length: n }, (_, i) => {
    const [path, type] = targets[i % targets.length]!;
    // Refused (413, or 303 back to the upload form), or the connection cut: never taken in.
    return async () => ({ outcome: await bigPost(path, 9 * 1024 * 1024, i % 2 === 1, type), want: (o: Outcome) => o.status === 0 || o.status === 413 || o.status === 303 });
  });
}

/** A client that sends its request a byte at a time, every `everyMs`; resolves with how long the server kept it. */
function slowClient(kind: 'headers' | 'body', everyMs: number, limitMs: number): Promise<{ seconds: number; status: number }> {
  return new Promise((resolve) => {
    const start = Date.now();
    const socket = net.connect(PORT, HOST);
    let status = 0;
    let timer: NodeJS.Timeout | undefined;
    const done = () => {
      clearInterval(timer);
      socket.destroy();
      resolve({ seconds: (Date.now() - start) / 1000, status });
    };
    socket.on('data', (d) => (status = Number(/^HTTP\/1\.1 (\d{3})/.exec(d.toString())?.[1] ?? status)));
    socket.on('close', done);
    socket.on('error', () => undefined);
    socket.setTimeout(limitMs, done);
    socket.on('connect', () => {
      if (kind === 'body') socket.write(`POST /api/v1/advice HTTP/1.1\r\nHost: ${HOST}:${PORT}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n`);
      else socket.write('GET / HTTP/1.1\r\n');
      timer = setInterval(() => socket.write(kind === 'body' ? ' ' : 'X-a: b\r\n'), everyMs);
    });
  });
}

async function slowRow(group: number): Promise<Row> {
  let peak = groupRssMb(group);
  const timer = setInterval(() => (peak = Math.max(peak, groupRssMb(group))), 200);
  const n = Math.max(4, Math.round(20 * scale));
  const limitMs = 120_000;
  const results = await Promise.all([...Array.from({ length: n }, () => slowClient('headers', 1_000, limitMs)), ...Array.from({ length: n }, () => slowClient('body', 1_000, limitMs))]);
  clearInterval(timer);
  const heads = results.slice(0, n).map((r) => r.seconds);
  const bodies = results.slice(n).map((r) => r.seconds);
  // Held to the end of the run means the server never let go: wrong.
  const wrong = results.filter((r) => r.seconds * 1000 >= limitMs - 1000).length;
  const serverErrors = results.filter((r) => r.status >= 500).length;
  const note = `slow headers cut after ≤ ${Math.max(...heads).toFixed(1)} s, slow bodies after ≤ ${Math.max(...bodies).toFixed(1)} s`;
  return { attack: 'Slow headers and bodies (1 byte a second)', attempts: results.length, serverErrors, wrong, peakMb: Math.round(peak), note };
}

function cookieJobs() {
  const session = encodeSession(freshSession());
  const meeting = encodeMeeting(giveConsent(emptyMeeting(), 'client', '2026-12-01'));
  const flip = (v: string) => {
    const i = rnd.int(v.length);
    return v.slice(0, i) + (v[i] === 'A' ? 'B' : 'A') + v.slice(i + 1);
  };
  const values = [
    () => flip(session),
    () => session.slice(0, rnd.int(session.length)),
    () => Buffer.from(JSON.stringify(randomJson())).toString('base64url'),
    () => 'A'.repeat(3_000 + rnd.int(900)),
    () => urlSafe(rnd.pick(JUNK)),
    () => flip(meeting[0]!),
    () => `v2.2.${'x'.repeat(8)}.${meeting[0]!.split('.').at(-1)}`,
  ];
  const names = ['routewijzer', 'routewijzer-gesprek', 'routewijzer-gesprek.1', 'routewijzer-bewaren', 'routewijzer-filter', 'routewijzer-concept', 'routewijzer-planfout'];
  const pages = ['/', '/vragen/hoe-gaat-het', '/controleren', '/advies', '/advies/alle-routes', '/plan', '/plan/pdf', '/evaluatie', '/driegesprek', '/driegesprek/plan', '/intake', '/aanbod', '/plan/openen?fout=invalid', '/en/advies'];
  const jobs: (() => Promise<{ outcome: Outcome; want: Want }>)[] = [];
  for (const page of pages) {
    for (const name of names) {
      for (let i = 0; i < 3; i++) {
        const value = rnd.pick(values)();
        jobs.push(async () => ({ outcome: await request(page, { method: 'GET', headers: { cookie: `${name}=${value}` } }), want: noServerError }));
      }
    }
  }
  return jobs;
}

function crossSiteJobs() {
  const targets = [
    ...actions().map(({ id, path }) => ({ path, headers: { 'next-action': id, 'content-type': 'text/plain' }, body: '[]' as BodyInit })),
    ...['/plan/openen/bestand', '/aanbod/filter', '/bewaren', '/en/bewaren', '/vragen/leeftijd'].map((path) => ({ path, headers: {}, body: form([['bewaar', 'ja'], ['regio', '3511']]) as BodyInit })),
  ];
  const forged: Record<string, string>[] = [
    { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' },
    { 'sec-fetch-site': 'same-site', origin: 'https://sub.example' },
    { origin: 'https://evil.example' },
    { origin: 'null' },
    { 'sec-fetch-site': 'same-origin', origin: 'https://evil.example' },
  ];
  const jobs: (() => Promise<{ outcome: Outcome; want: Want }>)[] = [];
  for (const t of targets) for (const h of forged) jobs.push(async () => ({ outcome: await request(t.path, { headers: { ...t.headers, ...h }, body: t.body }), want: (o) => o.status === 403 && !o.cookie }));
  for (const h of forged) jobs.push(async () => ({ outcome: await request('/api/v1/advice', { headers: { 'content-type': 'application/json', ...h }, body: JSON.stringify(VALID_ADVICE) }), want: (o) => o.status === 403 }));
  return jobs;
}

// ---------------------------------------------------------------- run

function table(rows: Row[]): string {
  const head = '| Attack | Attempts | 5xx | Wrong answer | Peak memory (MB) | Note |\n|---|---:|---:|---:|---:|---|';
  return [head, ...rows.map((r) => `| ${r.attack} | ${r.attempts} | ${r.serverErrors} | ${r.wrong} | ${r.peakMb} | ${r.note} |`)].join('\n');
}

async function main() {
  if (!process.argv.includes('--no-build')) execSync('npm run --silent build', { stdio: 'inherit' });
  const started = Date.now();
  const server = await startServer(PORT);
  const rows: Row[] = [];
  try {
    const idle = Math.round(groupRssMb(server.group));
    rows.push({ attack: 'Fresh server, before any attack', attempts: 0, serverErrors: 0, wrong: 0, peakMb: idle, note: '' });
    rows.push(await row('API fuzzer (POST /api/v1/advice and the GET endpoints)', server.group, apiJobs(Math.round(2_000 * scale)), 16, 'random, deep, wide and oversized JSON; wrong content types'));
    rows.push(await row('Server actions, malformed (every action id in the build)', server.group, actionJobs(Math.round(6 * scale)), 8, 'wrong content types, bad arguments, bound arguments, random fields'));
    rows.push(await row('Plan upload fuzzer', server.group, uploadJobs(Math.round(150 * scale)), 4, 'deep nesting, junk, non-UTF-8, over 1 MB'));
    rows.push(await row('Oversized bodies, 9 MB, declared and chunked', server.group, oversizedJobs(Math.round(100 * scale)), 100, 'all at once, to the API, the upload, a form and a route handler'));
    rows.push(await slowRow(server.group));
    rows.push(await row('Tampered cookies on every page that reads them', server.group, cookieJobs(), 8, 'bit flips, truncation, junk, oversize, forged chunks'));
    rows.push(await row('Cross-site posts to every form, action and the API', server.group, crossSiteJobs(), 8, 'must all get 403'));
  } finally {
    await server.stop();
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  const out = table(rows);
  console.log(out);
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`;
  const section = `<!-- attack:start -->\nLast run: ${new Date().toISOString().slice(0, 10)}, ${seconds} s${quick ? ' (--quick)' : ''}, ${machine}.\n\n${out}\n<!-- attack:end -->`;
  const doc = readFileSync('docs/security.md', 'utf8');
  writeFileSync('docs/security.md', doc.replace(/<!-- attack:start -->[\s\S]*<!-- attack:end -->/, section));
  const bad = rows.reduce((n, r) => n + r.serverErrors + r.wrong, 0);
  if (bad > 0) {
    console.error(`${bad} requests got a server error or a wrong answer`);
    process.exit(1);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
