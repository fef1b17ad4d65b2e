import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '@/lib/answers/schema';
import { loadCatalogue } from '@/lib/catalogue/load';
import { isRouteToWork } from '@/lib/catalogue/schema';
import { routeStatus } from '@/lib/engine/evaluate';
import { fieldsRestrictedBy, relevantFields, type RelevantField } from '@/lib/engine/relevance';
import { answersArb } from '@/tests/support/arbitraries';
import { runs } from '@/tests/support/property-runs';
import { PEOPLE } from '@/tests/support/personas';

const catalogue = loadCatalogue();

/** The definition, route by route: every field of every route to work not ruled out. */
function everyRoute(a: Answers): Set<RelevantField> {
  const code = a.situation.municipality;
  const gemeente = code ? catalogue.regions.gemeenten.get(code) : undefined;
  const out = new Set<RelevantField>();
  for (const route of catalogue.routes) {
    if (isRouteToWork(route.kind) && routeStatus(route, a, gemeente) !== 'fail') for (const f of fieldsRestrictedBy(route)) out.add(f);
  }
  return out;
}

/*
 * relevantFields decides which questions the wizard asks. It skips routes whose fields are all
 * in already; that must never change the answer.
 */
describe('relevantFields', () => {
  it('gives the fields of every route to work that is not ruled out, for any answers', () => {
    const sizes = new Set<number>();
    fc.assert(
      fc.property(answersArb, (a) => {
        const fields = relevantFields(a, catalogue);
        expect([...fields].sort()).toEqual([...everyRoute(a)].sort());
        sizes.add(fields.size);
      }),
      { numRuns: runs(600) },
    );
    // The answers ruled routes in and out: the sets were not all the same size.
    expect(sizes.size).toBeGreaterThan(2);
  });

  it('for the seed personas', () => {
    for (const [name, a] of Object.entries(PEOPLE)) expect([...relevantFields(a, catalogue)].sort(), name).toEqual([...everyRoute(a)].sort());
  });
});
