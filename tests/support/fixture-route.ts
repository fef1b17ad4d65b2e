import { loadCatalogue } from '@/lib/catalogue/load';
import type { Route } from '@/lib/catalogue/schema';

/*
 * Routes for fixture catalogues in the engine's tests: alike in everything but what a case
 * looks at, so that one rule alone decides what the person sees.
 */

export const SRC = ['004:2214'];
export const OPEN = { open: true as const, src: SRC };

const base = (() => {
  const { incomeSecurity: _, ...rest } = loadCatalogue().routes.find((r) => r.id === 'naar-werk')!;
  return rest;
})();

/** A route that fits everyone (every criterion open), nationwide, limited evidence, no supports, pace unknown. */
export function fixtureRoute(id: string, over: Partial<Route> = {}): Route {
  return {
    ...base,
    id,
    name: `Route ${id}`,
    kind: 'training',
    availability: { status: 'available', text: 'Er is plek.', src: SRC },
    eligibility: { condition: OPEN, severity: OPEN, age: OPEN, benefit: OPEN, care: OPEN, work: OPEN, goal: OPEN, other: [] },
    regions: { scope: 'nationwide', src: SRC },
    supports: [],
    pace: { unknown: true, askAt: 'provider' },
    evidence: { level: 'limited', text: 'Weinig onderzocht.', src: SRC },
    followUps: [],
    ...over,
  };
}
