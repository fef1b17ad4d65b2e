import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answers } from '@/lib/answers/schema';
import { loadCatalogue } from '@/lib/catalogue/load';
import { advise } from '@/lib/engine/advise';
import type { DecisionRule } from '@/lib/engine/route';
import { PEOPLE } from '@/tests/support/personas';

/*
 * The recommended route, one row per person. Each row cites the seed lines behind its first
 * step, its then-steps and the routes that must not appear anywhere in the route; the last
 * test checks those lines exist. A change to the decision order (route.ts,
 * docs/decision-order.md) fails the row of the branch it touches.
 * Gemeentecodes: 0014 Groningen, 0153 Enschede (Twente), 0344 Utrecht (Midden-Utrecht),
 * 0363 Amsterdam (Groot Amsterdam), 0505 Dordrecht (Drechtsteden), 0518 Den Haag,
 * 0599 Rotterdam, 0855 Tilburg, 0957 Roermond (Midden-Limburg), 0983 Venlo (Noord-Limburg).
 */

const catalogue = loadCatalogue();

type S = Answers['situation'];
type W = Answers['wish'];
const person = (situation: S, wish: W): Answers => ({ situation: { crisis: false, condition: 'mental-health', ...situation }, wish });

type Row = {
  name: string;
  seeds: string[];
  answers: Answers;
  rule: DecisionRule;
  first: string;
  then?: string[];
  alternatives?: string[];
  /** Route ids that must not appear in first step, then, alternatives or alongside. */
  absent?: string[];
};

const severeInCare = (careProvider: S['careProvider'], municipality: string): Answers =>
  person(
    { severity: 'severe', age: 40, municipality, work: 'none', benefit: 'wia-wga', care: 'specialist-ggz', careProvider, careOverOneYear: true },
    { goal: 'paid-work', support: ['treatment-and-work'], pace: 'fast' },
  );

const rows: Row[] = [
  {
    name: 'crisis: human help first, nothing else',
    seeds: ['002:743', '002:1355', '002:1470-1477'],
    answers: { ...PEOPLE.bijstand28Utrecht, situation: { ...PEOPLE.bijstand28Utrecht.situation, crisis: true } },
    rule: 'crisis',
    first: 'crisis-help',
    absent: ['e-mental-health', 'sterk-met-werk', 'gemeentelijke-re-integratie'],
  },
  {
    name: 'sick-listed employee with light complaints: the bedrijfsarts leads',
    seeds: ['000:353', '004:268-270'],
    answers: PEOPLE.sickListedDenHaag,
    rule: 'employee',
    first: 'employer-and-bedrijfsarts',
    absent: ['gemeentelijke-re-integratie', 'werkfit-maken', 'naar-werk'],
  },
  {
    name: 'employee at risk, not sick-listed: act early, with the bedrijfsarts',
    seeds: ['000:351', '004:268-270'],
    answers: person({ severity: 'mild', age: 45, municipality: '0518', work: 'employed', benefit: 'none', care: 'gp' }, { goal: 'keep-job', support: ['on-the-job'], pace: 'own-pace' }),
    rule: 'employee',
    first: 'employer-and-bedrijfsarts',
    absent: ['gemeentelijke-re-integratie', 'sterk-met-werk'],
  },
  {
    name: 'Wajong at work: employer first, jobcoaching through them',
    seeds: ['000:353', '004:1470-1477'],
    answers: PEOPLE.employedWajongTilburg,
    rule: 'employee',
    first: 'employer-and-bedrijfsarts',
    then: ['jobcoaching'],
  },
  {
    name: 'Ziektewet without an employer, not ready yet: Werkfit maken, then Naar werk',
    seeds: ['004:1335-1345', '004:1337-1338', '004:1356'],
    answers: person({ severity: 'moderate', age: 41, municipality: '0599', work: 'none', benefit: 'ziektewet', care: 'basic-ggz' }, { goal: 'paid-work', support: ['skills'], pace: 'own-pace' }),
    rule: 'uwv-benefit',
    first: 'werkfit-maken',
    then: ['naar-werk'],
    absent: ['gemeentelijke-re-integratie'],
  },
  {
    name: 'WW: Werkfit maken and Naar werk are not for WW, so ask UWV',
    seeds: ['004:1337-1338', '002:389-407'],
    answers: person({ severity: 'mild', age: 36, municipality: '0344', work: 'none', benefit: 'ww', care: 'gp' }, { goal: 'paid-work', support: ['find-job-fast'], pace: 'fast' }),
    rule: 'uwv-benefit',
    first: 'ask-uwv',
    absent: ['werkfit-maken', 'naar-werk', 'gemeentelijke-re-integratie'],
  },
  {
    name: 'WAO, wants to start soon: Naar werk',
    seeds: ['004:1337-1338', '004:1356'],
    answers: person({ severity: 'moderate', age: 58, municipality: '0855', work: 'none', benefit: 'wao', care: 'gp' }, { goal: 'paid-work', support: ['find-job-fast'], pace: 'fast' }),
    rule: 'uwv-benefit',
    first: 'naar-werk',
    then: ['jobcoaching'],
    absent: ['sterk-met-werk'],
  },
  {
    name: 'WGA, moderate, not ready, wants skills at own pace: Werkfit maken, then Naar werk',
    seeds: ['004:1335-1345', '004:1356', '004:2215-2229'],
    answers: PEOPLE.wgaGroningen,
    rule: 'uwv-benefit',
    first: 'werkfit-maken',
    then: ['naar-werk', 'jobcoaching'],
    absent: ['gemeentelijke-re-integratie'],
  },
  {
    name: 'Wajong at 24, ready for a regular job now: Naar werk',
    seeds: ['004:1338', '004:1364', '004:1356'],
    answers: PEOPLE.wajong24Tilburg,
    rule: 'uwv-benefit',
    first: 'naar-werk',
    then: ['jobcoaching'],
  },
  {
    name: 'bijstand at 28 in Utrecht: Sterk met Werk (27+) in the region',
    seeds: ['004:1438-1441', '004:1461-1462', '004:2214'],
    answers: PEOPLE.bijstand28Utrecht,
    rule: 'bijstand',
    first: 'sterk-met-werk',
    absent: ['werkfit-maken', 'sterk-met-werk-of-scholing'],
  },
  {
    name: 'bijstand at 27 in Utrecht: the age is a check, so the gemeente first',
    seeds: ['004:1438', '004:1926', '004:1728-1734'],
    answers: PEOPLE.bijstand27Utrecht,
    rule: 'bijstand',
    first: 'gemeentelijke-re-integratie',
    absent: ['werkfit-maken'],
  },
  {
    name: 'bijstand at 26 in Utrecht, dropped out, wants an education: Sterk met Werk of Scholing',
    seeds: ['004:1461-1464', '004:1927-1928'],
    answers: PEOPLE.droppedOut26Utrecht,
    rule: 'bijstand',
    first: 'sterk-met-werk-of-scholing',
    absent: ['sterk-met-werk', 'werkfit-maken'],
  },
  {
    name: 'dropout of 17 without benefit or care in Rotterdam: the gemeente',
    seeds: ['004:2228-2229', '004:2299-2305'],
    answers: person({ severity: 'moderate', age: 17, municipality: '0599', work: 'dropped-out', benefit: 'none', care: 'none' }, { goal: 'education', support: ['explore'], pace: 'own-pace' }),
    rule: 'no-benefit',
    first: 'ask-gemeente',
    absent: ['de-harde-leerschool', 'werkfit-maken', 'naar-werk'],
  },
  {
    name: 'dropout of 22 without benefit or care in Rotterdam: the gemeente',
    seeds: ['004:2228-2229', '004:2299-2305'],
    answers: PEOPLE.droppedOut22Rotterdam,
    rule: 'no-benefit',
    first: 'ask-gemeente',
    absent: ['werkfit-maken', 'naar-werk', 'jobcoaching'],
  },
  {
    name: 'Mediant dagbesteding in Enschede, unsure, own pace: Actief herstel, then WABZ once the wish is firm',
    seeds: ['004:1517-1521', '004:2064-2067', '004:1428-1431'],
    answers: PEOPLE.mediantDagbestedingEnschede,
    rule: 'severe-in-care',
    first: 'actief-herstel',
    then: ['werk-als-beste-zorg'],
  },
  {
    name: 'EPA at Dimence in Enschede: WABZ, instelling and region match',
    seeds: ['004:1428-1431', '004:1719-1720', '004:2231-2233'],
    answers: PEOPLE.epaDimenceEnschede,
    rule: 'severe-in-care',
    first: 'werk-als-beste-zorg',
    absent: ['clubhuis-de-waterheuvel', 'werkfit-maken'],
  },
  {
    name: 'Yulius in Dordrecht (Drechtsteden): WABZ',
    seeds: ['004:1428-1431', '004:1737'],
    answers: severeInCare('yulius', '0505'),
    rule: 'severe-in-care',
    first: 'werk-als-beste-zorg',
  },
  {
    name: 'Vincent van Gogh in Venlo (Noord-Limburg): WABZ',
    seeds: ['004:1428-1431'],
    answers: severeInCare('vincent-van-gogh', '0983'),
    rule: 'severe-in-care',
    first: 'werk-als-beste-zorg',
  },
  {
    name: 'Vincent van Gogh in Roermond (Midden-Limburg): IPS, not WABZ',
    seeds: ['004:1429-1430'],
    answers: severeInCare('vincent-van-gogh', '0957'),
    rule: 'severe-in-care',
    first: 'ips',
    absent: ['werk-als-beste-zorg'],
  },
  {
    name: 'EPA with another provider in Groningen: ask the team about IPS',
    seeds: ['004:747-751', '004:2231-2237'],
    answers: PEOPLE.epaOtherProviderGroningen,
    rule: 'severe-in-care',
    first: 'ips',
    absent: ['werk-als-beste-zorg'],
  },
  {
    name: 'severe complaints without care in Amsterdam: the huisarts first',
    seeds: ['004:2233-2237', '004:2299-2305', '001:375'],
    answers: PEOPLE.severeNoCareAmsterdam,
    rule: 'severe-no-care',
    first: 'ask-huisarts',
    absent: ['ips', 'werk-als-beste-zorg'],
  },
  {
    name: 'Clubhuis in Amsterdam: bijstand, moderate, peers at own pace',
    seeds: ['004:2214', '004:162-167'],
    answers: person({ severity: 'moderate', age: 44, municipality: '0363', work: 'none', benefit: 'bijstand', care: 'basic-ggz' }, { goal: 'paid-work', support: ['peers', 'stepwise'], pace: 'own-pace' }),
    rule: 'bijstand',
    first: 'clubhuis-de-waterheuvel',
  },
  {
    name: 'a veteran without benefit, not in care, in Rotterdam: De Harde Leerschool is open to him',
    seeds: ['004:1555', '004:2228-2229'],
    answers: person({ severity: 'mild', age: 47, municipality: '0599', work: 'none', benefit: 'none', care: 'none', veteran: true }, { goal: 'paid-work', support: ['skills'], pace: 'fast' }),
    rule: 'no-benefit',
    first: 'ask-gemeente',
    alternatives: ['de-harde-leerschool'],
  },
  {
    name: 'no benefit and no care in Den Haag: the gemeente gap',
    seeds: ['004:2228-2229', '004:2299-2305'],
    answers: person({ severity: 'mild', age: 33, municipality: '0518', work: 'none', benefit: 'none', care: 'none' }, { goal: 'paid-work', support: ['find-job-fast'], pace: 'fast' }),
    rule: 'no-benefit',
    first: 'ask-gemeente',
    absent: ['werkfit-maken', 'naar-werk', 'ips'],
  },
];

describe('the recommended route, person by person', () => {
  it('has at least 20 people', () => expect(rows.length).toBeGreaterThanOrEqual(20));

  for (const row of rows) {
    it(row.name, () => {
      const { route } = advise(row.answers, catalogue);
      expect(route.rule).toBe(row.rule);
      expect(route.firstStep.id).toBe(row.first);
      for (const id of row.then ?? []) expect(route.then.map((t) => t.id)).toContain(id);
      for (const id of row.alternatives ?? []) expect(route.alternatives.map((x) => x.id)).toContain(id);
      const all = [route.firstStep.id, ...route.then.map((t) => t.id), ...route.alternatives.map((x) => x.id), ...route.alongside.map((x) => x.id)];
      for (const id of row.absent ?? []) expect(all, `${id} in the route`).not.toContain(id);
    });
  }

  it('cites seed lines that exist', () => {
    const dir = path.join(process.cwd(), 'content/seeds');
    const lines = Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => [f.slice(0, 3), readFileSync(path.join(dir, f), 'utf8').split('\n').length]));
    for (const row of rows)
      for (const ref of row.seeds) {
        const m = /^(\d{3}):(\d+)(?:-(\d+))?$/.exec(ref);
        expect(m, `${row.name}: ${ref}`).not.toBeNull();
        expect(Number(m![3] ?? m![2]), `${row.name}: ${ref}`).toBeLessThanOrEqual(lines[m![1]!]!);
      }
  });
});

describe('what each part of the route says', () => {
  it('a crisis gives crisis-help with the help lines, and nothing after it', () => {
    const { route } = advise(PEOPLE.crisis, catalogue);
    expect(route.firstStep).toMatchObject({ type: 'action', id: 'crisis-help' });
    for (const h of catalogue.help) expect(route.firstStep.howToStart).toContain(h.name);
    expect([route.then, route.alternatives, route.alongside, route.checkFirst]).toEqual([[], [], [], []]);
    expect(route.firstStep.why.map((w) => w.text).join(' ')).not.toMatch(/snel/i);
  });

  it('a route as first step says how to start, and why in 1–3 reasons that do not repeat themselves', () => {
    for (const answers of Object.values(PEOPLE)) {
      const { route } = advise(answers, catalogue);
      expect(route.firstStep.howToStart.length).toBeGreaterThan(20);
      expect(route.firstStep.why.length).toBeGreaterThanOrEqual(1);
      expect(route.firstStep.why.length).toBeLessThanOrEqual(3);
      expect(new Set(route.firstStep.why.map((w) => w.text)).size).toBe(route.firstStep.why.length);
    }
  });

  it('each alternative has one trade-off sentence naming the first step', () => {
    const { route } = advise(PEOPLE.bijstand28Utrecht, catalogue);
    expect(route.alternatives.length).toBeGreaterThan(0);
    for (const alt of route.alternatives) expect(alt.tradeOff).toContain(route.firstStep.title);
  });

  it('routes for people with a job are never an alternative for someone without one', () => {
    const { route } = advise(PEOPLE.bijstand28Utrecht, catalogue);
    const byId = new Map(catalogue.routes.map((r) => [r.id, r]));
    for (const alt of route.alternatives) expect(['workplace', 'jobcoaching']).not.toContain(byId.get(alt.id)!.kind);
  });

  it('Coral goes alongside only for someone heading for work', () => {
    const volunteering = { ...PEOPLE.bijstand28Utrecht, wish: { ...PEOPLE.bijstand28Utrecht.wish, goal: 'volunteering' as const } };
    expect(advise(volunteering, catalogue).route.alongside.map((x) => x.id)).not.toContain('coral');
  });

  it('speaks English for an English catalogue', async () => {
    const { getCatalogue } = await import('@/lib/catalogue/load');
    const { route } = advise(PEOPLE.sickListedDenHaag, getCatalogue('en'), 'en');
    expect(route.firstStep.title).toMatch(/company doctor/);
  });
});
