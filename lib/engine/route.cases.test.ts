import { describe, expect, it } from 'vitest';
import type { Answers } from '@/lib/answers/schema';
import { loadCatalogue } from '@/lib/catalogue/load';
import { advise } from '@/lib/engine/advise';
import { LIMITS } from '@/lib/engine/route';
import { PEOPLE } from '@/tests/support/personas';

/*
 * The recommended route in detail, a person at a time: not only which first step (route.test.ts
 * has a row per branch) but what the person reads around it: why, in which order the next
 * steps come, how each alternative differs, what to check and where, and which signals
 * appear. Each case names the seed lines its rule rests on.
 */

const catalogue = loadCatalogue();
const withSituation = (a: Answers, situation: Partial<Answers['situation']>): Answers => ({ ...a, situation: { ...a.situation, ...situation } });

describe('a person with WGA, not ready for work yet (004:1335-1345, 004:1356, 004:2215-2229)', () => {
  const { route, signals } = advise(PEOPLE.wgaGroningen, catalogue, 'nl');

  it('starts at Werkfit maken, because of the UWV benefit and the wish to go step by step', () => {
    expect(route.firstStep).toMatchObject({ type: 'route', id: 'werkfit-maken' });
    expect(route.firstStep.why.map((w) => w.answers)).toEqual([['situation.benefit'], ['wish.pace', 'wish.support']]);
    expect(route.firstStep.why[0]!.sources).toEqual(['004:2215-2229']);
    expect(route.firstStep.why[1]!.sources).toEqual(['004:1335-1345', '004:1356']);
  });

  it('then Naar werk once ready for work, and a jobcoach once a job is found: in the order a person meets them', () => {
    expect(route.then).toEqual([
      { id: 'naar-werk', when: 'ready-for-work', whenText: 'Als je klaar bent om te gaan werken' },
      { id: 'jobcoaching', when: 'job-found', whenText: 'Als je werk hebt gevonden' },
    ]);
  });

  it('says for each alternative how it differs from Werkfit maken: pace, care, evidence, and who to ask', () => {
    expect(route.alternatives).toEqual([
      { id: 'irb', tradeOff: 'Anders dan Werkfit maken (UWV): in je eigen tempo, minder goed onderzocht, via je behandelaar.' },
      { id: 'de-harde-leerschool', tradeOff: 'Lijkt op Werkfit maken (UWV), maar via je gemeente.' },
      { id: 'wgb', tradeOff: 'Anders dan Werkfit maken (UWV): in je eigen tempo, samen met je behandeling, via je behandelaar.' },
    ]);
  });

  it('lists what to check for the alternatives, each with where to ask', () => {
    expect(route.checkFirst.map((c) => c.askAt)).toEqual(['gemeente', 'behandelaar']);
    expect(route.checkFirst[1]!.text).toMatch(/^WGB is er bij Reinier van Arkel/);
  });

  it('tools go alongside, peer support first at their own pace (003:125-131), and the regional routes of other regions are named (004:2214)', () => {
    expect(route.alongside.map((x) => x.id)).toEqual(['lotgenoten-en-ervaringsdeskundigen', 'e-mental-health']);
    expect(route.alongside.every((x) => /[.!?]$/.test(x.why) && !/[.!?] \S/.test(x.why))).toBe(true);
    expect(signals.map((s) => [s.id, s.routes])).toEqual([['no-regional-offer', ['actief-herstel', 'clubhuis-de-waterheuvel', 'werk-als-beste-zorg']]]);
  });
});

describe('people with a job (000:351, 000:353, 004:268-270)', () => {
  it('sick-listed: the bedrijfsarts leads, then on-the-job help via the employer; at most four checks', () => {
    const { route } = advise(PEOPLE.sickListedDenHaag, catalogue, 'nl');
    expect(route.firstStep).toMatchObject({ type: 'action', id: 'employer-and-bedrijfsarts' });
    expect(route.firstStep.why).toEqual([
      { text: 'Je hebt werk. Bij verzuim door psychische klachten neemt de bedrijfsarts het voortouw, samen met je werkgever.', answers: ['situation.work'], sources: ['000:353', '004:268-270'] },
    ]);
    expect(route.then.map((t) => [t.id, t.when])).toEqual([['participatieve-aanpak', 'via-employer']]);
    expect(route.alternatives.map((x) => x.tradeOff)).toContain('Lijkt op Praat met je bedrijfsarts en je werkgever, maar via je bedrijfsarts.');
    expect(route.checkFirst).toHaveLength(LIMITS.checkFirst);
    expect(route.checkFirst.map((c) => c.askAt)).toEqual(['bedrijfsarts', 'bedrijfsarts', 'uwv', 'uwv']);
    expect(new Set(route.checkFirst.map((c) => c.text)).size).toBe(LIMITS.checkFirst);
  });

  it('at work and not sick-listed: the same first step, for another reason (act early to keep the job)', () => {
    const { route } = advise(PEOPLE.employedWajongTilburg, catalogue, 'nl');
    expect(route.rule).toBe('employee');
    expect(route.firstStep.why).toEqual([
      {
        text: 'Je hebt werk. Hoe eerder je hulp krijgt, hoe beter je je werk kunt houden. De bedrijfsarts kan daarin een grote rol spelen.',
        answers: ['situation.work'],
        sources: ['000:351', '004:268-270'],
      },
    ]);
  });

  it('with no benefit, the no-benefit gap is not theirs: the employer pays (000:353)', () => {
    const ids = (a: Answers) => advise(a, catalogue, 'nl').signals.map((s) => s.id);
    expect(ids(withSituation(PEOPLE.employedWajongTilburg, { benefit: 'none' }))).not.toContain('gap-no-benefit');
    expect(ids(withSituation(PEOPLE.employedWajongTilburg, { benefit: 'none', work: 'none' }))).toContain('gap-no-benefit');
    expect(ids(withSituation(PEOPLE.employedWajongTilburg, { benefit: 'none', work: 'sick-listed' }))).not.toContain('gap-no-benefit');
  });
});

describe('severe complaints in GGZ care at Dimence in Enschede (004:1719-1720, 004:1737, 004:2231-2237)', () => {
  const { route, signals } = advise(PEOPLE.epaDimenceEnschede, catalogue, 'nl');

  it('starts at WABZ, naming the wish for treatment and work, and that the instelling offers it here', () => {
    expect(route.firstStep.id).toBe('werk-als-beste-zorg');
    expect(route.firstStep.why.map((w) => w.answers)).toEqual([
      ['situation.severity', 'situation.care', 'wish.support'],
      ['situation.careProvider', 'situation.municipality'],
    ]);
    expect(route.firstStep.why.map((w) => w.sources)).toEqual([['004:2231-2237'], ['004:1719-1720', '004:1737']]);
  });

  it('names at most two differences per alternative, then who to ask', () => {
    expect(route.alternatives[0]).toEqual({ id: 'ips', tradeOff: 'Anders dan Werk als Beste Zorg: sneller op zoek naar betaald werk, beter onderzocht, via je behandelaar.' });
    expect(route.alternatives[1]!.tradeOff).toBe('Anders dan Werk als Beste Zorg: los van je behandeling, minder goed onderzocht, via je gemeente.');
  });

  it('no gap signal: an integrated offer is confirmed here', () => {
    expect(signals.map((s) => s.id)).not.toContain('gap-severe-no-integrated-offer');
  });

  it('without the wish for treatment and work, the reason does not claim it', () => {
    const a = { ...PEOPLE.epaDimenceEnschede, wish: { ...PEOPLE.epaDimenceEnschede.wish, support: ['find-job-fast' as const] } };
    expect(advise(a, catalogue, 'nl').route.firstStep.why[0]!.answers).toEqual(['situation.severity', 'situation.care']);
  });
});

describe('a person who did not say where they live (004:2214)', () => {
  it('gets the gemeente’s route first and hears which regional routes depend on where they live', () => {
    const { route, signals } = advise(PEOPLE.regionUnknown, catalogue, 'nl');
    expect(route).toMatchObject({ rule: 'bijstand', firstStep: { id: 'gemeentelijke-re-integratie' } });
    // EXIT (issue 18) is the third alternative: whether there are other problems besides the
    // complaints, and whether the gemeente has it, are the two checks, both at the gemeente.
    expect(route.alternatives.map((x) => x.id)).toEqual(['de-harde-leerschool', 'irb', 'exit']);
    expect(route.checkFirst.map((c) => c.askAt)).toEqual(['gemeente', 'gemeente']);
    const unknown = signals.find((s) => s.id === 'region-unknown')!;
    expect(unknown).toMatchObject({ answers: ['situation.municipality'], sources: ['004:2214'] });
    expect(unknown.routes).toEqual(['actief-herstel', 'clubhuis-de-waterheuvel', 'mentorwijs', 'sterk-met-werk', 'werk-als-beste-zorg', 'werkwijzer']);
  });
});

describe('no benefit, no regional route that fits (004:2228-2229, 004:2299-2305)', () => {
  it('ask the gemeente; the gap and the routes in other regions are named', () => {
    const { route, signals } = advise(PEOPLE.droppedOut22Rotterdam, catalogue, 'nl');
    expect(route).toMatchObject({ rule: 'no-benefit', firstStep: { type: 'action', id: 'ask-gemeente' }, then: [] });
    expect(route.firstStep.why.map((w) => w.answers)).toEqual([['situation.benefit']]);
    expect(signals.map((s) => s.id)).toEqual(['gap-no-benefit', 'no-regional-offer']);
    expect(signals[1]!.routes).toEqual(['clubhuis-de-waterheuvel', 'sterk-met-werk-of-scholing']);
    expect(signals[1]!.title).toContain('Rijnmond');
  });

  it('a person who does not know their benefit is told to ask the gemeente for another reason than one with none', () => {
    const none = advise(PEOPLE.droppedOut22Rotterdam, catalogue, 'nl').route.firstStep.why[0]!.text;
    const unknown = advise(withSituation(PEOPLE.droppedOut22Rotterdam, { benefit: undefined }), catalogue, 'nl').route.firstStep;
    expect(unknown.id).toBe('ask-gemeente');
    expect(unknown.why[0]!.text).not.toBe(none);
  });
});

describe('severe complaints without care (004:2233-2237, 004:2299-2305, 001:375)', () => {
  it('ask the huisarts first; the peers of the Clubhuis are named as what differs', () => {
    const { route, signals } = advise(PEOPLE.severeNoCareAmsterdam, catalogue, 'nl');
    expect(route).toMatchObject({ rule: 'severe-no-care', firstStep: { type: 'action', id: 'ask-huisarts' }, then: [] });
    expect(route.alternatives[0]).toEqual({
      id: 'clubhuis-de-waterheuvel',
      tradeOff: 'Anders dan Praat met je huisarts over je klachten en werk: met mensen die hetzelfde meemaken, via jezelf aanmelden.',
    });
    expect(signals.map((s) => s.id)).toEqual(['gap-no-benefit', 'gap-severe-no-care']);
  });
});
