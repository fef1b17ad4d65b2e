import { describe, expect, it } from 'vitest';
import type { Answers, Support } from '@/lib/answers/schema';
import { loadCatalogue } from '@/lib/catalogue/load';
import type { Route } from '@/lib/catalogue/schema';
import { advise } from '@/lib/engine/advise';
import { phrases } from '@/lib/engine/phrases';
import { firstSentence } from '@/lib/engine/route';
import { fixtureRoute, SRC } from '@/tests/support/fixture-route';

/*
 * The recommended route (lib/engine/route.ts), branch by branch and list by list, on small
 * fixture catalogues (issue 14: its survivors). Each route is alike in all but what a case
 * looks at; routes carry the ids the decision order names (ips, werk-als-beste-zorg, …) so
 * that the branch is taken for that id alone. The seed lines of each branch are in route.ts's
 * header and cited in the describe names; route.cases.test.ts has the same rules on the
 * shipped catalogue for real people.
 */

const catalogue = loadCatalogue();
const p = phrases('nl');
const t = p.route.trade;

/** A fixture route (tests/support/fixture-route.ts) with its own summary, way in and no links. */
function route(id: string, over: Partial<Route> = {}): Route {
  return fixtureRoute(id, {
    summary: { text: `Over ${id}. Meer uitleg volgt.`, src: SRC },
    access: { via: ['gemeente'], how: { text: `Meld je aan bij ${id}.`, src: SRC }, say: `Ik wil ${id}.` },
    links: [],
    ...over,
  });
}
/** A route that is there for some, unclear today: at best to check. */
const toCheck = (id: string, over: Partial<Route> = {}) => route(id, { availability: { status: 'unclear', text: `Of ${id} er nog is, is onduidelijk.`, src: SRC }, ...over });
/** A route that has ended: it does not fit anyone. */
const ended = (id: string, over: Partial<Route> = {}) => route(id, { availability: { status: 'ended', text: 'Gestopt.', src: SRC }, ...over });
/** A route nobody can start from our sources: the way in is unknown, ask the provider, no link. */
const noWayIn = (id: string, over: Partial<Route> = {}) => route(id, { access: { via: ['self'], how: { unknown: true, askAt: 'provider' }, say: 'x' }, ...over });
const supporting = (...values: Support[]) => values.map((value) => ({ value, src: ['004:2289-2291'] }));
const regionalHere = { scope: 'regional' as const, arbeidsmarktregios: ['Midden-Utrecht'], src: ['004:1438-1441'] };

type S = Answers['situation'];
type W = Answers['wish'];
/** 30, moderate complaints, no job, bijstand, with the huisarts, in Utrecht; wants paid work. */
const person = (situation: Partial<S> = {}, wish: Partial<W> = {}, priorities?: Answers['priorities']): Answers => ({
  situation: { crisis: false, condition: 'mental-health', severity: 'moderate', age: 30, municipality: '0344', work: 'none', benefit: 'bijstand', care: 'gp', ...situation },
  wish: { goal: 'paid-work', ...wish },
  ...(priorities ? { priorities } : {}),
});
const severeInCare = (situation: Partial<S> = {}, wish: Partial<W> = {}) => person({ severity: 'severe', care: 'specialist-ggz', careProvider: 'other', ...situation }, wish);
const recommend = (answers: Answers, routes: Route[]) => advise(answers, { ...catalogue, routes }, 'nl').route;
const firstOf = (answers: Answers, routes: Route[]) => recommend(answers, routes).firstStep;

describe('first sentences', () => {
  it('cut at the first full stop, question or exclamation mark followed by a space or the end', () => {
    expect(firstSentence('Eerste zin. Tweede zin.')).toBe('Eerste zin.');
    expect(firstSentence('Kan dat? Ja.')).toBe('Kan dat?');
    expect(firstSentence('3.5 uur per week. Meer.')).toBe('3.5 uur per week.');
    expect(firstSentence('Geen punt aan het eind')).toBe('Geen punt aan het eind');
  });
});

describe('crisis (002:743, 002:1355, 002:1470-1477)', () => {
  it('help now, with every help line and its number, and nothing else', () => {
    const r = recommend(person({ crisis: true }), [route('a-route'), route('coral', { kind: 'support-tool' })]);
    expect(r.firstStep).toMatchObject({ type: 'action', id: 'crisis-help', why: [{ answers: ['situation.crisis'], sources: ['002:743', '002:1355', '002:1470-1477'] }] });
    for (const h of catalogue.help) expect(r.firstStep.howToStart).toContain(h.phone ? `${h.name} (${h.phone})` : h.name);
    expect(r.firstStep.howToStart).not.toContain('undefined');
    expect([r.then, r.alternatives, r.alongside, r.checkFirst]).toEqual([[], [], [], []]);
  });

  it('other actions say how to start without help lines', () => {
    const step = firstOf(person(), []);
    expect(step).toMatchObject({ type: 'action', id: 'ask-gemeente' });
    expect(step.howToStart).toBe(p.route.action['ask-gemeente'].how());
  });
});

describe('severe complaints in GGZ care (004:2231-2237, 004:1719-1720, 004:1737, 004:1517-1521)', () => {
  const integratedReason = { text: p.route.why.integrated(), answers: ['situation.severity', 'situation.care'], sources: ['004:2231-2237'] };

  it('WABZ where it fits: both reasons, the care and where the instelling offers it', () => {
    const step = firstOf(severeInCare(), [route('werk-als-beste-zorg', { kind: 'integrated-care-work' }), route('ips', { kind: 'integrated-care-work' })]);
    expect(step).toMatchObject({ type: 'route', id: 'werk-als-beste-zorg' });
    expect(step.why.slice(0, 2)).toEqual([integratedReason, { text: p.route.why.integratedHere(), answers: ['situation.careProvider', 'situation.municipality'], sources: ['004:1719-1720', '004:1737'] }]);
  });

  it('asking for treatment and work together is named in the same reason', () => {
    const step = firstOf(severeInCare({}, { support: ['treatment-and-work'] }), [route('ips', { kind: 'integrated-care-work' })]);
    expect(step.why[0]!.answers).toEqual(['situation.severity', 'situation.care', 'wish.support']);
  });

  it('basic GGZ care counts as care too', () => {
    expect(firstOf(severeInCare({ care: 'basic-ggz' }), [route('ips', { kind: 'integrated-care-work' })]).id).toBe('ips');
  });

  it('Actief herstel at own pace, not for someone who wants to go fast', () => {
    const routes = [route('actief-herstel', { kind: 'stepwise' }), route('ips', { kind: 'integrated-care-work' })];
    const own = firstOf(severeInCare({}, { pace: 'own-pace' }), routes);
    expect(own).toMatchObject({ id: 'actief-herstel' });
    expect(own.why[0]).toEqual({ text: p.route.why.stepwise(), answers: ['wish.pace', 'wish.support', 'situation.careProvider'], sources: ['004:1517-1521', '003:92-94'] });
    expect(firstOf(severeInCare({}, { pace: 'fast' }), routes).id).toBe('ips');
  });

  it('IPS when it is open, even to check; not when it has ended', () => {
    expect(firstOf(severeInCare(), [toCheck('ips', { kind: 'integrated-care-work' })])).toMatchObject({ id: 'ips', why: [integratedReason] });
    expect(firstOf(severeInCare(), [ended('ips', { kind: 'integrated-care-work' })]).id).toBe('ask-care-team');
  });

  it('another integrated route that fits when IPS is not there; not one to check, not another kind', () => {
    expect(firstOf(severeInCare(), [ended('ips', { kind: 'integrated-care-work' }), route('z-integrated', { kind: 'integrated-care-work' })])).toMatchObject({ id: 'z-integrated', why: [integratedReason] });
    expect(firstOf(severeInCare(), [toCheck('z-integrated', { kind: 'integrated-care-work' })]).id).toBe('ask-care-team');
    expect(firstOf(severeInCare(), [route('z-training')]).id).toBe('ask-care-team');
    expect(firstOf(severeInCare(), [noWayIn('z-integrated', { kind: 'integrated-care-work' })]).id).toBe('ask-care-team');
  });

  it('else ask the care team, and IPS and WABZ come via the team when they are open', () => {
    const r = recommend(severeInCare(), [noWayIn('ips', { kind: 'integrated-care-work' }), toCheck('werk-als-beste-zorg', { kind: 'integrated-care-work', access: noWayIn('x').access })]);
    expect(r.firstStep).toMatchObject({ type: 'action', id: 'ask-care-team', why: [integratedReason] });
    expect(r.then.map((x) => [x.id, x.when])).toEqual([['ips', 'via-care-team'], ['werk-als-beste-zorg', 'via-care-team']]);
    expect(r.then[0]!.whenText).toBe(p.route.when['via-care-team']());
  });
});

describe('severe complaints without GGZ care (004:2233-2237, 004:2299-2305, 001:375)', () => {
  it.each(['none', 'gp'] as const)('care %s: see the huisarts first', (care) => {
    expect(firstOf(person({ severity: 'severe', care }), [route('gemeentelijke-re-integratie', { kind: 'municipal-service' })])).toMatchObject({
      type: 'action',
      id: 'ask-huisarts',
      why: [{ text: p.route.why.severeNoCare(), answers: ['situation.severity', 'situation.care'], sources: ['004:2233-2237', '004:2299-2305', '001:375'] }],
    });
  });

  it('care not known: the benefit decides', () => {
    expect(recommend(person({ severity: 'severe', care: undefined }), []).rule).toBe('bijstand');
  });
});

describe('a UWV benefit (004:1335-1345, 004:1356, 004:2215-2229)', () => {
  const uwvReason = { text: p.route.why.uwv(), answers: ['situation.benefit'], sources: ['004:2215-2229'] };
  const both = () => [route('naar-werk', { kind: 'uwv-service' }), route('werkfit-maken', { kind: 'uwv-service' })];

  it('ready (fast, or "snel een baan"): Naar werk, saying so', () => {
    for (const wish of [{ pace: 'fast' as const }, { support: ['find-job-fast' as const] }]) {
      const step = firstOf(person({ benefit: 'wia-wga' }, wish), both());
      expect(step.id).toBe('naar-werk');
      expect(step.why.slice(0, 2)).toEqual([uwvReason, { text: p.route.why.uwvReady(), answers: ['wish.pace', 'wish.support'], sources: ['004:1335-1345', '004:1356'] }]);
    }
  });

  it('not ready: Werkfit maken, saying so', () => {
    const step = firstOf(person({ benefit: 'wajong' }, { pace: 'own-pace' }), both());
    expect(step.id).toBe('werkfit-maken');
    expect(step.why[1]).toEqual({ text: p.route.why.uwvNotReady(), answers: ['wish.pace', 'wish.support'], sources: ['004:1335-1345', '004:1356'] });
  });

  it('"UWV, but I don\'t know which" is a UWV benefit too', () => {
    expect(recommend(person({ benefit: 'uwv-unknown' }, { pace: 'fast' }), both()).rule).toBe('uwv-benefit');
  });

  it('one that fits goes before one to check, whatever the wish', () => {
    expect(firstOf(person({ benefit: 'wia-wga' }, { pace: 'fast' }), [toCheck('naar-werk', { kind: 'uwv-service' }), route('werkfit-maken', { kind: 'uwv-service' })]).id).toBe('werkfit-maken');
    expect(firstOf(person({ benefit: 'wia-wga' }, { pace: 'fast' }), [toCheck('naar-werk', { kind: 'uwv-service' }), ended('werkfit-maken', { kind: 'uwv-service' })]).id).toBe('naar-werk');
  });

  it('neither open: ask UWV, and what UWV offers that is open comes via UWV', () => {
    const r = recommend(person({ benefit: 'ww' }), [ended('naar-werk', { kind: 'uwv-service' }), toCheck('uwv-online', { kind: 'uwv-service' }), route('b-gemeente', { kind: 'municipal-service' })]);
    expect(r.firstStep).toMatchObject({ type: 'action', id: 'ask-uwv', why: [uwvReason] });
    expect(r.then).toEqual([{ id: 'uwv-online', when: 'via-uwv', whenText: p.route.when['via-uwv']() }]);
  });
});

describe('bijstand (004:1728-1734, 004:2215-2229, 004:2214, 002:640)', () => {
  const bijstandReason = { text: p.route.why.bijstand(), answers: ['situation.benefit'], sources: ['004:1728-1734', '004:2215-2229'] };

  it('a regional route that fits comes first, saying it is here', () => {
    const step = firstOf(person(), [route('gemeentelijke-re-integratie', { kind: 'municipal-service' }), route('z-regional', { regions: regionalHere })]);
    expect(step).toMatchObject({ id: 'z-regional' });
    expect(step.why[0]).toEqual({ text: p.route.why.regional(), answers: ['situation.municipality'], sources: ['004:2214'] });
  });

  it('else the gemeente\'s re-integratie, even to check', () => {
    expect(firstOf(person(), [toCheck('gemeentelijke-re-integratie', { kind: 'municipal-service' })])).toMatchObject({ id: 'gemeentelijke-re-integratie', why: [bijstandReason] });
  });

  it('else ask the gemeente, and its services that fit come via the gemeente', () => {
    const r = recommend(person(), [ended('gemeentelijke-re-integratie', { kind: 'municipal-service' }), route('z-gemeente', { kind: 'municipal-service' }), route('z-uwv', { kind: 'uwv-service' })]);
    expect(r.firstStep).toMatchObject({ type: 'action', id: 'ask-gemeente', why: [bijstandReason] });
    expect(r.then).toEqual([{ id: 'z-gemeente', when: 'via-gemeente', whenText: p.route.when['via-gemeente']() }]);
  });
});

describe('no benefit, or not known (004:2228-2229, 004:2299-2305)', () => {
  it('a regional route open to you: here, and open without a benefit', () => {
    const step = firstOf(person({ benefit: 'none' }), [route('z-regional', { regions: regionalHere })]);
    expect(step.why.map((w) => [w.text, w.answers, w.sources])).toEqual([
      [p.route.why.regional(), ['situation.municipality'], ['004:2214']],
      [p.route.why.noBenefitOpen(), ['situation.benefit'], ['004:2228-2229', '004:2299-2305']],
    ]);
  });

  it('else ask the gemeente: "no benefit" and "not known" say different things', () => {
    expect(firstOf(person({ benefit: 'none' }), []).why[0]!.text).toBe(p.route.why.noBenefit());
    expect(firstOf(person({ benefit: undefined }), []).why[0]!.text).toBe(p.route.why.unknownBenefit());
  });
});

describe('which regional route (004:2214)', () => {
  const regional = (id: string, over: Partial<Route> = {}) => route(id, { regions: regionalHere, ...over });

  it('the one at the wished pace first, then the better ranked, then by id', () => {
    const fastOne = regional('b-fast', { pace: { value: 'fast', src: SRC } });
    const ownOne = regional('a-own', { pace: { value: 'own-pace', src: SRC }, evidence: { level: 'strong', text: 'x', src: SRC } });
    expect(firstOf(person({}, { pace: 'fast' }), [ownOne, fastOne]).id).toBe('b-fast');
    expect(firstOf(person({}, { pace: 'own-pace' }), [ownOne, fastOne]).id).toBe('a-own');
    const both = regional('c-both', { pace: { value: 'both', src: SRC } });
    expect(firstOf(person({}, { pace: 'own-pace' }), [fastOne, both]).id).toBe('c-both');
    // No pace wished: the better ranked.
    expect(firstOf(person(), [regional('a-weak', { evidence: { level: 'none', text: 'x', src: SRC } }), regional('b-strong', { evidence: { level: 'strong', text: 'x', src: SRC } })]).id).toBe('b-strong');
    // A route whose pace is not known is neither lifted nor lowered.
    expect(firstOf(person({}, { pace: 'fast' }), [regional('a-unknown'), regional('b-own', { pace: { value: 'own-pace', src: SRC } })]).id).toBe('a-unknown');
    expect(firstOf(person(), [regional('b-same'), regional('a-same')]).id).toBe('a-same');
  });

  it('not routes for people at work, not tools, not routes nobody can start', () => {
    for (const r of [regional('z-workplace', { kind: 'workplace' }), regional('z-coach', { kind: 'jobcoaching' }), regional('z-tool', { kind: 'support-tool' }), noWayIn('z-unknown', { regions: regionalHere })]) {
      expect(firstOf(person({ benefit: 'none' }), [r]).id, r.id).toBe('ask-gemeente');
    }
  });
});

describe('why this route: what the person asked for, after the decision\'s own reasons, at most three', () => {
  it('adds reasons on the person\'s own wishes, each answer once, none the decision already named', () => {
    const gri = route('gemeentelijke-re-integratie', {
      kind: 'municipal-service',
      supports: supporting('skills', 'confidence'),
      incomeSecurity: { text: 'x', src: SRC },
      eligibility: { ...route('x').eligibility, careProvider: { in: ['other'], src: SRC } },
    });
    const step = firstOf(person({ careProvider: 'other' }, { support: ['skills', 'confidence'] }, ['income-security']), [gri]);
    expect(step.why.map((w) => w.answers)).toEqual([['situation.benefit'], ['wish.support'], ['priorities']]);
    expect(step.why[1]!.text).toBe(p.labels.supportMatch.skills);
  });

  it('not a reason on who the person is (work, benefit), and never more than three', () => {
    const gri = route('gemeentelijke-re-integratie', { kind: 'municipal-service', supports: supporting('skills'), pace: { value: 'fast', src: SRC }, incomeSecurity: { text: 'x', src: SRC } });
    const step = firstOf(person({ severity: 'mild' }, { support: ['skills'], pace: 'fast' }, ['income-security']), [gri]);
    // The services lift (benefit, severity) is not the person's wish; the priority comes fourth and is cut.
    expect(step.why.map((w) => w.answers)).toEqual([['situation.benefit'], ['wish.support'], ['wish.pace']]);
  });

  it('a wish the decision already named is not said again', () => {
    const step = firstOf(person({ benefit: 'wia-wga' }, { pace: 'fast', support: ['skills'] }), [route('naar-werk', { kind: 'uwv-service', supports: supporting('skills'), pace: { value: 'fast', src: SRC } })]);
    expect(step.why.map((w) => w.answers)).toEqual([['situation.benefit'], ['wish.pace', 'wish.support']]);
  });
});

describe('who can start it (a first step must say how)', () => {
  const gri = (access: Route['access'], links: Route['links'] = []) => [route('gemeentelijke-re-integratie', { kind: 'municipal-service', access, links })];
  const unknownHow = (askAt: 'provider' | 'gemeente') => ({ via: ['gemeente' as const], how: { unknown: true as const, askAt }, say: 'x' });

  it('a route whose way in is unknown and says only "ask the provider", with no link, is not a first step', () => {
    expect(firstOf(person(), gri(unknownHow('provider'))).id).toBe('ask-gemeente');
  });

  it('it is when it names someone else to ask, or has a link', () => {
    const step = firstOf(person(), gri(unknownHow('gemeente')));
    expect(step.id).toBe('gemeentelijke-re-integratie');
    expect(step.howToStart).toBe(p.route.howUnknown({ who: p.labels.askAt.gemeente }));
    expect(firstOf(person(), gri(unknownHow('provider'), [{ label: 'Site', url: 'https://example.org', src: SRC }])).id).toBe('gemeentelijke-re-integratie');
  });
});

describe('then, alternatives, alongside', () => {
  it('then-steps in the order a person meets them, not the one they are listed in, without the first step', () => {
    const gri = route('gemeentelijke-re-integratie', {
      kind: 'municipal-service',
      followUps: [
        { result: 'job-found', routes: ['z-coach'], src: SRC },
        { result: 'stopped', routes: ['z-stopped'], src: SRC },
        { result: 'ready-for-work', routes: ['gemeentelijke-re-integratie', 'z-ready'], src: SRC },
      ],
    });
    const r = recommend(person(), [gri, route('z-coach', { kind: 'jobcoaching' }), route('z-ready'), route('z-stopped')]);
    expect(r.then.map((x) => [x.id, x.when])).toEqual([['z-ready', 'ready-for-work'], ['z-coach', 'job-found']]);
    expect(r.alternatives.map((x) => x.id)).toEqual(['z-stopped']);
  });

  it('from a stepwise start in care, WABZ (else IPS) once the wish is firm (004:2064-2067)', () => {
    const start = route('actief-herstel', { kind: 'stepwise' });
    const wabz = route('werk-als-beste-zorg', { kind: 'integrated-care-work', access: noWayIn('x').access });
    const ips = route('ips', { kind: 'integrated-care-work', access: noWayIn('x').access });
    const own = severeInCare({}, { pace: 'own-pace' });
    expect(recommend(own, [start, wabz, ips]).then).toEqual([{ id: 'werk-als-beste-zorg', when: 'firm-wish', whenText: p.route.when['firm-wish']() }]);
    expect(recommend(own, [start, ips]).then.map((x) => x.id)).toEqual(['ips']);
    // Basic GGZ care too; a stepwise start without care does not lead on to them.
    expect(recommend(person({ care: 'basic-ggz', benefit: 'none' }), [route('z-step', { kind: 'stepwise', regions: regionalHere }), ips]).then.map((x) => x.id)).toEqual(['ips']);
    expect(recommend(person({ benefit: 'none' }), [route('z-step', { kind: 'stepwise', regions: regionalHere }), ips]).then).toEqual([]);
  });

  it('alternatives: routes to work, not the steps, not companions, not routes for people at work unless you have work; at most three', () => {
    const routes = [
      route('gemeentelijke-re-integratie', { kind: 'municipal-service' }),
      route('a-coach', { kind: 'jobcoaching' }),
      route('b-tool', { kind: 'support-tool' }),
      route('c-one'),
      route('d-two'),
      toCheck('e-three'),
      route('f-four', { evidence: { level: 'none', text: 'x', src: SRC } }),
    ];
    expect(recommend(person(), routes).alternatives.map((x) => x.id)).toEqual(['c-one', 'd-two', 'f-four']);
    // With a job, two come as then-steps via the employer and a third is an alternative.
    const atWork = [...routes, route('a-coach-2', { kind: 'jobcoaching' }), route('a-coach-3', { kind: 'jobcoaching' })];
    const employed = recommend(person({ work: 'employed' }), atWork);
    expect(employed.then.map((x) => [x.id, x.when])).toEqual([['a-coach', 'via-employer'], ['a-coach-2', 'via-employer']]);
    expect(employed.alternatives.map((x) => x.id)).toEqual(['gemeentelijke-re-integratie', 'a-coach-3', 'c-one']);
  });

  it('Coral only for someone heading for work (003:172-174): paid work, keeping a job, education', () => {
    const routes = [route('gemeentelijke-re-integratie', { kind: 'municipal-service' }), route('coral', { kind: 'support-tool' })];
    for (const goal of ['paid-work', 'keep-job', 'education'] as const) expect(recommend(person({}, { goal }), routes).alongside.map((x) => x.id), goal).toEqual(['coral']);
    expect(recommend(person({}, { goal: 'unsure' }), routes).alongside).toEqual([]);
    expect(recommend(person({}, { goal: 'unsure' }), [routes[0]!, route('z-tool', { kind: 'support-tool' })]).alongside).toEqual([{ id: 'z-tool', why: 'Over z-tool.' }]);
  });
});

describe('what to check first, and where', () => {
  it('from the first step and the alternatives when they are to check, each with who to ask', () => {
    const r = recommend(person(), [
      toCheck('gemeentelijke-re-integratie', { kind: 'municipal-service' }),
      toCheck('a-self', { access: { via: ['self'], how: { text: 'x', src: SRC }, say: 'x' } }),
      toCheck('b-uwv', { access: { via: ['uwv'], how: { text: 'x', src: SRC }, say: 'x' } }),
    ]);
    expect(r.checkFirst).toEqual([
      { text: p.reasons.availabilityUnclear({ text: 'Of gemeentelijke-re-integratie er nog is, is onduidelijk.' }), askAt: 'gemeente' },
      { text: p.reasons.availabilityUnclear({ text: 'Of a-self er nog is, is onduidelijk.' }), askAt: 'provider' },
      { text: p.reasons.availabilityUnclear({ text: 'Of b-uwv er nog is, is onduidelijk.' }), askAt: 'uwv' },
    ]);
  });

  it('nothing to check for a first step that fits, nor for an action', () => {
    expect(recommend(person(), [route('gemeentelijke-re-integratie', { kind: 'municipal-service' })]).checkFirst).toEqual([]);
    expect(recommend(person(), [ended('gemeentelijke-re-integratie'), route('z-gemeente', { kind: 'municipal-service' })]).checkFirst).toEqual([]);
  });
});

describe('how an alternative differs from the first step', () => {
  const first = route('gemeentelijke-re-integratie', { kind: 'municipal-service', pace: { value: 'fast', src: SRC } });
  const tradeOf = (alt: Route, start: Route = first) => recommend(person(), [start, alt]).alternatives.find((x) => x.id === alt.id)!.tradeOff;
  const name = 'Route gemeentelijke-re-integratie';

  it('its pace, unless it goes at both or the same', () => {
    expect(tradeOf(route('z', { pace: { value: 'own-pace', src: SRC } }))).toBe(t.sentence({ first: name, differences: [t.ownPace(), t.via({ who: 'je gemeente' })].join(', ') }));
    expect(tradeOf(route('z', { pace: { value: 'fast', src: SRC } }))).toBe(t.same({ first: name, who: 'je gemeente' }));
    expect(tradeOf(route('z', { pace: { value: 'both', src: SRC } }))).toBe(t.same({ first: name, who: 'je gemeente' }));
    expect(tradeOf(route('z', { pace: { value: 'fast', src: SRC } }), route('gemeentelijke-re-integratie', { kind: 'municipal-service' }))).toBe(t.sentence({ first: name, differences: [t.fast(), t.via({ who: 'je gemeente' })].join(', ') }));
  });

  it('with or without care: integrated routes and treatment-and-work support are with care', () => {
    expect(tradeOf(route('z', { pace: first.pace, supports: supporting('treatment-and-work') }))).toContain(t.withCare());
    expect(tradeOf(route('z', { pace: first.pace, kind: 'integrated-care-work' }))).toContain(t.withCare());
    expect(tradeOf(route('z', { pace: first.pace }), route('gemeentelijke-re-integratie', { kind: 'municipal-service', pace: first.pace, supports: supporting('treatment-and-work') }))).toContain(t.withoutCare());
  });

  it('peers, when the first step has none', () => {
    expect(tradeOf(route('z', { pace: first.pace, supports: supporting('peers') }))).toContain(t.peers());
    expect(tradeOf(route('z', { pace: first.pace, supports: supporting('peers') }), route('gemeentelijke-re-integratie', { kind: 'municipal-service', pace: first.pace, supports: supporting('peers') }))).not.toContain(t.peers());
  });

  it('at most two differences, then who to ask', () => {
    const alt = route('z', { pace: { value: 'own-pace', src: SRC }, kind: 'integrated-care-work', supports: supporting('peers'), access: { via: ['behandelaar'], how: { text: 'x', src: SRC }, say: 'x' } });
    expect(tradeOf(alt)).toBe(t.sentence({ first: name, differences: [t.ownPace(), t.withCare(), t.via({ who: 'je behandelaar' })].join(', ') }));
  });
});

describe('companions beside the route (issue 18)', () => {
  const gri = route('gemeentelijke-re-integratie', { kind: 'municipal-service' });
  const instrument = route('z-proefplaatsing', { kind: 'instrument', summary: { text: 'Je werkt op proef. Met behoud van uitkering.', src: SRC }, access: { via: ['gemeente'], how: { text: 'x', src: SRC }, say: 'Kan ik op proef werken?' } });
  const net = route('z-switchen', { kind: 'safety-net' });
  const help = route('z-hulp', { kind: 'kind-of-help' });
  const all = [gri, instrument, net, help];

  it('instruments for someone heading for work (001:952, 002:625): what it is in a sentence, and what to say', () => {
    expect(recommend(person(), all).instruments).toEqual([{ id: 'z-proefplaatsing', why: 'Je werkt op proef.', say: 'Kan ik op proef werken?' }]);
    expect(recommend(person({}, { goal: 'unsure' }), all).instruments).toEqual([]);
    // Not while the first step is care: severe complaints without treatment.
    expect(recommend(person({ severity: 'severe', care: 'none' }), all).instruments).toEqual([]);
    // Only instruments, and also one to check.
    expect(recommend(person(), [gri, toCheck('z-proefplaatsing', { kind: 'instrument' }), route('z-tool', { kind: 'support-tool' })]).instruments.map((x) => x.id)).toEqual(['z-proefplaatsing']);
  });

  it('the safety net where the person worries about income, goes to dagbesteding, or goes step by step (004:2178-2181, 003:115)', () => {
    const nets = (answers: Answers, routes = all) => recommend(answers, routes).safetyNets.map((x) => x.id);
    expect(nets(person())).toEqual([]);
    expect(nets(person({}, {}, ['income-security']))).toEqual(['z-switchen']);
    expect(nets(person({}, {}, ['peers']))).toEqual([]);
    expect(nets(person({ dayActivities: true }))).toEqual(['z-switchen']);
    expect(nets(person({ dayActivities: false }))).toEqual([]);
    const stepwise = route('gemeentelijke-re-integratie', { kind: 'stepwise' });
    expect(nets(person(), [stepwise, net])).toEqual(['z-switchen']);
    // A stepwise then-step counts too.
    const withThen = route('gemeentelijke-re-integratie', { kind: 'municipal-service', followUps: [{ result: 'ready-for-work', routes: ['z-step'], src: SRC }] });
    expect(nets(person(), [withThen, route('z-step', { kind: 'stepwise' }), net])).toEqual(['z-switchen']);
  });

  it('kinds of help to ask about, only on the branches for people without work and without severe complaints (002:678-682, 002:482)', () => {
    const asks = (answers: Answers) => recommend(answers, all).askAbout.map((x) => x.id);
    expect(asks(person())).toEqual(['z-hulp']);
    expect(asks(person({ benefit: 'wia-wga' }))).toEqual(['z-hulp']);
    expect(asks(person({ benefit: 'none' }))).toEqual(['z-hulp']);
    expect(asks(person({ work: 'employed' }))).toEqual([]);
    expect(asks(person({ severity: 'severe', care: 'specialist-ggz' }))).toEqual([]);
    expect(asks(person({ severity: 'severe', care: 'none' }))).toEqual([]);
  });

  it('peer support goes beside a stepwise or own-pace route, or when the person asks for peers (003:123-131)', () => {
    const peers = route('z-lotgenoten', { kind: 'support-tool', supports: supporting('peers') });
    const tool = route('z-tool', { kind: 'support-tool' });
    const beside = (answers: Answers, start = gri) => recommend(answers, [start, peers, tool]).alongside.map((x) => x.id);
    expect(beside(person({}, { pace: 'fast' }))).toEqual(['z-tool']);
    expect(beside(person({}, { pace: 'own-pace' }))).toEqual(['z-lotgenoten', 'z-tool']);
    expect(beside(person({}, { pace: 'fast' }), route('gemeentelijke-re-integratie', { kind: 'stepwise' }))).toEqual(['z-lotgenoten', 'z-tool']);
    expect(beside(person({}, { pace: 'fast' }, ['peers']))).toEqual(['z-lotgenoten', 'z-tool']);
    expect(beside(person({}, { pace: 'fast', support: ['peers'] }))).toEqual(['z-lotgenoten', 'z-tool']);
    // Tools that are only to check, or that are the first step, are not beside it.
    expect(recommend(person(), [gri, toCheck('z-tool', { kind: 'support-tool' })]).alongside).toEqual([]);
  });
});

describe('EXIT for bijstand with other problems and GGZ care (002:640)', () => {
  const exit = route('exit', { kind: 'integrated-care-work' });
  const gri = route('gemeentelijke-re-integratie', { kind: 'municipal-service' });

  it('first, with its reason on the three answers, also when it is to check', () => {
    const step = firstOf(person({ multipleProblems: true, care: 'basic-ggz' }), [gri, exit]);
    expect(step).toMatchObject({ id: 'exit', why: [{ text: p.route.why.exit(), answers: ['situation.benefit', 'situation.multipleProblems', 'situation.care'], sources: ['002:640'] }] });
    expect(firstOf(person({ multipleProblems: true, care: 'specialist-ggz' }), [gri, toCheck('exit', { kind: 'integrated-care-work' })]).id).toBe('exit');
  });

  it('not without the other problems, not without GGZ care, not when it is not there', () => {
    expect(firstOf(person({ multipleProblems: false, care: 'basic-ggz' }), [gri, exit]).id).toBe('gemeentelijke-re-integratie');
    expect(firstOf(person({ care: 'basic-ggz' }), [gri, exit]).id).toBe('gemeentelijke-re-integratie');
    expect(firstOf(person({ multipleProblems: true, care: 'gp' }), [gri, exit]).id).toBe('gemeentelijke-re-integratie');
    expect(firstOf(person({ multipleProblems: true, care: 'basic-ggz' }), [gri, ended('exit')]).id).toBe('gemeentelijke-re-integratie');
  });
});
