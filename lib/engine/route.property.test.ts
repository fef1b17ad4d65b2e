import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '@/tests/support/property-runs';
import { loadCatalogue } from '@/lib/catalogue/load';
import { advise } from '@/lib/engine/advise';
import { ACTION_IDS, LIMITS } from '@/lib/engine/route';
import { answersArb } from '@/tests/support/arbitraries';

const catalogue = loadCatalogue();
const routeIds = new Set(catalogue.routes.map((r) => r.id));

describe('the recommended route: properties (fast-check)', () => {
  it('is small, never repeats an id, never holds a route that does not fit, and names only known ids', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const out = advise(a, catalogue, 'nl');
        const { firstStep, then, alternatives, alongside, checkFirst } = out.route;
        expect(then.length).toBeLessThanOrEqual(LIMITS.then);
        expect(alternatives.length).toBeLessThanOrEqual(LIMITS.alternatives);
        expect(alongside.length).toBeLessThanOrEqual(LIMITS.alongside);
        expect(checkFirst.length).toBeLessThanOrEqual(LIMITS.checkFirst);
        expect(firstStep.why.length).toBeGreaterThanOrEqual(1);
        expect(firstStep.why.length).toBeLessThanOrEqual(LIMITS.why);
        const routeIdsInRoute = [...(firstStep.type === 'route' ? [firstStep.id] : []), ...then.map((t) => t.id), ...alternatives.map((x) => x.id)];
        expect(routeIdsInRoute.length).toBeLessThanOrEqual(1 + 2 + 3);
        const all = [firstStep.id, ...then.map((t) => t.id), ...alternatives.map((x) => x.id), ...alongside.map((x) => x.id)];
        expect(new Set(all).size).toBe(all.length);
        const notSuitable = new Set(out.notSuitable.map((r) => r.id));
        for (const id of all) expect(notSuitable.has(id), `${id} does not fit but is in the route`).toBe(false);
        if (firstStep.type === 'action') expect(ACTION_IDS).toContain(firstStep.id);
        else {
          expect(routeIds.has(firstStep.id)).toBe(true);
          // Never a first step without a way in: its own, a party to ask, or the provider's link.
          const r = catalogue.routes.find((x) => x.id === firstStep.id)!;
          expect('text' in r.access.how || r.access.how.askAt !== 'provider' || r.links.length > 0).toBe(true);
          expect(firstStep.howToStart).not.toMatch(/^Onbekend/);
        }
      }),
      { numRuns: runs(2000) },
    );
  });

  it('in a crisis gives crisis-help and nothing after it', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const { route } = advise({ ...a, situation: { ...a.situation, crisis: true } }, catalogue, 'nl');
        expect(route.firstStep.id).toBe('crisis-help');
        expect([route.then, route.alternatives, route.alongside]).toEqual([[], [], []]);
      }),
      { numRuns: runs(300) },
    );
  });

  it('in a crisis no reason anywhere talks about speed', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const out = advise({ ...a, situation: { ...a.situation, crisis: true } }, catalogue, 'nl');
        const texts = [...out.recommended, ...out.conditional].flatMap((r) => r.reasons.map((x) => x.text));
        expect(texts.filter((t) => /snel/i.test(t))).toEqual([]);
      }),
      { numRuns: runs(300) },
    );
  });

  it('gives employees the employer and bedrijfsarts first, never the gemeente gap', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom('employed' as const, 'sick-listed' as const), (a, work) => {
        const out = advise({ ...a, situation: { ...a.situation, work, crisis: false } }, catalogue, 'nl');
        expect(out.route.firstStep.id).toBe('employer-and-bedrijfsarts');
      }),
      { numRuns: runs(300) },
    );
  });
});
