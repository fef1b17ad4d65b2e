/*
 * A small program that calls POST /api/v1/advice with fetch, typed by the generated
 * api.d.ts. `npm run api:check` type-checks it (tsc -p clients/typescript), so a change to
 * the contract that breaks callers like this one fails the build.
 *
 * Run it against a server (Node 20+):
 *   npx tsx clients/typescript/example.ts http://127.0.0.1:3000
 */
import type { components, operations } from './api';

export type AdviceRequest = components['schemas']['AdviceRequest'];
export type Advice = components['schemas']['Advice'];
export type ApiError = components['schemas']['Error'];
type AdviceResponses = operations['getAdvice']['responses'];

export type AdviceResult =
  | { ok: true; advice: Advice }
  | { ok: false; status: 400 | 403 | 413 | 415 | 422; error: ApiError }
  | { ok: false; status: number; error?: undefined };

/** POST /api/v1/advice on `baseUrl` (e.g. https://routewijzer.example). */
export async function getAdvice(baseUrl: string, request: AdviceRequest): Promise<AdviceResult> {
  const res = await fetch(new URL('/api/v1/advice', baseUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  });
  switch (res.status) {
    case 200: {
      const advice: AdviceResponses[200]['content']['application/json'] = await res.json();
      return { ok: true, advice };
    }
    case 400:
    case 403:
    case 413:
    case 415:
    case 422: {
      const error: AdviceResponses[422]['content']['application/json'] = await res.json();
      return { ok: false, status: res.status, error };
    }
    default:
      return { ok: false, status: res.status };
  }
}

const request: AdviceRequest = {
  situation: {
    condition: 'mental-health',
    severity: 'severe',
    age: 35,
    municipality: '0153',
    work: 'none',
    benefit: 'bijstand',
    care: 'specialist-ggz',
    careProvider: 'dimence',
    careOverOneYear: true,
  },
  wish: { goal: 'paid-work', support: ['find-job-fast', 'treatment-and-work'], pace: 'fast' },
};

async function main(baseUrl: string) {
  const result = await getAdvice(baseUrl, request);
  if (!result.ok) {
    console.error(`HTTP ${result.status}`, result.error ? `${result.error.error}: ${result.error.errors.map((e) => `${e.path} ${e.message}`).join('; ')}` : '');
    process.exitCode = 1;
    return;
  }
  const { route, recommended, signals } = result.advice;
  console.log(`First step (${route.rule}): ${route.firstStep.title}`);
  for (const step of route.then) console.log(`  then ${step.id}: ${step.whenText}`);
  console.log(`Recommended: ${recommended.map((r) => `${r.rank ?? '-'}. ${r.name}`).join(', ')}`);
  for (const s of signals) console.log(`Signal ${s.id}: ${s.title}`);
}

const baseUrl = process.argv[2];
if (baseUrl) await main(baseUrl);
