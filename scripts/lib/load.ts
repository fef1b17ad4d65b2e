import autocannon from 'autocannon';
import http from 'node:http';

export type Load = { label: string; rps: number; p50: number; p99: number; errors: number; non2xx: number; requests: number };

/** One autocannon run, bounded in time; errors counts connection errors and timeouts. */
export async function load(label: string, opts: autocannon.Options): Promise<Load> {
  const r = await autocannon({ connections: 50, duration: 10, ...opts });
  return { label, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx, requests: r.requests.total };
}

export const loadTable = (rows: Load[]) =>
  [
    '| endpoint | requests | req/s | p50 (ms) | p99 (ms) | errors | non-2xx |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((h) => `| ${h.label} | ${h.requests} | ${Math.round(h.rps)} | ${h.p50} | ${h.p99} | ${h.errors} | ${h.non2xx} |`),
  ].join('\n');

export type HeldOptions = {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  connections: number;
  /** Seconds of measured load. */
  duration: number;
  /** Seconds before one request counts as an error. */
  timeout: number;
};

/**
 * `connections` keep-alive connections, all opened and answered once (GET /icon.svg) before
 * the clock starts, then each sends its next request as soon as the previous one is answered,
 * for `duration` seconds. Why not autocannon's own start: it opens every connection at the same
 * instant while the first requests already keep the server busy, and a busy Node server accepts
 * about one new connection per event-loop turn (docs/load.md). That measured how long the last
 * connection waited to be accepted, not how the page holds up.
 */
export async function heldLoad(label: string, o: HeldOptions): Promise<Load> {
  const target = new URL(o.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.connections, maxFreeSockets: o.connections, scheduling: 'fifo' });
  const send = (path: string, method: string, body?: string) =>
    new Promise<number>((resolve, reject) => {
      const headers = { ...(o.headers ?? {}), ...(body !== undefined ? { 'content-length': String(Buffer.byteLength(body)) } : {}) };
      const req = http.request({ agent, host: target.hostname, port: target.port, path, method, headers, timeout: o.timeout * 1000 }, (res) => {
        res.on('error', reject);
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.resume();
      });
      req.on('timeout', () => req.destroy(new Error(`timeout after ${o.timeout} s`)));
      req.on('error', reject);
      req.end(body);
    });
  try {
    await Promise.all(Array.from({ length: o.connections }, () => send('/icon.svg', 'GET')));
    const open = Object.values(agent.freeSockets).reduce((n, s) => n + (s?.length ?? 0), 0);
    if (open !== o.connections) throw new Error(`warm-up opened ${open} connections, not ${o.connections}`);

    const latencies: number[] = [];
    const problems = new Map<string, number>();
    let errors = 0;
    let non2xx = 0;
    const end = Date.now() + o.duration * 1000;
    const worker = async () => {
      while (Date.now() < end) {
        const t0 = performance.now();
        try {
          const status = await send(target.pathname + target.search, o.method ?? 'GET', o.body);
          latencies.push(performance.now() - t0);
          if (status < 200 || status > 299) non2xx++;
        } catch (e) {
          errors++;
          const key = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
          problems.set(key, (problems.get(key) ?? 0) + 1);
        }
      }
    };
    await Promise.all(Array.from({ length: o.connections }, worker));
    if (problems.size > 0) console.error(`${label}: ${[...problems].map(([k, n]) => `${n} × ${k}`).join(', ')}`);
    latencies.sort((a, b) => a - b);
    const at = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0);
    return { label, rps: latencies.length / o.duration, p50: at(0.5), p99: at(0.99), errors, non2xx, requests: latencies.length + errors };
  } finally {
    agent.destroy();
  }
}
