import { readFileSync } from 'node:fs';

/*
 * The floor of a Pages Router API route, the kind the advice API is (pages/api/v1/advice.ts):
 * reads the posted body and answers with the app's advice answer for the same request
 * (BENCH_FLOOR_BODY), as app/api/same-bytes/route.js does for a route handler.
 */
const body = readFileSync(process.env.BENCH_FLOOR_BODY ?? '/dev/null');

export const config = { api: { bodyParser: false } };

export default async function handler(req, res) {
  for await (const _ of req);
  res.setHeader('content-type', 'application/json');
  res.setHeader('content-length', body.length);
  res.end(body);
}
