import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '@/tests/support/property-runs';
import { loadCatalogue } from '@/lib/catalogue/load';
import { isRouteToWork } from '@/lib/catalogue/schema';
import { advise } from '@/lib/engine/advise';
import { answersArb } from '@/tests/support/arbitraries';

const catalogue = loadCatalogue();
const ids = catalogue.routes.map((r) => r.id).sort();

describe('advise: properties (fast-check)', () => {
  it('never throws, and puts every catalogue entry in exactly one group', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const out = advise(a, catalogue, 'nl');
        const placed = [...out.recommended, ...out.conditional, ...out.notSuitable].map((r) => r.id).sort();
        expect(placed).toEqual(ids);
      }),
      { numRuns: runs(3000) },
    );
  });

  it('is deterministic: the same answers give the same advice', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        expect(advise(a, catalogue, 'nl')).toEqual(advise(structuredClone(a), catalogue, 'nl'));
      }),
      { numRuns: runs(500) },
    );
  });

  it('gives every entry at least one reason, in its own group\'s terms', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const out = advise(a, catalogue, 'nl');
        for (const r of out.notSuitable) expect(r.reasons.some((x) => x.type === 'against')).toBe(true);
        for (const r of out.conditional) expect(r.reasons.some((x) => x.type === 'check')).toBe(true);
        for (const r of out.recommended) expect(r.reasons.every((x) => x.type === 'fits')).toBe(true);
      }),
      { numRuns: runs(1000) },
    );
  });

  it('ranks recommended routes to work by score, best first, and what is not a route to work (support tools, instruments, safety nets, kinds of help) after them', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const rec = advise(a, catalogue, 'nl').recommended;
        rec.forEach((r, i) => expect(r.rank).toBe(i + 1));
        const tier = (r: (typeof rec)[number]) => (isRouteToWork(r.kind) ? 0 : 1);
        for (let i = 1; i < rec.length; i++) {
          const [x, y] = [rec[i - 1]!, rec[i]!];
          expect(tier(x)).toBeLessThanOrEqual(tier(y));
          if (tier(x) === tier(y)) expect(x.score).toBeGreaterThanOrEqual(y.score);
        }
      }),
      { numRuns: runs(500) },
    );
  });

  it('always puts the crisis signal first when a person is in acute distress', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const out = advise({ ...a, situation: { ...a.situation, crisis: true } }, catalogue, 'nl');
        expect(out.signals[0]?.id).toBe('crisis');
      }),
      { numRuns: runs(300) },
    );
  });
});
