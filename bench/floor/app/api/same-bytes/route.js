import { readFileSync } from 'node:fs';

/*
 * The floor of a route handler: reads the posted body and answers with fixed bytes, those of the
 * app's advice answer for the same request (the file named in BENCH_FLOOR_BODY, written by
 * scripts/bench.ts). Nothing parsed, validated or computed.
 */
const body = readFileSync(process.env.BENCH_FLOOR_BODY ?? '/dev/null');

export async function POST(request) {
  await request.arrayBuffer();
  return new Response(body, { headers: { 'content-type': 'application/json' } });
}
