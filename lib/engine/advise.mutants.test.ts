import { describe, expect, it } from 'vitest';
import type { Answers, Support } from '@/lib/answers/schema';
import { loadCatalogue } from '@/lib/catalogue/load';
import type { Route } from '@/lib/catalogue/schema';
import { advise } from '@/lib/engine/advise';
import { phrases } from '@/lib/engine/phrases';
import { fixtureRoute as route, OPEN, SRC } from '@/tests/support/fixture-route';

/*
 * What advise() itself decides, beside the ranking (issue 14: its survivors): which reasons a
 * person reads for a route in each group, the rank numbers, the order of routes that do not
 * fit, where the person lives, and the verdicts the signals rest on. Fixture catalogues:
 * routes alike in all but the thing a case looks at.
 */

const catalogue = loadCatalogue();
const p = phrases('nl');

const supporting = (...values: Support[]) => values.map((value) => ({ value, src: ['004:2289-2291'] }));

/** 30, moderate complaints, no job, bijstand, in basic GGZ care with another provider, in Utrecht; wants paid work. */
const person: Answers = {
  situation: { crisis: false, condition: 'mental-health', severity: 'moderate', age: 30, municipality: '0344', work: 'none', benefit: 'bijstand', care: 'basic-ggz', careProvider: 'other' },
  wish: { goal: 'paid-work' },
};
const wanting = (support: Support[]): Answers => ({ ...person, wish: { ...person.wish, support } });
const on = (answers: Answers, routes: Route[]) => advise(answers, { ...catalogue, routes }, 'nl');

/** Every criterion on one answer stated, and met by `person`. */
const stated = route('a-stated', {
  eligibility: {
    condition: { in: ['mental-health'], src: SRC },
    severity: { in: ['moderate'], src: SRC },
    age: { min: 18, src: SRC },
    benefit: { in: ['bijstand'], src: SRC },
    care: { in: ['basic-ggz'], src: SRC },
    work: { in: ['none'], src: SRC },
    goal: { in: ['paid-work'], src: SRC },
    other: [],
  },
});
const ECHOES = ['situation.condition', 'situation.severity', 'situation.age', 'situation.benefit', 'situation.care', 'situation.work', 'wish.goal'];

describe('the reasons a person reads for a route that fits', () => {
  it('with nothing else in its favour, it says which of your answers it fits, one per criterion', () => {
    const [r] = on(person, [stated]).recommended;
    expect(r!.reasons.map((x) => x.answers)).toEqual(ECHOES.map((x) => [x]));
    expect(r!.reasons.every((x) => x.type === 'fits')).toBe(true);
  });

  it('with something in its favour, it says only that: not your own answers back', () => {
    const withSkills = { ...stated, supports: supporting('skills') };
    expect(on(wanting(['skills']), [withSkills]).recommended[0]!.reasons).toEqual([
      { type: 'fits', text: p.labels.supportMatch.skills, answers: ['wish.support'], sources: ['004:2289-2291'] },
    ]);
  });

  it('a criterion that says more than your answer (your care provider, a combined rule) is said beside what is in its favour', () => {
    const tied = route('a-tied', {
      supports: supporting('skills'),
      eligibility: {
        ...stated.eligibility,
        careProvider: { in: ['other'], src: ['004:1719-1720'] },
        other: [{ label: 'Bijstand en GGZ', anyOf: [[{ field: 'benefit', in: ['bijstand'] }, { field: 'care', in: ['basic-ggz'] }]], src: ['002:640'], reason: { pass: 'Jij past hierbij.', ask: 'Vraag het na.', fail: 'Jij past hier niet bij.' } }],
      },
    });
    const reasons = on(wanting(['skills']), [tied]).recommended[0]!.reasons;
    expect(reasons.map((x) => x.answers)).toEqual([['wish.support'], ['situation.careProvider'], ['situation.benefit', 'situation.care']]);
    expect(reasons[2]!.text).toBe('Jij past hierbij.');
  });

  it('a regional route where you live says it is for your region, and where your place in the region is to check, it does not', () => {
    const here = route('b-here', { regions: { scope: 'regional', arbeidsmarktregios: ['Midden-Utrecht'], src: ['004:1438-1441'] } });
    const maybe = route('c-maybe', { regions: { scope: 'regional', arbeidsmarktregios: ['Midden-Utrecht'], gemeenten: ['0307'], src: ['004:1438-1441'] } });
    const advice = on(person, [here, maybe]);
    expect(advice.recommended.map((r) => r.id)).toEqual(['b-here']);
    expect(advice.recommended[0]!.reasons.map((x) => x.text)).toContain(p.rank.regional());
    expect(advice.conditional.map((r) => r.id)).toEqual(['c-maybe']);
    expect(advice.conditional[0]!.reasons.map((x) => x.text)).not.toContain(p.rank.regional());
    // The check, once: not repeated as something in its favour.
    expect(advice.conditional[0]!.reasons).toEqual([expect.objectContaining({ type: 'check', answers: ['situation.municipality'] })]);
  });
});

describe('the other groups', () => {
  const checkCare = route('b-check', { eligibility: { ...openEligibility(), care: { in: ['specialist-ggz'], ask: ['basic-ggz'], src: SRC } }, supports: supporting('skills') });
  const notForYou = route('c-not', { eligibility: { ...openEligibility(), benefit: { in: ['ww'], src: SRC } }, supports: supporting('skills') });

  it('to check: what to check first, then what is in its favour', () => {
    const [r] = on(wanting(['skills']), [checkCare]).conditional;
    expect(r!.reasons.map((x) => [x.type, x.answers])).toEqual([
      ['check', ['situation.care']],
      ['fits', ['wish.support']],
    ]);
  });

  it('not suitable: only what rules it out, nothing in its favour, and no rank', () => {
    const advice = on(wanting(['skills']), [notForYou, route('a-fits'), checkCare]);
    expect(advice.notSuitable).toHaveLength(1);
    expect(advice.notSuitable[0]!.reasons.map((x) => [x.type, x.answers])).toEqual([['against', ['situation.benefit']]]);
    expect('rank' in advice.notSuitable[0]!).toBe(false);
    expect(advice.recommended.map((r) => r.rank)).toEqual([1]);
    expect(advice.conditional.map((r) => r.rank)).toEqual([1]);
  });

  it('ranks count from 1 within each group', () => {
    const advice = on(person, [route('a-one'), route('b-two'), route('c-three')]);
    expect(advice.recommended.map((r) => [r.id, r.rank])).toEqual([['a-one', 1], ['b-two', 2], ['c-three', 3]]);
  });
});

function openEligibility(): Route['eligibility'] {
  return { condition: OPEN, severity: OPEN, age: OPEN, benefit: OPEN, care: OPEN, work: OPEN, goal: OPEN, other: [] };
}

describe('routes that do not fit are listed by name, then by id', () => {
  const ww = { ...openEligibility(), benefit: { in: ['ww' as const], src: SRC } };
  const named = (id: string, name: string) => route(id, { name, eligibility: ww });

  it('by name in both languages, whatever the catalogue order; equal names by id', () => {
    const routes = [named('d', 'Zorg en werk'), named('b', 'Aan de slag'), named('c', 'Aan de slag'), named('a', 'Werkfit')];
    for (const locale of ['nl', 'en'] as const) {
      expect(advise(person, { ...catalogue, routes }, locale).notSuitable.map((r) => r.id)).toEqual(['b', 'c', 'a', 'd']);
      // Asked again, the same order.
      expect(advise(person, { ...catalogue, routes }, locale).notSuitable.map((r) => r.id)).toEqual(['b', 'c', 'a', 'd']);
    }
    const reversed = [named('c', 'Aan de slag'), named('b', 'Aan de slag')];
    expect(on(person, reversed).notSuitable.map((r) => r.id)).toEqual(['b', 'c']);
  });
});

describe('where the person lives, and which catalogue', () => {
  it('names the gemeente and its arbeidsmarktregio, and the catalogue version and date', () => {
    const advice = advise(person, catalogue, 'nl');
    expect(advice.location).toEqual({ municipality: '0344', name: 'Utrecht', arbeidsmarktregio: 'Midden-Utrecht' });
    expect(advice.catalogue).toEqual({ version: catalogue.meta.version, date: catalogue.meta.date });
  });

  it('without a gemeente, no location', () => {
    const { municipality: _, ...situation } = person.situation;
    expect(advise({ ...person, situation }, catalogue, 'nl').location).toBeUndefined();
  });
});

describe('the verdicts the signals rest on', () => {
  const severe: Answers = { ...person, situation: { ...person.situation, severity: 'severe', care: 'specialist-ggz', careProvider: 'dimence', municipality: '0014' } };
  const ids = (answers: Answers, routes: Route[]) => on(answers, routes).signals.map((s) => s.id);

  it('an integrated route tied to your own care provider is a sure offer: no "no integrated offer" signal (004:2231-2237)', () => {
    const tied = route('a-integrated', { kind: 'integrated-care-work', eligibility: { ...openEligibility(), careProvider: { in: ['dimence'], src: ['004:1719-1720'] } } });
    // Fitting on other criteria (here the condition) does not make it sure.
    const untied = route('a-integrated', { kind: 'integrated-care-work', eligibility: { ...openEligibility(), condition: { in: ['mental-health'], src: SRC } } });
    expect(ids(severe, [tied])).not.toContain('gap-severe-no-integrated-offer');
    expect(ids(severe, [untied])).toContain('gap-severe-no-integrated-offer');
  });

  it('a regional route elsewhere is named only when the region alone rules it out (004:2214)', () => {
    const elsewhere = { scope: 'regional' as const, arbeidsmarktregios: ['Twente'], src: ['004:1719-1720'] };
    const onlyRegion = route('a-twente', { name: 'Twentse route', regions: elsewhere });
    const alsoBenefit = route('b-twente', { name: 'Andere Twentse route', regions: elsewhere, eligibility: { ...openEligibility(), benefit: { in: ['ww'], src: SRC } } });
    const signal = on(person, [onlyRegion, alsoBenefit]).signals.find((s) => s.id === 'no-regional-offer');
    expect(signal?.routes).toEqual(['a-twente']);
    expect(ids(person, [alsoBenefit])).not.toContain('no-regional-offer');
  });
});
