import { readFileSync } from 'node:fs';
import path from 'node:path';

// Our stylesheet (BENCH_FLOOR_MARKUP/style.css), for the floor pages with our markup.
export function GET() {
  return new Response(readFileSync(path.join(process.env.BENCH_FLOOR_MARKUP, 'style.css')), {
    headers: { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=31536000, immutable' },
  });
}
