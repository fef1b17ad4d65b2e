import { expect, test } from '@playwright/test';
import http from 'node:http';
import net from 'node:net';
import { startServer, type Server } from '../../scripts/lib/server';

/*
 * Slow clients are cut off once no real client would still be sending (issue 13). Under
 * `next start`, with Node's defaults, a client sending its headers a byte at a time held its
 * connection for 65 s and one trickling a body for 305 s before a 408; a 20 kB Cookie header
 * got 431. server.mjs sets the timeouts and the header limit itself.
 *
 * One server with short timeouts from the environment (2 s for the headers, 4 s for the whole
 * request) for the details, and one with the shipped values (10 s, 30 s) for the two cut-offs.
 * The time bounds below are the timeouts' own, not performance: Node checks them every
 * `connectionsCheckingInterval` (server.mjs), so a cut comes at most that much late.
 */

const PORT = Number(process.env.E2E_SLOW_PORT ?? 3112);
const DEFAULTS_PORT = PORT + 1;
const SHORT = { headers: 2_000, request: 4_000 };
const SHIPPED = { headers: 10_000, request: 30_000 };
/** How late a cut may come: the checking interval (at most 1 s) and a loaded 2-core machine. */
const LATE_MS = 2_500;

let server: Server | undefined;
let shipped: Server | undefined;
test.afterAll(async () => {
  await server?.stop();
  await shipped?.stop();
});

type Cut = { ms: number; reply: string; closed: boolean };

/**
 * Opens a connection, writes `head` at once, then `drip()` every `everyMs` until the server
 * closes the connection (or `giveUpMs` passes: then `closed` is false). `reply` is what the
 * server sent back.
 */
function trickle(port: number, head: string, drip: () => string, everyMs: number, giveUpMs: number): Promise<Cut> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = net.connect({ host: '127.0.0.1', port });
    let reply = '';
    let timer: NodeJS.Timeout | undefined;
    const done = (closed: boolean) => {
      clearInterval(timer);
      clearTimeout(giveUp);
      socket.destroy();
      resolve({ ms: Date.now() - started, reply, closed });
    };
    const giveUp = setTimeout(() => done(false), giveUpMs);
    socket.setEncoding('latin1');
    socket.on('data', (d: string) => (reply += d));
    socket.on('close', () => done(true));
    socket.on('error', () => undefined); // a write after the server's close: 'close' follows
    socket.on('connect', () => {
      socket.write(head);
      timer = setInterval(() => {
        if (!socket.destroyed) socket.write(drip());
      }, everyMs);
    });
  });
}

/** A request's headers a byte at a time, ten bytes a second, never finished. */
const slowHeaders = (port: number, giveUpMs: number) =>
  trickle(port, 'GET /privacy HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ', () => 'a', 100, giveUpMs);

/**
 * Complete headers announcing a body the route takes (a plan file of 1,000,000 bytes; 60,000 bytes
 * for the API, which refuses a declared 64 kB and more at once), then 100 bytes a second of it.
 */
function slowBody(port: number, path: string, contentType: string, giveUpMs: number): Promise<Cut> {
  const length = path.startsWith('/api/') ? 60_000 : 1_000_000;
  const head =
    `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: ${contentType}\r\n` +
    `Sec-Fetch-Site: same-origin\r\nOrigin: http://127.0.0.1:${port}\r\nContent-Length: ${length}\r\n\r\n`;
  return trickle(port, head, () => 'b'.repeat(10), 100, giveUpMs);
}

/** One plain GET with `cookie` as its Cookie header; the status. */
function getWithCookie(port: number, cookie: string, agent: http.Agent | false = false): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/privacy', agent, headers: { cookie } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
  });
}

/** `n` bytes of cookies the app does not know, in pieces of about 2 kB, as a split session would be. */
function cookies(n: number): string {
  const parts: string[] = [];
  for (let i = 0, length = 0; length < n; i++) {
    const part = `rw_test_${i}=${'c'.repeat(2_000)}`;
    parts.push(part);
    length += part.length + 2;
  }
  return parts.join('; ');
}

function expectCutWith408(cut: Cut, timeoutMs: number, what: string) {
  expect(cut.closed, `${what}: the server closed the connection`).toBe(true);
  expect(cut.reply.split('\r\n')[0], `${what}: the server's answer`).toBe('HTTP/1.1 408 Request Timeout');
  // The client's clock starts a moment before the server's.
  expect(cut.ms, `${what}: not before the timeout`).toBeGreaterThanOrEqual(timeoutMs - 100);
  expect(cut.ms, `${what}: soon after the timeout`).toBeLessThan(timeoutMs + LATE_MS);
}

test.describe('slow clients, short timeouts from the environment', () => {
  test.describe.configure({ mode: 'serial', timeout: 60_000 });
  test.beforeAll(async () => {
    server = await startServer(PORT, undefined, {
      ROUTEWIJZER_HEADERS_TIMEOUT_MS: String(SHORT.headers),
      ROUTEWIJZER_REQUEST_TIMEOUT_MS: String(SHORT.request),
    });
  });

  test('headers sent a byte at a time are cut with 408 after the headers timeout', async () => {
    const cut = await slowHeaders(PORT, SHORT.headers + LATE_MS + 2_000);
    expectCutWith408(cut, SHORT.headers, 'slow headers');
  });

  test('a body trickled to the plan upload and to the API is cut with 408 after the request timeout', async () => {
    const [upload, api] = await Promise.all([
      slowBody(PORT, '/plan/openen/bestand', 'multipart/form-data; boundary=x', SHORT.request + LATE_MS + 2_000),
      slowBody(PORT, '/api/v1/advice', 'application/json', SHORT.request + LATE_MS + 2_000),
    ]);
    expectCutWith408(upload, SHORT.request, 'plan upload');
    expectCutWith408(api, SHORT.request, 'API');
  });

  test('cookies of 20 kB are served; headers over 32 kB get 431', async () => {
    expect(await getWithCookie(PORT, cookies(20_000))).toBe(200);
    expect(await getWithCookie(PORT, cookies(34_000))).toBe(431);
  });

  test('an idle keep-alive connection longer than the headers timeout still carries the next request', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      expect(await getWithCookie(PORT, 'a=1', agent)).toBe(200);
      // Idle for longer than the headers timeout, shorter than the keep-alive timeout (5 s).
      await new Promise((r) => setTimeout(r, SHORT.headers + 1_000));
      expect(await getWithCookie(PORT, 'a=1', agent)).toBe(200);
    } finally {
      agent.destroy();
    }
  });
});

test('with the shipped timeouts, slow headers are cut after 10 s and a slow body after 30 s', async () => {
  test.setTimeout(90_000);
  shipped = await startServer(DEFAULTS_PORT);
  const [headers, body] = await Promise.all([
    slowHeaders(DEFAULTS_PORT, SHIPPED.headers + LATE_MS + 5_000),
    slowBody(DEFAULTS_PORT, '/plan/openen/bestand', 'multipart/form-data; boundary=x', SHIPPED.request + LATE_MS + 5_000),
  ]);
  const seen = (c: Cut) => `${c.closed ? 'cut' : 'still open'} after ${c.ms} ms`;
  console.log(`shipped timeouts: slow headers ${seen(headers)}, slow body ${seen(body)}`);
  expectCutWith408(headers, SHIPPED.headers, 'slow headers');
  expectCutWith408(body, SHIPPED.request, 'slow body');
  // The server still serves, with a 20 kB Cookie header.
  expect(await getWithCookie(DEFAULTS_PORT, cookies(20_000))).toBe(200);
});
