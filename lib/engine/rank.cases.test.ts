import { describe, expect, it } from 'vitest';
import type { Answers, Support } from '@/lib/answers/schema';
import { loadCatalogue } from '@/lib/catalogue/load';
import { isRouteToWork, type Kind, type Route } from '@/lib/catalogue/schema';
import { advise } from '@/lib/engine/advise';
import { phrases } from '@/lib/engine/phrases';
import { fixtureRoute as route, SRC } from '@/tests/support/fixture-route';
import { PEOPLE } from '@/tests/support/personas';

/*
 * The ranking policy (lib/engine/rank.ts), one rule at a time, as a person sees it: the order
 * of the routes that fit, and the reasons each gives. Issue 14: each weight had survivors
 * because no row pinned what it decides.
 *
 * Most rules are pinned on small fixture catalogues: routes alike in everything but the one
 * thing a rule looks at, so that the rule alone decides their order. The route the rule
 * favours always has the later id, so without the rule the tie-break (by id) would put it
 * second. The persona rows at the end pin orders on the shipped catalogue where the seeds
 * make the order a judgement; each cites its seed lines, and only routes to work are compared
 * (companions of issue 18 are listed after them whatever comes into the catalogue).
 */

const catalogue = loadCatalogue();
const p = phrases('nl');

const supporting = (...values: Support[]) => values.map((value, i) => ({ value, src: [`004:${2300 + i}`] }));

/** 30, moderate complaints, no job, no benefit, with the huisarts, in Utrecht; wants paid work. */
const base: Answers = {
  situation: { crisis: false, condition: 'mental-health', severity: 'moderate', age: 30, municipality: '0344', work: 'none', benefit: 'none', care: 'gp' },
  wish: { goal: 'paid-work' },
};
const person = (situation: Partial<Answers['situation']> = {}, wish: Partial<Answers['wish']> = {}, priorities?: Answers['priorities']): Answers => ({
  situation: { ...base.situation, ...situation },
  wish: { ...base.wish, ...wish },
  ...(priorities ? { priorities } : {}),
});

const adviceOn = (answers: Answers, routes: Route[]) => advise(answers, { ...catalogue, routes }, 'nl');
const order = (answers: Answers, routes: Route[]) => adviceOn(answers, routes).recommended.map((r) => r.id);
const reasonsOf = (answers: Answers, routes: Route[], id: string) => adviceOn(answers, routes).recommended.find((r) => r.id === id)!.reasons;
const texts = (answers: Answers, routes: Route[], id: string) => reasonsOf(answers, routes, id).map((r) => r.text);

describe('evidence orders routes that are otherwise alike (004:2267-2269, 000:143)', () => {
  it('better researched first: strong, moderate, limited, none', () => {
    const routes = [
      route('a-none', { evidence: { level: 'none', text: 'x', src: SRC } }),
      route('b-limited', { evidence: { level: 'limited', text: 'x', src: SRC } }),
      route('c-moderate', { evidence: { level: 'moderate', text: 'x', src: SRC } }),
      route('d-strong', { evidence: { level: 'strong', text: 'x', src: SRC } }),
    ];
    expect(order(base, routes)).toEqual(['d-strong', 'c-moderate', 'b-limited', 'a-none']);
  });

  it('two routes alike in everything come in the order of their ids, whichever the catalogue lists first', () => {
    expect(order(base, [route('b-same'), route('a-same')])).toEqual(['a-same', 'b-same']);
    expect(order(base, [route('a-same'), route('b-same')])).toEqual(['a-same', 'b-same']);
  });

  it('evidence alone gives no reason in favour: a route that fits only on evidence says what its criteria say', () => {
    expect(texts(base, [route('a-plain', { evidence: { level: 'strong', text: 'x', src: SRC } })], 'a-plain')).not.toContain(p.rank.companion());
  });
});

describe('companions come after every route to work (002:716, 003:172-174)', () => {
  it.each<Kind>(['support-tool', 'instrument', 'safety-net', 'kind-of-help'])('a %s with strong evidence comes after a route to work with none', (kind) => {
    const routes = [route('a-companion', { kind, evidence: { level: 'strong', text: 'x', src: SRC } }), route('b-route', { evidence: { level: 'none', text: 'x', src: SRC } })];
    expect(order(base, routes)).toEqual(['b-route', 'a-companion']);
  });

  it('says first that it is a companion, not guidance to work, citing 002:716 and 003:172-174', () => {
    const [first] = reasonsOf(base, [route('a-tool', { kind: 'support-tool' })], 'a-tool');
    expect(first).toEqual({ type: 'fits', text: p.rank.companion(), answers: [], sources: ['002:716', '003:172-174'] });
  });

  it('a route to work does not say so', () => {
    expect(texts(base, [route('a-route')], 'a-route')).not.toContain(p.rank.companion());
  });
});

/** `favoured` is the later id: it comes first only when the rule counts for it. */
const decides = (answers: Answers, plain: Route, favoured: Route) => order(answers, [plain, favoured])[0] === favoured.id;

describe('severe complaints in GGZ care: routes where care and work go together first (004:2231-2233)', () => {
  const plain = route('a-plain');
  const integrated = route('b-integrated', { kind: 'integrated-care-work' });

  it.each([
    ['severe', 'specialist-ggz', true],
    ['severe', 'basic-ggz', true],
    ['severe', 'gp', false],
    ['severe', 'none', false],
    ['moderate', 'specialist-ggz', false],
    ['mild', 'basic-ggz', false],
  ] as const)('complaints %s, care %s: integrated first is %s', (severity, care, first) => {
    const answers = person({ severity, care });
    expect(decides(answers, plain, integrated)).toBe(first);
    const reason = reasonsOf(answers, [plain, integrated], 'b-integrated').find((r) => r.text === p.rank.integrated());
    if (first) expect(reason).toEqual({ type: 'fits', text: p.rank.integrated(), answers: ['situation.severity', 'situation.care'], sources: ['004:2231-2233'] });
    else expect(reason).toBeUndefined();
  });

  it('a route of another kind does not get the reason, even for a severe person in GGZ care', () => {
    expect(texts(person({ severity: 'severe', care: 'specialist-ggz' }), [plain, integrated], 'a-plain')).not.toContain(p.rank.integrated());
  });
});

describe('a job or sick leave: workplace help first (004:268-270)', () => {
  const plain = route('a-plain');
  const workplace = route('b-workplace', { kind: 'workplace' });
  const onTheJob = route('b-on-the-job', { supports: supporting('on-the-job') });

  it.each([
    ['employed', true],
    ['sick-listed', true],
    ['none', false],
    ['dropped-out', false],
    ['in-education', false],
  ] as const)('work %s: a workplace route, and a route with on-the-job support, first is %s', (work, first) => {
    const answers = person({ work });
    expect(decides(answers, plain, workplace)).toBe(first);
    expect(decides(answers, plain, onTheJob)).toBe(first);
    for (const [r, id] of [[workplace, 'b-workplace'], [onTheJob, 'b-on-the-job']] as const) {
      const reason = reasonsOf(answers, [plain, r], id).find((x) => x.text === p.rank.workplace());
      if (first) expect(reason).toEqual({ type: 'fits', text: p.rank.workplace(), answers: ['situation.work'], sources: ['004:268-270'] });
      else expect(reason).toBeUndefined();
    }
  });

  it('a route without either is not lifted for a person with a job', () => {
    expect(texts(person({ work: 'employed' }), [plain, workplace], 'a-plain')).not.toContain(p.rank.workplace());
  });
});

describe('a benefit and lighter complaints: UWV and gemeente services first (004:2215-2229)', () => {
  const plain = route('a-plain');
  const uwv = route('b-uwv', { kind: 'uwv-service' });
  const gemeente = route('b-gemeente', { kind: 'municipal-service' });

  it.each([
    ['bijstand', 'mild', true],
    ['wia-wga', 'moderate', true],
    ['ww', 'mild', true],
    ['bijstand', 'severe', false],
    ['bijstand', 'unknown', false],
    ['none', 'mild', false],
    [undefined, 'moderate', false],
  ] as const)('benefit %s, complaints %s: the services first is %s', (benefit, severity, first) => {
    const answers = person({ benefit, severity });
    expect(decides(answers, plain, uwv)).toBe(first);
    expect(decides(answers, plain, gemeente)).toBe(first);
    const reason = reasonsOf(answers, [plain, gemeente], 'b-gemeente').find((x) => x.text === p.rank.services());
    if (first) expect(reason).toEqual({ type: 'fits', text: p.rank.services(), answers: ['situation.benefit', 'situation.severity'], sources: ['004:2215-2229'] });
    else expect(reason).toBeUndefined();
  });

  it('other kinds are not lifted by a benefit', () => {
    expect(decides(person({ benefit: 'bijstand', severity: 'mild' }), plain, route('b-stepwise', { kind: 'stepwise' }))).toBe(false);
  });
});

describe('not knowing yet what you want: routes made for finding out first, said once (004:2289-2290)', () => {
  const plain = route('a-plain');
  const findsOut = route('b-finds-out', { eligibility: { ...plain.eligibility, goal: { in: ['unsure', 'paid-work'], src: ['004:1458-1459'] } } });
  const unsure = person({}, { goal: 'unsure' });

  it('an unsure person: the route for finding out first, with its own source and the stroomschema', () => {
    expect(order(unsure, [plain, findsOut])).toEqual(['b-finds-out', 'a-plain']);
    expect(reasonsOf(unsure, [plain, findsOut], 'b-finds-out')).toContainEqual({ type: 'fits', text: p.rank.unsureFits(), answers: ['wish.goal'], sources: ['004:1458-1459', '004:2289-2290'] });
  });

  it('a person who wants paid work: no lift, no reason', () => {
    const paid = person();
    expect(order(paid, [plain, findsOut])).toEqual(['a-plain', 'b-finds-out']);
    expect(texts(paid, [plain, findsOut], 'b-finds-out')).not.toContain(p.rank.unsureFits());
  });

  it('a route that only asks about unsure wishes is not made for finding out', () => {
    const asks = route('b-asks', { eligibility: { ...plain.eligibility, goal: { in: ['paid-work'], ask: ['unsure'], src: ['004:1364-1365'] } } });
    const { conditional } = adviceOn(unsure, [asks]);
    expect(conditional.map((r) => r.id)).toEqual(['b-asks']);
    expect(conditional[0]!.reasons.map((r) => r.text)).not.toContain(p.rank.unsureFits());
  });

  it('ticking "uitzoeken wat bij me past" as well counts once: as much as the same support on a route not made for it', () => {
    const answers = person({}, { goal: 'unsure', support: ['explore'] });
    const explores = route('a-explores', { supports: supporting('explore') });
    const both = route('b-finds-out', { ...findsOut, supports: supporting('explore') });
    expect(order(answers, [explores, both])).toEqual(['a-explores', 'b-finds-out']);
    expect(texts(answers, [explores, both], 'b-finds-out').filter((t) => t === p.rank.unsureFits() || t === p.labels.supportMatch.explore)).toEqual([p.rank.unsureFits()]);
    expect(texts(answers, [explores, both], 'a-explores')).toContain(p.labels.supportMatch.explore);
  });
});

describe('the kinds of support a person asks for (004:2269-2270, 004:2289-2291)', () => {
  const plain = route('a-plain');

  it('a route that gives what was asked comes first, and says so with its own source', () => {
    const answers = person({}, { support: ['skills'] });
    const skills = route('b-skills', { supports: [{ value: 'skills', src: ['004:1335-1345'] }] });
    expect(order(answers, [plain, skills])).toEqual(['b-skills', 'a-plain']);
    expect(reasonsOf(answers, [plain, skills], 'b-skills')).toEqual([{ type: 'fits', text: p.labels.supportMatch.skills, answers: ['wish.support'], sources: ['004:1335-1345'] }]);
  });

  it('a support the person did not ask for does not count', () => {
    expect(order(person({}, { support: ['skills'] }), [plain, route('b-peers', { supports: supporting('peers') })])).toEqual(['a-plain', 'b-peers']);
  });

  it('more matches rank higher, in the order the person gave them', () => {
    const answers = person({}, { support: ['confidence', 'skills'] });
    const one = route('a-one', { supports: supporting('skills') });
    const two = route('b-two', { supports: supporting('skills', 'confidence') });
    expect(order(answers, [one, two])).toEqual(['b-two', 'a-one']);
    expect(texts(answers, [one, two], 'b-two')).toEqual([p.labels.supportMatch.confidence, p.labels.supportMatch.skills]);
  });

  it('at most three count: a fourth match neither lifts the route nor adds a reason', () => {
    const answers = person({}, { support: ['skills', 'confidence', 'peers', 'treatment-and-work'] });
    const three = route('a-three', { supports: supporting('skills', 'confidence', 'peers') });
    const four = route('b-four', { supports: supporting('skills', 'confidence', 'peers', 'treatment-and-work') });
    expect(order(answers, [three, four])).toEqual(['a-three', 'b-four']);
    expect(texts(answers, [three, four], 'b-four')).toEqual([p.labels.supportMatch.skills, p.labels.supportMatch.confidence, p.labels.supportMatch.peers]);
  });

  it('"snel een baan" as a support is the pace: said once, as the pace, with the support\'s source (issue 15)', () => {
    const answers = person({}, { support: ['find-job-fast'] });
    const fast = route('b-fast', { supports: [{ value: 'find-job-fast', src: ['004:827-829'] }] });
    expect(order(answers, [plain, fast])).toEqual(['b-fast', 'a-plain']);
    expect(reasonsOf(answers, [plain, fast], 'b-fast')).toEqual([{ type: 'fits', text: p.rank.paceFast(), answers: ['wish.pace'], sources: ['004:827-829'] }]);
  });
});

describe('the pace a person wants (003:92-94, 004:2326-2327)', () => {
  const plain = route('a-plain');
  const fast = route('b-fast', { pace: { value: 'fast', src: ['004:827-829'] } });
  const own = route('b-own', { pace: { value: 'own-pace', src: ['004:1517-1521'] } });
  const both = route('b-both', { pace: { value: 'both', src: ['004:1844-1846'] } });

  it('wanting to start fast: a fast route, or one for both, comes first, with its own source', () => {
    const answers = person({}, { pace: 'fast' });
    expect(order(answers, [plain, fast])).toEqual(['b-fast', 'a-plain']);
    expect(order(answers, [plain, both])).toEqual(['b-both', 'a-plain']);
    expect(reasonsOf(answers, [plain, fast], 'b-fast')).toEqual([{ type: 'fits', text: p.rank.paceFast(), answers: ['wish.pace'], sources: ['004:827-829'] }]);
    expect(reasonsOf(answers, [plain, both], 'b-both')).toEqual([{ type: 'fits', text: p.rank.paceFast(), answers: ['wish.pace'], sources: ['004:1844-1846'] }]);
  });

  it('wanting your own pace: an own-pace route, or one that goes step by step, comes first', () => {
    const answers = person({}, { pace: 'own-pace' });
    const stepwise = route('b-stepwise', { supports: [{ value: 'stepwise', src: ['004:1507-1508'] }] });
    expect(order(answers, [plain, own])).toEqual(['b-own', 'a-plain']);
    expect(order(answers, [plain, stepwise])).toEqual(['b-stepwise', 'a-plain']);
    expect(reasonsOf(answers, [plain, own], 'b-own')).toEqual([{ type: 'fits', text: p.rank.paceOwn(), answers: ['wish.pace'], sources: ['004:1517-1521'] }]);
    expect(reasonsOf(answers, [plain, stepwise], 'b-stepwise')).toEqual([{ type: 'fits', text: p.rank.paceOwn(), answers: ['wish.pace'], sources: ['004:1507-1508'] }]);
  });

  it('a route that goes at the other pace comes after one whose pace the sources do not give, and says nothing of pace', () => {
    const fastWish = person({}, { pace: 'fast' });
    const ownPlain = route('a-own', { pace: own.pace });
    expect(order(fastWish, [ownPlain, route('b-unknown')])).toEqual(['b-unknown', 'a-own']);
    expect(texts(fastWish, [ownPlain], 'a-own')).not.toContain(p.rank.paceOwn());
    const ownWish = person({}, { pace: 'own-pace' });
    expect(order(ownWish, [route('a-fast', { pace: fast.pace }), route('b-unknown')])).toEqual(['b-unknown', 'a-fast']);
    // Finding a job straight away is fast, not step by step.
    expect(order(ownWish, [route('a-finds', { supports: supporting('find-job-fast') }), route('b-unknown')])).toEqual(['a-finds', 'b-unknown']);
  });

  it('a clash weighs less than a match: a fast route that clashes still beats nothing when it matches twice', () => {
    // One matching support outweighs the clash: the clash lowers, it does not rule out.
    const answers = person({}, { pace: 'own-pace', support: ['skills'] });
    expect(order(answers, [route('a-plain'), route('b-fast-skills', { pace: fast.pace, supports: supporting('skills') })])).toEqual(['b-fast-skills', 'a-plain']);
  });

  it('no pace wished: pace does not count either way', () => {
    expect(order(person(), [plain, fast])).toEqual(['a-plain', 'b-fast']);
    expect(order(person(), [route('a-fast', { pace: fast.pace }), route('b-own', { pace: own.pace })])).toEqual(['a-fast', 'b-own']);
  });

  it('in a crisis nothing speaks of speed (002:743, 002:1355): no lift, no clash, no reason', () => {
    const answers = person({ crisis: true }, { pace: 'fast' });
    expect(order(answers, [plain, fast])).toEqual(['a-plain', 'b-fast']);
    expect(order(answers, [route('a-own', { pace: own.pace }), route('b-unknown')])).toEqual(['a-own', 'b-unknown']);
    expect(texts(answers, [plain, fast], 'b-fast')).not.toContain(p.rank.paceFast());
  });

  it('the pace question decides over a support or priority an API client sends', () => {
    const answers = person({}, { pace: 'own-pace', support: ['find-job-fast'] }, ['fast-job']);
    expect(order(answers, [route('a-fast', { pace: fast.pace }), own])).toEqual(['b-own', 'a-fast']);
  });

  it.each([
    ['the priority "snel een baan"', person({}, {}, ['fast-job']), 'fast'],
    ['the priority "eigen tempo"', person({}, {}, ['own-pace']), 'own-pace'],
    ['the support "snel een baan" before the priority "eigen tempo"', person({}, { support: ['find-job-fast'] }, ['own-pace']), 'fast'],
  ] as const)('without the pace question, %s is the pace, said once and not as a priority', (_, answers, pace) => {
    const wanted = pace === 'fast' ? fast : own;
    const other = route('a-other', { pace: pace === 'fast' ? own.pace : fast.pace });
    expect(order(answers, [other, wanted])).toEqual([wanted.id, 'a-other']);
    const said = texts(answers, [other, wanted], wanted.id);
    expect(said).toEqual([pace === 'fast' ? p.rank.paceFast() : p.rank.paceOwn()]);
  });
});

describe('the sources a pace or support reason cites are the ones that make it true', () => {
  it('a route whose own pace clashes but finds a job straight away cites that support, not its pace', () => {
    const r = route('b-finds', { pace: { value: 'own-pace', src: ['004:1517-1521'] }, supports: [{ value: 'find-job-fast', src: ['004:827-829'] }] });
    expect(reasonsOf(person({}, { pace: 'fast' }), [r], 'b-finds')).toEqual([{ type: 'fits', text: p.rank.paceFast(), answers: ['wish.pace'], sources: ['004:827-829'] }]);
  });

  it('own pace through small steps cites the step-by-step support, not another one', () => {
    const r = route('b-steps', { supports: [{ value: 'skills', src: ['004:1335-1345'] }, { value: 'stepwise', src: ['004:1507-1508'] }] });
    expect(reasonsOf(person({}, { pace: 'own-pace' }), [r], 'b-steps')).toEqual([{ type: 'fits', text: p.rank.paceOwn(), answers: ['wish.pace'], sources: ['004:1507-1508'] }]);
  });

  it('going step by step is not going fast', () => {
    const r = route('b-steps', { supports: supporting('stepwise') });
    expect(order(person({}, { pace: 'fast' }), [route('a-plain'), r])).toEqual(['a-plain', 'b-steps']);
  });

  it('each kind of support cites its own source', () => {
    const r = route('b-two', { supports: [{ value: 'skills', src: ['004:1335-1345'] }, { value: 'confidence', src: ['004:1533-1535'] }] });
    expect(reasonsOf(person({}, { support: ['confidence', 'skills'] }), [r], 'b-two').map((x) => x.sources)).toEqual([['004:1533-1535'], ['004:1335-1345']]);
  });
});

describe('routes that do not fit show only what rules them out', () => {
  it('a companion, or a route that meets a priority, that does not fit: listed, with its reason against', () => {
    const ended = { status: 'ended' as const, text: 'Gestopt.', src: SRC };
    const routes = [route('a-tool', { kind: 'support-tool', availability: ended }), route('b-income', { availability: ended, incomeSecurity: { text: 'x', src: SRC }, supports: supporting('skills') })];
    const advice = adviceOn(person({}, { support: ['skills'], pace: 'fast' }, ['income-security']), routes);
    expect(advice.notSuitable.map((r) => [r.id, r.reasons.map((x) => x.type)])).toEqual([['a-tool', ['against']], ['b-income', ['against']]]);
  });
});

describe('what the person weighs most (003:86-131)', () => {
  const plain = route('a-plain');
  const income = route('b-income', { incomeSecurity: { text: 'Je kunt terug naar je uitkering.', src: ['004:1335-1345'] } });

  it.each([
    ['income-security', income],
    ['peers', route('b-peers', { supports: supporting('peers') })],
    ['stay-in-care', route('b-treatment', { supports: supporting('treatment-and-work') })],
    ['stay-in-care', route('b-integrated', { kind: 'integrated-care-work' })],
  ] as const)('%s: a route that meets it comes first, and says so citing 003:86-131', (priority, favoured) => {
    const answers = person({}, {}, [priority]);
    expect(order(answers, [plain, favoured])).toEqual([favoured.id, 'a-plain']);
    expect(reasonsOf(answers, [plain, favoured], favoured.id)).toEqual([{ type: 'fits', text: p.labels.priorityMatch[priority], answers: ['priorities'], sources: ['003:86-131'] }]);
  });

  it('a priority the route does not meet does not count', () => {
    const answers = person({}, {}, ['peers', 'stay-in-care']);
    expect(order(answers, [plain, income])).toEqual(['a-plain', 'b-income']);
    expect(texts(answers, [plain, income], 'b-income')).toEqual([]);
  });

  it('each priority met counts: two beat one', () => {
    const answers = person({}, {}, ['income-security', 'peers']);
    const one = route('a-one', { incomeSecurity: income.incomeSecurity });
    const two = route('b-two', { incomeSecurity: income.incomeSecurity, supports: supporting('peers') });
    expect(order(answers, [one, two])).toEqual(['b-two', 'a-one']);
  });
});

describe('a regional offer where the person lives (004:2214)', () => {
  const plain = route('a-plain');
  const regional = route('b-regional', { regions: { scope: 'regional', arbeidsmarktregios: ['Midden-Utrecht'], src: ['004:1438-1441'] } });

  it('comes before a nationwide route, and says it is for this region', () => {
    expect(order(base, [plain, regional])).toEqual(['b-regional', 'a-plain']);
    expect(reasonsOf(base, [plain, regional], 'b-regional')[0]).toEqual({ type: 'fits', text: p.rank.regional(), answers: ['situation.municipality'], sources: ['004:2214'] });
  });

  it('an online or nationwide offer does not say it', () => {
    const online = route('b-online', { regions: { scope: 'online', src: SRC } });
    expect(order(base, [plain, online])).toEqual(['a-plain', 'b-online']);
    expect(texts(base, [plain, online], 'b-online')).not.toContain(p.rank.regional());
  });
});

describe('everything in favour is said, in the order of the policy', () => {
  it('a sick-listed person with a benefit who wants on-the-job help at own pace and weighs income', () => {
    const answers = person({ work: 'sick-listed', benefit: 'ziektewet', severity: 'mild' }, { support: ['on-the-job'], pace: 'own-pace' }, ['income-security']);
    const r = route('a-all', {
      kind: 'uwv-service',
      supports: supporting('on-the-job'),
      pace: { value: 'both', src: ['004:1844-1846'] },
      incomeSecurity: { text: 'x', src: SRC },
      regions: { scope: 'regional', arbeidsmarktregios: ['Midden-Utrecht'], src: SRC },
    });
    expect(texts(answers, [r], 'a-all').slice(0, 6)).toEqual([
      p.rank.workplace(),
      p.rank.services(),
      p.labels.supportMatch['on-the-job'],
      p.rank.paceOwn(),
      p.labels.priorityMatch['income-security'],
      p.rank.regional(),
    ]);
  });
});

/*
 * The shipped catalogue, for people of tests/support/personas.ts whose order is a judgement
 * of the seeds. Only the routes named are compared, and only routes to work are listed.
 */
const routesToWork = (answers: Answers) => advise(answers, catalogue, 'nl').recommended.filter((r) => isRouteToWork(r.kind)).map((r) => r.id);
const before = (ids: string[], x: string, y: string) => ids.indexOf(x) >= 0 && ids.indexOf(y) >= 0 && ids.indexOf(x) < ids.indexOf(y);

describe('the order of routes for named people', () => {
  it.each([
    // 004:2231-2233 integrated routes first for severe complaints in GGZ care; 000:143 IPS proven for EPA.
    ['EPA in Dimence care', PEOPLE.epaDimenceEnschede, [['ips', 'werk-als-beste-zorg'], ['werk-als-beste-zorg', 'gemeentelijke-re-integratie'], ['werk-als-beste-zorg', 'de-harde-leerschool']]],
    // 004:2231-2233 IPS for severe complaints in care, before the UWV services; 004:2064-2067 stepwise (IRB) below.
    ['EPA with another provider', PEOPLE.epaOtherProviderGroningen, [['ips', 'naar-werk'], ['naar-werk', 'irb']]],
    // 004:1335-1345, 004:1356 Werkfit maken for those not ready yet, at own pace (003:92-94); 004:2215-2229 UWV services.
    ['WGA, own pace', PEOPLE.wgaGroningen, [['werkfit-maken', 'naar-werk'], ['naar-werk', 'irb']]],
    // 004:1364 Naar werk for those ready for a regular job; fast wish (004:2289-2290).
    ['Wajong, ready now', PEOPLE.wajong24Tilburg, [['naar-werk', 'werkfit-maken'], ['werkfit-maken', 'de-harde-leerschool']]],
    // 004:2215-2229 gemeente services for bijstand and moderate complaints; a stepwise route clashes with a fast wish (003:92-94).
    ['Bijstand at 28 in Utrecht', PEOPLE.bijstand28Utrecht, [['gemeentelijke-re-integratie', 'de-harde-leerschool'], ['sterk-met-werk', 'de-harde-leerschool'], ['de-harde-leerschool', 'irb']]],
    // 004:1517-1521 Actief herstel at own pace, in Mediant care; 004:2289-2291 the wish to go step by step (IRB).
    ['in Mediant dagbesteding, unsure', PEOPLE.mediantDagbestedingEnschede, [['actief-herstel', 'gemeentelijke-re-integratie'], ['irb', 'de-harde-leerschool']]],
  ] as const)('%s', (_, answers, pairs) => {
    const ids = routesToWork(answers);
    for (const [x, y] of pairs) expect(before(ids, x, y), `${x} before ${y} in ${ids.join(', ')}`).toBe(true);
  });
});
