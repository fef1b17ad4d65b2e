import { expect, test } from '@playwright/test';
import http from 'node:http';
import { readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { startServer, type Server } from '../../scripts/lib/server';

/*
 * English pages are rendered in the process that received the request (issue 19). The proxy
 * used to rewrite /en/x to an absolute http://localhost:PORT/x; Next took that for another
 * origin and fetched the page from itself over HTTP, a second connection per English request
 * that failed with ECONNRESET (a bare 500) whenever it reused a keep-alive socket the server
 * had just closed.
 *
 * Linux only: the sockets are read from /proc, as `ss` would.
 */

const PORT = Number(process.env.E2E_INPROCESS_PORT ?? 3110);
/** The keep-alive timeout of server.mjs (Node's default, as under next start). */
const KEEP_ALIVE_MS = 5_000;
let server: Server | undefined;
test.afterAll(async () => server?.stop());

/** Process ids whose process group is `group` (the server and anything it started). */
function processesIn(group: number): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((pid) => {
      try {
        // Fields after the command name: state ppid pgrp ...
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]) === group;
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** Socket inodes held open by these processes. */
function socketInodes(pids: number[]): Set<string> {
  const inodes = new Set<string>();
  for (const pid of pids) {
    let fds: string[] = [];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (m) inodes.add(m[1]!);
      } catch {
        /* closed meanwhile */
      }
    }
  }
  return inodes;
}

/** Established TCP connections (IPv4 and IPv6) to `port`, as [local port, inode]. */
function connectionsTo(port: number): { localPort: number; inode: string }[] {
  const rows: { localPort: number; inode: string }[] = [];
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f.length < 10 || f[3] !== '01') continue; // 01: ESTABLISHED
      const local = parseInt(f[1]!.split(':')[1]!, 16);
      const remote = parseInt(f[2]!.split(':')[1]!, 16);
      if (remote === port) rows.push({ localPort: local, inode: f[9]! });
    }
  }
  return rows;
}

/** Connections the server itself has open to its own port. */
function selfConnections(): number {
  const mine = socketInodes(processesIn(server!.group));
  return connectionsTo(PORT).filter((c) => mine.has(c.inode)).length;
}

type Reply = { status: number; rewrite: string | undefined; lang: string | undefined };

function get(agent: http.Agent, path: string, host: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port: PORT, path, agent, headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          rewrite: res.headers['x-middleware-rewrite'] as string | undefined,
          lang: /<html lang="([a-z]+)"/.exec(body)?.[1],
        }),
      );
    });
    req.on('error', reject);
  });
}

test.describe('English pages are rendered in-process', () => {
  test.describe.configure({ mode: 'serial', timeout: 120_000 });
  test.beforeAll(async () => {
    server = await startServer(PORT);
  });

  for (const host of [`127.0.0.1:${PORT}`, `localhost:${PORT}`, 'routewijzer.example.nl']) {
    test(`over one keep-alive connection, with Host ${host}, the server never connects to itself`, async () => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      try {
        for (const [path, lang] of [['/en/privacy', 'en'], ['/privacy', 'nl'], ['/en/aanbod/ips', 'en'], ['/en', 'en'], ['/aanbod/ips', 'nl']] as const) {
          const reply = await get(agent, path, host);
          expect(reply.status, path).toBe(200);
          expect(reply.lang, path).toBe(lang);
          // A rewrite that names an origin is one Next carries out over HTTP.
          expect(reply.rewrite ?? '', `${path}: x-middleware-rewrite`).not.toMatch(/^[a-z]+:\/\//i);
          // Right after the response: a self-fetch would still hold its keep-alive socket.
          expect(selfConnections(), `${path}: connections from the server to itself`).toBe(0);
        }
      } finally {
        agent.destroy();
      }
    });
  }

  test('200 English page requests spread over more than the keep-alive timeout give no 5xx', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
    const paths = ['/en', '/en/privacy', '/en/aanbod/ips', '/en/hulp', '/en/bronnen'];
    const statuses: number[] = [];
    const started = Date.now();
    try {
      // Four rounds of 50, each round after a pause of about the keep-alive timeout, the moment
      // an idle socket is closed while a reused one was about to carry the next request.
      for (let round = 0; round < 4; round++) {
        if (round > 0) await new Promise((r) => setTimeout(r, KEEP_ALIVE_MS - 150 + round * 100));
        const replies = await Promise.all(
          Array.from({ length: 50 }, (_, i) => get(agent, paths[i % paths.length]!, `127.0.0.1:${PORT}`)),
        );
        statuses.push(...replies.map((r) => r.status));
      }
    } finally {
      agent.destroy();
    }
    expect(Date.now() - started, 'the requests span more than the keep-alive timeout').toBeGreaterThan(KEEP_ALIVE_MS);
    expect(statuses).toHaveLength(200);
    expect(statuses.filter((s) => s >= 500), 'server errors').toEqual([]);
    expect(new Set(statuses)).toEqual(new Set([200]));
  });
});
