import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '@/tests/support/property-runs';
import { loadCatalogue } from '@/lib/catalogue/load';
import { availabilityResult, evaluateRoute, overallStatus, routeStatus, type Status } from '@/lib/engine/evaluate';
import { answersArb } from '@/tests/support/arbitraries';

const catalogue = loadCatalogue();
type Availability = (typeof catalogue.routes)[number]['availability'];
const KINDS: Availability['status'][] = ['available', 'unclear', 'ended', 'not-an-offer'];
// The catalogue has offers that are available and unclear today; each route under every kind of availability.
const routes = catalogue.routes.flatMap((r) => KINDS.map((status) => ({ ...r, availability: { ...r.availability, status } as Availability })));

/*
 * routeStatus is the wizard's fast question "is this route ruled out?" (lib/engine/relevance.ts):
 * it must give exactly the status the advice works from, evaluateRoute's results with the
 * route's availability, for every route and every answer.
 */
describe('routeStatus', () => {
  it('equals the overall status of every judged criterion and the availability, for every route of the catalogue under every availability', () => {
    const seen = new Set<Status>();
    const availabilities = new Set<string>();
    fc.assert(
      fc.property(answersArb, (a) => {
        const code = a.situation.municipality;
        const gemeente = code ? catalogue.regions.gemeenten.get(code) : undefined;
        for (const route of routes) {
          const results = evaluateRoute(route, a, gemeente, catalogue, 'nl');
          const availability = availabilityResult(route, 'nl');
          if (availability) results.push(availability);
          const expected = overallStatus(results);
          expect(routeStatus(route, a, gemeente), route.id).toBe(expected);
          seen.add(expected);
          availabilities.add(route.availability.status);
        }
      }),
      { numRuns: runs(600) },
    );
    // The comparison covered every outcome and every kind of availability the catalogue has.
    expect([...seen].sort()).toEqual(['ask', 'fail', 'pass']);
    expect([...availabilities].sort()).toEqual([...KINDS].sort());
  });
});
