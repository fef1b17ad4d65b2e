import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { Answers } from '@/lib/answers/schema';
import { loadCatalogue } from '@/lib/catalogue/load';
import { advise, type Advice } from '@/lib/engine/advise';
import type { SignalId } from '@/lib/engine/signals';
import { machineDeps } from '@/lib/journey/deps';
import { createRouteMachine } from '@/machines/route-machine';
import { PEOPLE } from '@/tests/support/personas';

/*
 * One row per persona derived from the seeds. Each row names the seed lines that justify
 * what it expects; the last test checks those lines exist, so a row cannot cite thin air.
 * Gemeentecodes: 0014 Groningen, 0153 Enschede (Twente), 0344 Utrecht (Midden-Utrecht),
 * 0363 Amsterdam (Groot Amsterdam), 0307 Amersfoort, 0518 Den Haag, 0599 Rotterdam,
 * 0855 Tilburg.
 */

const catalogue = loadCatalogue();

/*
 * A veteran with WGA in Rotterdam. Not in PEOPLE: the wizard and the intake form do not ask
 * whether you are a veteran (only the API takes the answer), and PEOPLE are walked through both.
 */
const veteranWga = (veteran: boolean): Answers => ({
  situation: { crisis: false, condition: 'mental-health', severity: 'moderate', age: 47, municipality: '0599', work: 'none', benefit: 'wia-wga', care: 'none', veteran },
  wish: { goal: 'paid-work', support: ['skills', 'confidence'], pace: 'own-pace' },
});

type Row = {
  name: string;
  seeds: string[];
  answers: Answers;
  /** The route that must come first. */
  first?: string;
  recommended?: string[];
  conditional?: string[];
  notSuitable?: string[];
  signals?: SignalId[];
  noSignals?: SignalId[];
};

const rows: Row[] = [
  {
    name: 'EPA, over a year in Dimence care in Enschede, wants a paid job fast',
    seeds: ['004:747-751', '004:1428-1431', '004:1719-1720', '004:2231-2233'],
    answers: PEOPLE.epaDimenceEnschede,
    first: 'ips',
    recommended: ['ips', 'werk-als-beste-zorg'],
    notSuitable: ['clubhuis-de-waterheuvel', 'werkfit-maken'],
    noSignals: ['crisis', 'gap-severe-no-care', 'gap-no-benefit'],
  },
  {
    name: 'EPA in long-term care with another provider in Groningen, WIA',
    seeds: ['004:747-751', '004:1428-1429', '004:1719-1720', '004:1338'],
    answers: PEOPLE.epaOtherProviderGroningen,
    first: 'ips',
    recommended: ['naar-werk'],
    notSuitable: ['werk-als-beste-zorg', 'gemeentelijke-re-integratie', 'sterk-met-werk'],
  },
  {
    name: 'WGA, moderate complaints, not ready for work yet, wants to learn skills at own pace',
    seeds: ['004:1335-1345', '004:1356', '004:2215-2229'],
    answers: PEOPLE.wgaGroningen,
    first: 'werkfit-maken',
    recommended: ['naar-werk'],
    notSuitable: ['gemeentelijke-re-integratie', 'clubhuis-de-waterheuvel', 'actief-herstel'],
  },
  {
    name: 'Wajong at 24 in Tilburg, ready for a regular job now',
    seeds: ['004:1338', '004:1364', '004:1458', '004:1462-1464'],
    answers: PEOPLE.wajong24Tilburg,
    first: 'naar-werk',
    notSuitable: ['sterk-met-werk-of-scholing', 'ips'],
  },
  {
    name: 'Bijstand at 28 in Utrecht: Sterk met Werk (27+) fits',
    seeds: ['004:1438-1441', '004:1461-1462'],
    answers: PEOPLE.bijstand28Utrecht,
    recommended: ['sterk-met-werk', 'gemeentelijke-re-integratie'],
    notSuitable: ['sterk-met-werk-of-scholing', 'werkfit-maken'],
  },
  {
    name: 'Exactly 27 in Utrecht: one source says 27+, another "ouder dan 27", so it is a check',
    seeds: ['004:1438', '004:1926'],
    answers: PEOPLE.bijstand27Utrecht,
    conditional: ['sterk-met-werk'],
    notSuitable: ['sterk-met-werk-of-scholing'],
  },
  {
    name: '26 in Utrecht, left school without a diploma, wants education: the 16–26 route, not the 27+ one',
    seeds: ['004:1438', '004:1458-1461', '004:1461-1464'],
    answers: PEOPLE.droppedOut26Utrecht,
    recommended: ['sterk-met-werk-of-scholing'],
    notSuitable: ['sterk-met-werk', 'jobcoaching', 'participatieve-aanpak'],
  },
  {
    name: '19 in Amsterdam, dropped out, no benefit: Sterk met Werk of Scholing, and the no-benefit gap',
    seeds: ['004:1458-1464', '004:2228-2229'],
    answers: PEOPLE.droppedOut19Amsterdam,
    recommended: ['sterk-met-werk-of-scholing'],
    notSuitable: ['sterk-met-werk'],
    signals: ['gap-no-benefit'],
  },
  {
    name: 'Severe complaints, no care, no benefit, 50, in Amsterdam, wants peers and small steps',
    seeds: ['004:1507-1508', '004:1917-1922', '004:2228-2229', '004:2233-2237'],
    answers: PEOPLE.severeNoCareAmsterdam,
    first: 'clubhuis-de-waterheuvel',
    conditional: ['gemeentelijke-re-integratie'],
    notSuitable: ['ips', 'werk-als-beste-zorg', 'werkfit-maken'],
    signals: ['gap-no-benefit', 'gap-severe-no-care'],
  },
  {
    name: 'In Mediant dagbesteding in Enschede, not sure yet what work',
    seeds: ['004:1517-1521', '004:1817-1819', '004:1824'],
    answers: PEOPLE.mediantDagbestedingEnschede,
    recommended: ['actief-herstel'],
    notSuitable: ['sterk-met-werk', 'naar-werk'],
  },
  {
    name: '22 in Rotterdam, left school, no benefit, wants confidence and skills',
    seeds: ['004:1550-1555', '004:1844-1846', '004:1728-1734'],
    answers: PEOPLE.droppedOut22Rotterdam,
    first: 'de-harde-leerschool',
    conditional: ['gemeentelijke-re-integratie'],
    notSuitable: ['werkfit-maken', 'naar-werk'],
    signals: ['gap-no-benefit'],
  },
  {
    name: 'Sick-listed employee in Den Haag who wants to keep the job',
    seeds: ['004:1569-1572', '004:268-270', '004:1844-1846'],
    answers: PEOPLE.sickListedDenHaag,
    first: 'participatieve-aanpak',
    notSuitable: ['de-harde-leerschool', 'clubhuis-de-waterheuvel', 'gemeentelijke-re-integratie'],
  },
  {
    name: 'Employed with Wajong in Tilburg, wants help on the job to keep it',
    seeds: ['004:1466-1471', '004:1785-1792'],
    answers: PEOPLE.employedWajongTilburg,
    first: 'jobcoaching',
    recommended: ['participatieve-aanpak'],
    notSuitable: ['de-harde-leerschool', 'werkfit-maken'],
  },
  {
    name: 'Bijstand in Rotterdam, moderate complaints: the gemeente, not UWV',
    seeds: ['004:1338', '004:1728-1734', '004:2215-2229'],
    answers: PEOPLE.bijstandRotterdam,
    first: 'gemeentelijke-re-integratie',
    notSuitable: ['werkfit-maken', 'naar-werk', 'werk-als-beste-zorg', 'clubhuis-de-waterheuvel'],
  },
  {
    name: 'Acute distress: immediate help before anything else',
    seeds: ['002:1475', '002:834', 'pub:113'],
    answers: PEOPLE.crisis,
    signals: ['crisis'],
  },
  {
    name: 'In crisis with light complaints: online self-help is not for people with suicidal thoughts',
    seeds: ['002:1470-1477'],
    answers: { ...PEOPLE.sickListedDenHaag, situation: { ...PEOPLE.sickListedDenHaag.situation, crisis: true } },
    signals: ['crisis'],
    notSuitable: ['e-mental-health'],
  },
  {
    name: 'JIM is for young people: not at 58',
    seeds: ['000:342', '004:1458'],
    answers: { ...PEOPLE.bijstandRotterdam, situation: { ...PEOPLE.bijstandRotterdam.situation, age: 58 } },
    notSuitable: ['jim'],
  },
  {
    name: 'JIM is for young people: at 22 it is not ruled out',
    seeds: ['000:342', '004:1458'],
    answers: PEOPLE.droppedOut22Rotterdam,
    conditional: ['jim'],
  },
  {
    name: 'The same light complaints without a crisis: online self-help fits',
    seeds: ['000:262', '002:1470-1477'],
    answers: PEOPLE.sickListedDenHaag,
    recommended: ['e-mental-health'],
  },
  {
    name: 'Where they live is not known: regional routes become checks, never a guess',
    seeds: ['004:2214', '004:1461-1462', '004:1920-1922'],
    answers: PEOPLE.regionUnknown,
    recommended: ['gemeentelijke-re-integratie'],
    conditional: ['sterk-met-werk', 'clubhuis-de-waterheuvel', 'werk-als-beste-zorg'],
    signals: ['region-unknown'],
  },
  {
    name: 'Another kind of limitation with Wajong in Amersfoort: UWV, not the GGZ routes',
    seeds: ['004:1335-1338', '004:1364', '004:2281-2282', '001:348'],
    answers: PEOPLE.otherLimitationAmersfoort,
    first: 'naar-werk',
    notSuitable: ['ips', 'clubhuis-de-waterheuvel', 'actief-herstel'],
  },
  // Seed rules of issue 12.
  {
    name: 'Moderate complaints in basic GGZ: IPS is not for lighter complaints outside specialist care',
    seeds: ['000:222', '000:230', '002:600', '004:747-751', '001:375'],
    answers: PEOPLE.wgaGroningen,
    notSuitable: ['ips'],
  },
  {
    name: 'Moderate complaints with only the huisarts: IPS is not suitable',
    seeds: ['000:222', '000:230', '002:600', '004:747-751', '001:375'],
    answers: PEOPLE.employedWajongTilburg,
    notSuitable: ['ips'],
  },
  {
    name: 'Severe complaints, moved from specialist care to the huisarts: IPS stays a check',
    seeds: ['000:220-222'],
    answers: PEOPLE.severeStableAtGpGroningen,
    conditional: ['ips'],
  },
  {
    name: 'Moderate complaints in specialist GGZ: IPS is a check, not ruled out',
    seeds: ['000:230', '004:747-751', '004:803-808'],
    answers: { ...PEOPLE.epaOtherProviderGroningen, situation: { ...PEOPLE.epaOtherProviderGroningen.situation, severity: 'moderate' } },
    conditional: ['ips'],
  },
  {
    name: 'WW: jobcoaching is not for people on WW',
    seeds: ['004:1469-1471', '004:1785-1792'],
    answers: PEOPLE.wwAmersfoort,
    notSuitable: ['jobcoaching'],
  },
  {
    name: 'Working with bijstand, not in the doelgroepregister: no jobcoaching',
    seeds: ['004:1469-1471', '004:1785-1792'],
    answers: PEOPLE.employedBijstandNotInRegisterRotterdam,
    notSuitable: ['jobcoaching'],
  },
  {
    name: 'Working without a benefit, not in the register: jobcoaching "soms" with a limitation shown, so a check',
    seeds: ['004:1788-1792'],
    answers: PEOPLE.employedNoBenefitNotInRegisterTilburg,
    conditional: ['jobcoaching'],
  },
  {
    name: 'Ziektewet without an employer: werkgerichte gedragstherapie is open (a check while its offer is unclear)',
    seeds: ['003:193', '002:644-646'],
    answers: PEOPLE.ziektewetNoEmployerDenHaag,
    conditional: ['werkgerichte-cgt'],
  },
  {
    name: 'Bijstand without work: werkgerichte gedragstherapie is for the sick-listed and Ziektewet only',
    seeds: ['002:648-650', '003:193'],
    answers: PEOPLE.bijstandRotterdam,
    notSuitable: ['werkgerichte-cgt'],
  },
  {
    name: 'A veteran with WGA: De Harde Leerschool names veterans, so it fits',
    seeds: ['004:1552-1555', '004:1844-1846'],
    answers: veteranWga(true),
    recommended: ['de-harde-leerschool'],
  },
  {
    name: 'The same person, not a veteran: WGA is not among the groups named, so a check',
    seeds: ['004:1552-1555'],
    answers: veteranWga(false),
    conditional: ['de-harde-leerschool'],
  },
  {
    name: 'Severe, in specialist care elsewhere, in Utrecht: Sterk met Werk is no integrated offer, so the gap is named',
    seeds: ['004:2231-2237', '004:1438-1458', '004:1713-1714'],
    answers: PEOPLE.severeOtherProviderUtrecht,
    recommended: ['sterk-met-werk', 'ips'],
    signals: ['gap-severe-no-integrated-offer'],
  },
  {
    name: 'JIM is for young people: at 50 not suitable (no seed gives JIM an age; "jongeren" read as 16 t/m 26, as 004:1458 uses it)',
    seeds: ['000:342', '004:1458'],
    answers: PEOPLE.severeNoCareAmsterdam,
    notSuitable: ['jim'],
  },
];

const NAMED = [
  'ips',
  'werkfit-maken',
  'naar-werk',
  'gemeentelijke-re-integratie',
  'werk-als-beste-zorg',
  'sterk-met-werk',
  'sterk-met-werk-of-scholing',
  'jobcoaching',
  'clubhuis-de-waterheuvel',
  'actief-herstel',
  'de-harde-leerschool',
  'participatieve-aanpak',
];

const ids = (advice: Advice, group: 'recommended' | 'conditional' | 'notSuitable') => advice[group].map((r) => r.id);

describe('advise: personas from the seeds', () => {
  it.each(rows)('$name', (row) => {
    const advice = advise(row.answers, catalogue, 'nl');
    if (row.first) expect(advice.recommended[0]?.id).toBe(row.first);
    for (const id of row.recommended ?? []) expect(ids(advice, 'recommended'), `${id} recommended`).toContain(id);
    for (const id of row.conditional ?? []) expect(ids(advice, 'conditional'), `${id} conditional`).toContain(id);
    for (const id of row.notSuitable ?? []) expect(ids(advice, 'notSuitable'), `${id} not suitable`).toContain(id);
    const signals = advice.signals.map((s) => s.id);
    for (const s of row.signals ?? []) expect(signals).toContain(s);
    for (const s of row.noSignals ?? []) expect(signals).not.toContain(s);
    // Crisis always comes first, before any other signal.
    if (signals.includes('crisis')) expect(signals[0]).toBe('crisis');
    // Every reason is tied to sources, and every non-policy reason to an answer.
    for (const r of [...advice.recommended, ...advice.conditional, ...advice.notSuitable]) {
      for (const reason of r.reasons) expect(reason.sources.length, `${r.id}: ${reason.text}`).toBeGreaterThan(0);
    }
  });

  it('covers each of the twelve named routes at least once as recommended and once as not suitable', () => {
    for (const id of NAMED) {
      expect(rows.some((r) => r.first === id || r.recommended?.includes(id)), `${id} recommended somewhere`).toBe(true);
      expect(rows.some((r) => r.notSuitable?.includes(id)), `${id} not suitable somewhere`).toBe(true);
    }
    const signals = new Set(rows.flatMap((r) => r.signals ?? []));
    for (const s of ['crisis', 'gap-no-benefit', 'gap-severe-no-care', 'region-unknown'] as const) expect(signals).toContain(s);
  });

  it('tells a person who is in crisis where to get help now: 113, the huisarts and 112', () => {
    const crisis = advise(PEOPLE.crisis, catalogue, 'nl').signals[0]!;
    const text = [crisis.text, ...crisis.actions].join(' ');
    expect(text).toContain('0800-0113');
    expect(text).toContain('112');
    expect(text.toLowerCase()).toContain('huisarts');
  });

  it('names the gap for severe complaints in care whose provider has no integrated offer', () => {
    const advice = advise(
      { ...PEOPLE.epaOtherProviderGroningen, situation: { ...PEOPLE.epaOtherProviderGroningen.situation, benefit: 'bijstand', careOverOneYear: false } },
      catalogue, 'nl',
    );
    // 004:2233-2237: people in care at a GGZ-instelling without IPS or WABZ may be missed.
    expect(ids(advice, 'recommended')).not.toContain('werk-als-beste-zorg');
    expect(advice.signals.map((s) => s.id)).toEqual(expect.arrayContaining(['gap-severe-no-integrated-offer']));
  });

  it('cites only seed lines that exist', () => {
    const dir = path.join(process.cwd(), 'content/seeds');
    const lengths = new Map(readdirSync(dir).map((f) => [f.slice(0, 3), readFileSync(path.join(dir, f), 'utf8').split('\n').length]));
    for (const row of rows) {
      for (const ref of row.seeds) {
        if (ref.startsWith('pub:')) {
          expect(catalogue.publicSources.map((p) => p.id)).toContain(ref.slice(4));
          continue;
        }
        const m = /^(\d{3}):(\d+)(?:-(\d+))?$/.exec(ref);
        expect(m, ref).not.toBeNull();
        const [, file, from, to] = m!;
        expect(Number(to ?? from)).toBeLessThanOrEqual(lengths.get(file!) ?? 0);
      }
    }
  });
});

/*
 * The assessment loop (step 5): what was learned leads to the next route. Werkfit maken ends
 * when you are "klaar … voor een betaalde baan" and Naar werk follows (004:1343-1345, 1364);
 * once a job is found, support is about keeping it (004:1466-1468, 004:1981-1983).
 */
describe('assessment loop: the next route follows from the result', () => {
  const machine = createRouteMachine(machineDeps(catalogue));
  const werkfit = PEOPLE.wgaGroningen;

  const journeyTo = (route: string) => {
    const a = createActor(machine, { snapshot: undefined }).start();
    // Jump over the questions with the persona's answers: every question the machine asks is answered.
    for (let guard = 0; guard < 40; guard++) {
      const v = a.getSnapshot().value as { journey: string | Record<string, string> };
      if (v.journey === 'check') break;
      const q = Object.values(v.journey as Record<string, string>)[0]!;
      const patch =
        q === 'priorities'
          ? { priorities: [] }
          : ['goal', 'support', 'pace'].includes(q)
            ? { wish: { [q]: (werkfit.wish as Record<string, unknown>)[q] } }
            : { situation: { [q]: (werkfit.situation as Record<string, unknown>)[q] ?? false } };
      a.send({ type: 'answer.submit', question: q as never, patch: patch as never });
    }
    a.send({ type: 'answers.confirm' });
    a.send({ type: 'route.choose', route });
    a.send({ type: 'assessment.start' });
    return a;
  };

  it.each([
    { route: 'werkfit-maken', result: 'ready-for-work', next: ['naar-werk'], seeds: ['004:1343-1345', '004:1364'] },
    { route: 'werkfit-maken', result: 'job-found', next: ['jobcoaching'], seeds: ['004:1466-1468'] },
    { route: 'naar-werk', result: 'job-found', next: ['jobcoaching'], seeds: ['004:1981-1983', '004:1466-1468'] },
  ] as const)('$route → $result → $next', ({ route, result, next }) => {
    const a = journeyTo(route);
    a.send({ type: 'result.report', result, date: '2026-11-26' });
    expect(a.getSnapshot().context.suggested).toEqual(next);
    a.send({ type: 'assessment.continue', route: next[0] });
    expect(a.getSnapshot().value).toEqual({ journey: 'action' });
    expect(a.getSnapshot().context.chosenRoute).toBe(next[0]);
    expect(a.getSnapshot().context.history.at(-1)).toMatchObject({ route, result });
  });

  it('stopped → choose another route: back to the advice, with what was tried remembered', () => {
    const a = journeyTo('werkfit-maken');
    a.send({ type: 'result.report', result: 'stopped', date: '2026-11-26' });
    a.send({ type: 'assessment.chooseOther' });
    expect(a.getSnapshot().value).toEqual({ journey: 'process' });
    expect(a.getSnapshot().context.history).toEqual([{ route: 'werkfit-maken', result: 'stopped', date: '2026-11-26' }]);
  });
});

describe('routes that do not fit: listed by name', () => {
  const collator = new Intl.Collator('nl');
  const inNameOrder = (names: string[]) => names.every((n, i) => i === 0 || collator.compare(names[i - 1]!, n) <= 0);

  it('lists them in Dutch alphabetical order, whatever the catalogue order', () => {
    const advice = advise(PEOPLE.bijstand28Utrecht, catalogue, 'nl');
    const names = advice.notSuitable.map((r) => r.name);
    expect(names.length).toBeGreaterThan(3);
    expect(inNameOrder(names)).toBe(true);
    // The same catalogue in reverse gives the same list: the order is by name, not by file.
    const reversed = advise(PEOPLE.bijstand28Utrecht, { ...catalogue, routes: [...catalogue.routes].reverse() }, 'nl');
    expect(reversed.notSuitable.map((r) => r.id)).toEqual(advice.notSuitable.map((r) => r.id));
  });

  it('works the order out again for a changed catalogue instead of reusing a stale one', () => {
    const first = advise(PEOPLE.bijstand28Utrecht, catalogue, 'nl');
    const renamed = catalogue.routes.map((r) => (r.id === first.notSuitable.at(-1)!.id ? { ...r, name: 'AAA eerst' } : r));
    const again = advise(PEOPLE.bijstand28Utrecht, { ...catalogue, routes: renamed }, 'nl');
    expect(again.notSuitable[0]).toMatchObject({ id: first.notSuitable.at(-1)!.id, name: 'AAA eerst' });
    // A list that grew in place is not served from the old order either.
    const grown = [...catalogue.routes];
    advise(PEOPLE.bijstand28Utrecht, { ...catalogue, routes: grown }, 'nl');
    const template = catalogue.routes.find((r) => r.id === first.notSuitable[0]!.id)!;
    grown.push({ ...template, id: 'kopie', name: 'ZZZ kopie' });
    const withExtra = advise(PEOPLE.bijstand28Utrecht, { ...catalogue, routes: grown }, 'nl');
    expect(withExtra.notSuitable.at(-1)).toMatchObject({ id: 'kopie', name: 'ZZZ kopie' });
  });
});
