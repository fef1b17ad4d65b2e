import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '@/lib/catalogue/load';
import { advise } from '@/lib/engine/advise';
import { pathOf } from '@/lib/map/path';
import { OTHER_REGION, stroomschema } from '@/lib/map/stroomschema';
import { PEOPLE } from '@/tests/support/personas';

const catalogue = loadCatalogue();
const data = stroomschema(catalogue, 'nl');

describe('a person’s path through the map', () => {
  it('takes the branch of each answer', () => {
    const path = pathOf(data, PEOPLE.bijstand28Utrecht, catalogue.regions);
    const taken = Object.fromEntries(path.map((p) => [p.point.id, p.branch?.id]));
    expect(taken).toEqual({
      condition: 'mental-health',
      severity: 'moderate',
      care: 'basic-ggz',
      work: 'none',
      benefit: 'bijstand',
      region: 'Midden-Utrecht',
      age: '28-70',
      goal: 'paid-work',
    });
  });

  it('takes no branch for an unanswered or unknown answer, and "another region" outside the named ones', () => {
    const path = pathOf(data, { situation: { severity: 'unknown', benefit: 'uwv-unknown', municipality: '0034' }, wish: {} }, catalogue.regions);
    const taken = Object.fromEntries(path.map((p) => [p.point.id, p.branch?.id]));
    expect(taken.severity).toBeUndefined();
    expect(taken.benefit).toBeUndefined();
    expect(taken.age).toBeUndefined();
    expect(taken.region).toBe(OTHER_REGION); // Almere: Flevoland, no regional route
  });

  // The map and the advice agree: a route the person's branch rules out is never advised.
  for (const [name, answers] of Object.entries(PEOPLE)) {
    it(`${name}: every route ruled out on the path is "not suitable" in the advice`, () => {
      const advice = advise(answers, catalogue, 'nl');
      const notSuitable = new Set(advice.notSuitable.map((r) => r.id));
      for (const { point, branch } of pathOf(data, answers, catalogue.regions)) {
        for (const id of branch?.out ?? []) expect(notSuitable.has(id), `${point.id}: ${id}`).toBe(true);
      }
    });
  }
});
