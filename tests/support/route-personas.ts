import type { Answers } from '@/lib/answers/schema';
import type { DecisionRule } from '@/lib/engine/route';
import { PEOPLE } from '@/tests/support/personas';

/*
 * The people of the recommended-route table (lib/engine/route.test.ts), one row each, citing
 * the seed lines behind the expected first step, its then-steps and the routes that must not
 * appear anywhere in the route. Gemeentecodes: 0014 Groningen, 0153 Enschede (Twente), 0344
 * Utrecht (Midden-Utrecht), 0363 Amsterdam (Groot Amsterdam), 0505 Dordrecht (Drechtsteden),
 * 0518 Den Haag, 0599 Rotterdam, 0855 Tilburg, 0957 Roermond (Midden-Limburg), 0983 Venlo
 * (Noord-Limburg).
 */

type S = Answers['situation'];
type W = Answers['wish'];
const person = (situation: S, wish: W): Answers => ({ situation: { crisis: false, condition: 'mental-health', ...situation }, wish });

export type RouteRow = {
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

export const ROUTE_ROWS: RouteRow[] = [
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
