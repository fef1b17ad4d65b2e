import autocannon from 'autocannon';

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
