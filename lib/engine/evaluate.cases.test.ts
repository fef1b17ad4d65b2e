import { describe, expect, it } from 'vitest';
import { BENEFITS, type Answers } from '@/lib/answers/schema';
import type { Route } from '@/lib/catalogue/schema';
import { loadCatalogue } from '@/lib/catalogue/load';
import { advise } from '@/lib/engine/advise';
import { availabilityResult, evaluateRoute, overallStatus } from '@/lib/engine/evaluate';
import { andList, orList } from '@/lib/engine/labels';
import { firstSentence } from '@/lib/engine/route';
import { PEOPLE } from '@/tests/support/personas';

/*
 * One criterion at a time: a person's answer against one rule of one route, and the verdict
 * and sentence they get. Rules come from the real catalogue; where a case needs a rule the
 * catalogue does not hold (an age range without its own texts), it is a real route with that
 * one criterion changed. Seed lines are cited where a rule rests on a judgement.
 */

const catalogue = loadCatalogue();
const routeOf = (id: string) => catalogue.routes.find((r) => r.id === id)!;
const at = (code: string | undefined) => (code ? catalogue.regions.gemeenten.get(code) : undefined);
const withSituation = (a: Answers, situation: Partial<Answers['situation']>): Answers => ({ ...a, situation: { ...a.situation, ...situation } });
/** The one result for `criterion` of `route` for these answers. */
function judged(route: Route, a: Answers, criterion: string) {
  return evaluateRoute(route, a, at(a.situation.municipality), catalogue, 'nl').find((r) => r.criterion === criterion);
}

describe('age', () => {
  // Sterk met Werk: "27 jaar en ouder" (004:1438), "ouder dan 27" (004:1926): 27 itself is a check.
  const smw = routeOf('sterk-met-werk');
  it.each([
    [26, 'fail', 'against'],
    [27, 'ask', 'check'],
    [28, 'pass', 'fits'],
    [undefined, 'ask', 'check'],
  ] as const)('Sterk met Werk at %s: %s', (age, status, type) => {
    const r = judged(smw, withSituation(PEOPLE.bijstand28Utrecht, { age }), 'age');
    expect(r).toMatchObject({ status, reason: { type, answers: ['situation.age'], sources: ['004:1438', '004:1926'] } });
  });

  /** Sterk met Werk with an age rule that has no texts of its own. */
  const aged = (age: object): Route => ({ ...smw, eligibility: { ...smw.eligibility, age: { src: ['004:1438'], quote: 'x', ...age } as Route['eligibility']['age'] } });
  const ageText = (route: Route, age: number | undefined) => judged(route, withSituation(PEOPLE.bijstand28Utrecht, { age }), 'age')!;

  it('a range includes both ends, and the sentence names the range and the age', () => {
    const range = aged({ min: 18, max: 30 });
    expect(ageText(range, 17)).toMatchObject({ status: 'fail', reason: { text: 'Deze route is voor mensen van 18 tot en met 30 jaar. Jij bent 17 jaar.' } });
    expect(ageText(range, 18)).toMatchObject({ status: 'pass', reason: { text: 'Deze route is voor mensen van 18 tot en met 30 jaar. Jij bent 18 jaar.' } });
    expect(ageText(range, 30).status).toBe('pass');
    expect(ageText(range, 31).status).toBe('fail');
    expect(ageText(range, undefined)).toMatchObject({ status: 'ask', reason: { text: 'Deze route is voor mensen van 18 tot en met 30 jaar.' } });
  });

  it('only a lower or only an upper limit', () => {
    expect(ageText(aged({ min: 18 }), 17).reason.text).toBe('Deze route is voor mensen vanaf 18 jaar. Jij bent 17 jaar.');
    expect(ageText(aged({ min: 18 }), 99).status).toBe('pass');
    expect(ageText(aged({ max: 30 }), 31).reason.text).toBe('Deze route is voor mensen tot en met 30 jaar. Jij bent 31 jaar.');
    expect(ageText(aged({ max: 30 }), 0).status).toBe('pass');
  });

  it('an age the sources disagree on is a check that says so', () => {
    expect(ageText(aged({ min: 27, askAges: [27] }), 27)).toMatchObject({
      status: 'ask',
      reason: { type: 'check', text: 'De bronnen zeggen niet hetzelfde over de leeftijd: vanaf 27 jaar, of pas daarna. Jij bent 27 jaar. Vraag het na.' },
    });
    expect(ageText(aged({ min: 27, askAges: [27] }), 28).status).toBe('pass');
  });

  it('an open age rule, or one the sources are silent on, has no effect', () => {
    expect(ageText(aged({ open: true }), 5)).toBeUndefined();
    expect(judged({ ...smw, eligibility: { ...smw.eligibility, age: { unknown: true, askAt: 'gemeente' } as Route['eligibility']['age'] } }, PEOPLE.bijstand28Utrecht, 'age')).toBeUndefined();
  });
});

describe('answers with one value, several, or none', () => {
  const smw = routeOf('sterk-met-werk');
  /** Sterk met Werk with a benefit rule that has no texts of its own. */
  const forBenefits = (rule: object): Route => ({ ...smw, eligibility: { ...smw.eligibility, benefit: { src: ['004:1438-1441'], quote: 'x', ...rule } as Route['eligibility']['benefit'] } });

  it('a given answer the route is for: a fit that says so', () => {
    const r = judged(forBenefits({ in: ['bijstand'] }), PEOPLE.bijstand28Utrecht, 'benefit')!;
    expect(r).toMatchObject({ status: 'pass', reason: { type: 'fits', text: 'Deze route is voor mensen met bijstand. Jij hebt bijstand.', answers: ['situation.benefit'], sources: ['004:1438-1441'] } });
  });

  it('a given answer the route is not for: against, naming who it is for', () => {
    const r = judged(forBenefits({ in: ['bijstand', 'none'] }), withSituation(PEOPLE.bijstand28Utrecht, { benefit: 'wajong' }), 'benefit')!;
    expect(r.status).toBe('fail');
    expect(r.reason.text).toBe('Deze route is voor mensen met bijstand, of zonder uitkering. Jij hebt Wajong.');
    const none = judged(forBenefits({ in: ['none'] }), withSituation(PEOPLE.bijstand28Utrecht, { benefit: 'wajong' }), 'benefit')!;
    expect(none.reason.text).toBe('Deze route is voor mensen zonder uitkering. Jij hebt Wajong.');
  });

  it('one rule judged for several people and in both languages: each gets the words of their own verdict (who a route is for is written once per rule)', () => {
    const rule = forBenefits({ in: ['bijstand'], ask: ['wajong'] });
    const text = (benefit: Answers['situation']['benefit'], locale: 'nl' | 'en') =>
      evaluateRoute(rule, withSituation(PEOPLE.bijstand28Utrecht, { benefit }), at('0344'), catalogue, locale).find((r) => r.criterion === 'benefit')!.reason.text;
    expect(text('bijstand', 'nl')).toBe('Deze route is voor mensen met bijstand. Jij hebt bijstand.');
    // Failing, the route names the benefits it may take after a check as well.
    expect(text('ww', 'nl')).toBe('Deze route is voor mensen met bijstand of Wajong. Jij hebt WW.');
    expect(text('bijstand', 'nl')).toBe('Deze route is voor mensen met bijstand. Jij hebt bijstand.');
    expect(text('bijstand', 'en')).toMatch(/^This route is for people with /);
    expect(text('ww', 'en')).toMatch(/^This route is for people with .+ or Wajong\. /);
    expect(text('ww', 'nl')).toBe('Deze route is voor mensen met bijstand of Wajong. Jij hebt WW.');
  });

  it('a given answer that is only possibly allowed: a check, with a hint where to ask', () => {
    const r = judged(forBenefits({ in: ['bijstand'], ask: ['wajong'] }), withSituation(PEOPLE.bijstand28Utrecht, { benefit: 'wajong' }), 'benefit')!;
    expect(r.status).toBe('ask');
    expect(r.reason.text).toBe('Deze route is vooral voor mensen met bijstand. Jij hebt Wajong. Vraag bij je uitkeringsinstantie na of je toch mee kunt doen.');
  });

  it('no answer: a check, unless every possible answer fits', () => {
    const unknown = withSituation(PEOPLE.bijstand28Utrecht, { benefit: undefined });
    const r = judged(forBenefits({ in: ['bijstand'] }), unknown, 'benefit')!;
    expect(r.status).toBe('ask');
    expect(r.reason.text).toBe('Deze route is voor mensen met bijstand. Weet je niet welke uitkering je hebt? Kijk in je brieven of vraag het na bij UWV of je gemeente.');
    expect(judged(forBenefits({ in: BENEFITS }), unknown, 'benefit')?.status).toBe('pass');
  });

  it('"UWV, but I don’t know which": a check that names the UWV benefits the route takes', () => {
    const uwvUnknown = withSituation(PEOPLE.bijstand28Utrecht, { benefit: 'uwv-unknown' });
    const r = judged(forBenefits({ in: ['wia-wga', 'wajong'] }), uwvUnknown, 'benefit')!;
    expect(r.status).toBe('ask');
    expect(r.reason.text).toMatch(/^Deze route is voor mensen met WIA \(WGA\) of Wajong\. Kijk in je brieven van UWV/);
    // A route for no UWV benefit fails for them outright.
    expect(judged(forBenefits({ in: ['bijstand'] }), uwvUnknown, 'benefit')?.status).toBe('fail');
  });
});

describe('combined criteria (three-valued: fail beats ask beats pass within a clause; any clause may pass)', () => {
  const smw = routeOf('sterk-met-werk');
  const other = (anyOf: object[][]): Route => ({
    ...smw,
    eligibility: { ...smw.eligibility, other: [{ label: 'test', anyOf, src: ['004:1438'], quote: 'x', reason: { pass: 'ja', ask: 'misschien', fail: 'nee' } }] as Route['eligibility']['other'] },
  });
  const a = withSituation(PEOPLE.bijstand28Utrecht, { veteran: true, dayActivities: undefined });
  const veteran = { field: 'veteran', in: [true] };
  const notVeteran = { field: 'veteran', in: [false] };
  const dayActivities = { field: 'dayActivities', in: [true] };

  it.each([
    ['one test that passes', [[veteran]], 'pass', 'ja'],
    ['one test that fails', [[notVeteran]], 'fail', 'nee'],
    ['one unanswered test', [[dayActivities]], 'ask', 'misschien'],
    ['a clause with a pass and an unanswered test', [[veteran, dayActivities]], 'ask', 'misschien'],
    ['a clause with a fail and an unanswered test', [[notVeteran, dayActivities]], 'fail', 'nee'],
    ['a failing clause or a passing one', [[notVeteran], [veteran]], 'pass', 'ja'],
    ['a failing clause or an unanswered one', [[notVeteran], [dayActivities]], 'ask', 'misschien'],
  ] as const)('%s: %s', (_, anyOf, status, text) => {
    const r = judged(other(anyOf as unknown as object[][]), a, 'test')!;
    expect(r).toMatchObject({ status, reason: { text, sources: ['004:1438'] } });
  });

  it('names each answer it rests on once', () => {
    const r = judged(other([[veteran, dayActivities], [veteran]]), a, 'test')!;
    expect(r.reason.answers).toEqual(['situation.veteran', 'situation.dayActivities']);
  });
});

describe('where a person lives', () => {
  const smw = routeOf('sterk-met-werk');
  it('inside the region fits, outside fails, and not saying is a check, each saying where the route is', () => {
    expect(judged(smw, PEOPLE.bijstand28Utrecht, 'region')).toMatchObject({ status: 'pass', reason: { type: 'fits', answers: ['situation.municipality'] } });
    const elsewhere = judged(smw, withSituation(PEOPLE.bijstand28Utrecht, { municipality: '0014' }), 'region')!;
    expect(elsewhere.status).toBe('fail');
    expect(elsewhere.reason.text).toMatch(/Midden-Utrecht\. Jij woont in Groningen, in de regio Groningen\.$/);
    const unsaid = judged(smw, withSituation(PEOPLE.bijstand28Utrecht, { municipality: undefined }), 'region')!;
    expect(unsaid).toMatchObject({ status: 'ask', reason: { text: 'Deze route is er alleen in de regio Midden-Utrecht. Je hebt niet gezegd waar je woont.' } });
  });

  it('a route named for some gemeenten of a region is a check in the region’s other gemeenten', () => {
    const certain: Route = { ...smw, regions: { ...smw.regions, gemeenten: ['0344'], reason: undefined } as Route['regions'] };
    expect(judged(certain, PEOPLE.bijstand28Utrecht, 'region')).toMatchObject({ status: 'pass', reason: { text: 'Deze route is er in Utrecht (regio Midden-Utrecht). Jij woont in Utrecht.' } });
    const nieuwegein = [...catalogue.regions.gemeenten.values()].find((g) => g.arbeidsmarktregio === 'Midden-Utrecht' && g.code !== '0344')!;
    const maybe = judged(certain, withSituation(PEOPLE.bijstand28Utrecht, { municipality: nieuwegein.code }), 'region')!;
    expect(maybe.status).toBe('ask');
    expect(maybe.reason.text).toBe(`Deze route is er zeker in Utrecht. Jij woont in ${nieuwegein.name}, ook in de regio Midden-Utrecht. Vraag bij je gemeente of je mee kunt doen.`);
  });
});

describe('availability', () => {
  const smw = routeOf('sterk-met-werk');
  it('an available offer adds nothing; unclear is a check; ended and not-an-offer rule it out', () => {
    expect(availabilityResult(smw, 'nl')).toBeUndefined();
    const av = (status: string): Route => ({ ...smw, availability: { status, text: 'Het project liep tot 2025.', src: ['004:2035-2037'], quote: 'x' } as Route['availability'] });
    expect(availabilityResult(av('unclear'), 'nl')).toEqual({ criterion: 'availability', status: 'ask', reason: { type: 'check', text: 'Het project liep tot 2025. Vraag na of het er nog is.', answers: [], sources: ['004:2035-2037'] } });
    expect(availabilityResult(av('ended'), 'nl')).toEqual({ criterion: 'availability', status: 'fail', reason: { type: 'against', text: 'Het project liep tot 2025. Je kunt het nu niet meer volgen.', answers: [], sources: ['004:2035-2037'] } });
    expect(availabilityResult(av('not-an-offer'), 'nl')).toMatchObject({ status: 'fail', reason: { text: 'Het project liep tot 2025.' } });
    // An ended offer never fits, whatever the answers: advise() lists it as not suitable.
    const ended = { ...catalogue, routes: catalogue.routes.map((r) => (r.id === 'sterk-met-werk' ? av('ended') : r)) };
    expect(advise(PEOPLE.bijstand28Utrecht, ended, 'nl').notSuitable.map((r) => r.id)).toContain('sterk-met-werk');
  });

  it('a route is as good as its worst criterion', () => {
    const results = evaluateRoute(smw, PEOPLE.bijstand28Utrecht, at('0344'), catalogue, 'nl');
    expect(overallStatus(results)).toBe('pass');
    expect(overallStatus([...results, availabilityResult({ ...smw, availability: { ...smw.availability, status: 'unclear' } as Route['availability'] }, 'nl')!])).toBe('ask');
    expect(overallStatus([])).toBe('pass');
  });
});

describe('lists and first sentences', () => {
  it('joins with "of" / "en", and English puts a comma before the last of three or more', () => {
    expect(orList([], 'nl')).toBe('');
    expect(orList(['WW'], 'nl')).toBe('WW');
    expect(orList(['WW', 'WIA'], 'nl')).toBe('WW of WIA');
    expect(orList(['WW', 'WIA', 'Wajong'], 'nl')).toBe('WW, WIA of Wajong');
    expect(andList(['Twente', 'Groningen', 'Utrecht'], 'nl')).toBe('Twente, Groningen en Utrecht');
    expect(orList(['WW', 'WIA'], 'en')).toBe('WW or WIA');
    expect(orList(['WW', 'WIA', 'Wajong'], 'en')).toBe('WW, WIA, or Wajong');
    expect(andList(['a', 'b', 'c'], 'en')).toBe('a, b, and c');
  });

  it('a first sentence ends at the first full stop, question or exclamation mark followed by a space', () => {
    expect(firstSentence('Je werkt. Daarna meer.')).toBe('Je werkt.');
    expect(firstSentence('Wil je werk? Dan kan het.')).toBe('Wil je werk?');
    expect(firstSentence('Ja! Nu.')).toBe('Ja!');
    expect(firstSentence('Kijk op www.uwv.nl voor meer.')).toBe('Kijk op www.uwv.nl voor meer.');
    expect(firstSentence('Geen punt aan het eind')).toBe('Geen punt aan het eind');
  });
});
