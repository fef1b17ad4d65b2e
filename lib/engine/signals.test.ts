import { describe, expect, it } from 'vitest';
import type { Answers } from '@/lib/answers/schema';
import { loadCatalogue } from '@/lib/catalogue/load';
import { advise } from '@/lib/engine/advise';
import type { Signal, SignalId } from '@/lib/engine/signals';
import { PEOPLE } from '@/tests/support/personas';

/*
 * What each signal tells a person, and exactly when it appears. The persona table in
 * advise.test.ts says which people get which signal; this file pins what a signal says:
 * its lines to act on, the answers it rests on (the check page links back to them), the
 * seed lines it cites (shown as its sources), and the routes it names. A mutation run
 * (docs/quality.md) found all of these unchecked.
 */

const catalogue = loadCatalogue();
const en = loadCatalogue({ locale: 'en' });

const signalsOf = (a: Answers, c = catalogue) => advise(a, c, c === en ? 'en' : 'nl').signals;
const signal = (a: Answers, id: SignalId, c = catalogue): Signal => {
  const s = signalsOf(a, c).find((x) => x.id === id);
  expect(s, `${id} for ${JSON.stringify(a.situation)}`).toBeDefined();
  return s!;
};
const ids = (a: Answers) => signalsOf(a).map((s) => s.id);
/** Every persona, typed as answers (the crisis persona's narrower type hides the other fields). */
const everyone: [string, Answers][] = Object.entries(PEOPLE);
const withSituation = (a: Answers, s: Partial<Answers['situation']>): Answers => ({ ...a, situation: { ...a.situation, ...s } });

describe('crisis: the help lines, first', () => {
  it('lists every help line with when to use it, "Bel <nummer>." only where it has a number, and cites the seeds and the lines\' own sources', () => {
    const s = signal(PEOPLE.crisis, 'crisis');
    expect(s.actions).toHaveLength(catalogue.help.length);
    for (const [i, h] of catalogue.help.entries()) {
      expect(s.actions[i]!.startsWith(`${h.name}: ${h.when}`)).toBe(true);
      if (h.phone) expect(s.actions[i]!.endsWith(` Bel ${h.phone}.`)).toBe(true);
      else expect(s.actions[i]).toBe(`${h.name}: ${h.when}`);
    }
    expect(catalogue.help.some((h) => h.phone)).toBe(true);
    expect(s.answers).toEqual(['situation.crisis']);
    const pub = catalogue.help.flatMap((h) => h.src.filter((x) => x.startsWith('pub:')));
    expect(pub.length).toBeGreaterThan(0);
    expect(s.sources).toEqual(['002:743', '002:1355', ...pub]);
  });

  it('speaks English on an English page', () => {
    const s = signal(PEOPLE.crisis, 'crisis', en);
    const phoned = en.help.find((h) => h.phone)!;
    expect(s.actions).toContain(`${phoned.name}: ${phoned.when} Call ${phoned.phone}.`);
  });
});

describe('gap-no-benefit', () => {
  it('gives three steps, rests on the benefit answer and cites the gap in the seeds', () => {
    const s = signal(PEOPLE.droppedOut19Amsterdam, 'gap-no-benefit');
    expect(s.actions).toHaveLength(3);
    expect(s.actions.every((x) => x.length > 10)).toBe(true);
    expect(s.answers).toEqual(['situation.benefit']);
    expect(s.sources).toEqual(['004:2228-2229', '004:1728-1734', '004:2299-2305']);
  });

  it('is not for people with a job, employed or sick-listed (000:353: their way in is the werkgever)', () => {
    const base = withSituation(PEOPLE.droppedOut19Amsterdam, { benefit: 'none' });
    expect(ids(withSituation(base, { work: 'employed' }))).not.toContain('gap-no-benefit');
    expect(ids(withSituation(base, { work: 'sick-listed' }))).not.toContain('gap-no-benefit');
    expect(ids(withSituation(base, { work: 'none' }))).toContain('gap-no-benefit');
  });
});

describe('gap-severe-no-care', () => {
  it('comes with severe complaints and no care or only the huisarts, with two steps and its sources', () => {
    for (const care of ['none', 'gp'] as const) {
      const s = signal(withSituation(PEOPLE.severeNoCareAmsterdam, { care }), 'gap-severe-no-care');
      expect(s.actions).toHaveLength(2);
      expect(s.answers).toEqual(['situation.severity', 'situation.care']);
      expect(s.sources).toEqual(['004:2231-2237', '004:2299-2305', '001:375']);
    }
    expect(ids(withSituation(PEOPLE.severeNoCareAmsterdam, { care: 'basic-ggz' }))).not.toContain('gap-severe-no-care');
    expect(ids(withSituation(PEOPLE.severeNoCareAmsterdam, { severity: 'moderate' }))).not.toContain('gap-severe-no-care');
  });
});

describe('gap-severe-no-integrated-offer (004:2231-2237)', () => {
  const integratedIds = catalogue.routes.filter((r) => r.kind === 'integrated-care-work').map((r) => r.id);

  it('names the integrated routes still open to the person, not the ones that do not fit', () => {
    const a = PEOPLE.epaOtherProviderGroningen;
    const s = signal(a, 'gap-severe-no-integrated-offer');
    const advice = advise(a, catalogue, 'nl');
    const open = [...advice.recommended, ...advice.conditional].map((r) => r.id).filter((id) => integratedIds.includes(id));
    const closed = advice.notSuitable.map((r) => r.id).filter((id) => integratedIds.includes(id));
    expect(open.length).toBeGreaterThan(0);
    expect(closed.length).toBeGreaterThan(0);
    expect([...(s.routes ?? [])].sort()).toEqual([...open].sort());
    expect(s.actions).toHaveLength(1);
    expect(s.answers).toEqual(['situation.severity', 'situation.care']);
    expect(s.sources).toEqual(['004:2231-2237']);
  });

  it('comes in basic GGZ as in specialist GGZ, and not outside GGZ or with lighter complaints', () => {
    const a = PEOPLE.epaOtherProviderGroningen;
    expect(ids(withSituation(a, { care: 'basic-ggz', careProvider: undefined, careOverOneYear: undefined }))).toContain('gap-severe-no-integrated-offer');
    expect(ids(withSituation(a, { care: 'gp', careProvider: undefined, careOverOneYear: undefined }))).not.toContain('gap-severe-no-integrated-offer');
    expect(ids(withSituation(a, { severity: 'moderate' }))).not.toContain('gap-severe-no-integrated-offer');
  });

  it('is not needed when the provider confirms an integrated route (Dimence, Enschede)', () => {
    const advice = advise(PEOPLE.epaDimenceEnschede, catalogue, 'nl');
    expect(advice.recommended.some((r) => integratedIds.includes(r.id))).toBe(true);
    expect(advice.signals.map((s) => s.id)).not.toContain('gap-severe-no-integrated-offer');
  });

  it('is not needed when a regional integrated route is recommended where the person lives', () => {
    const regional = catalogue.routes.filter((r) => r.kind === 'integrated-care-work' && r.regions.scope === 'regional');
    const here = everyone
      .map(([, a]) => a)
      .filter((a) => a.situation.severity === 'severe' && (a.situation.care === 'specialist-ggz' || a.situation.care === 'basic-ggz'))
      .map((a) => advise(a, catalogue, 'nl'))
      .filter((adv) => adv.recommended.some((r) => regional.some((x) => x.id === r.id)));
    expect(here.length).toBeGreaterThan(0);
    for (const adv of here) expect(adv.signals.map((s) => s.id)).not.toContain('gap-severe-no-integrated-offer');
    // A nationwide integrated route that is merely recommended is not enough: it still depends on the instelling.
    const other = advise(PEOPLE.epaOtherProviderGroningen, catalogue, 'nl');
    expect(other.recommended.filter((r) => regional.some((x) => x.id === r.id))).toEqual([]);
  });
});

describe('region-unknown', () => {
  it('asks for the gemeente, names the regional routes that wait for it, and cites 004:2214', () => {
    const a = PEOPLE.regionUnknown;
    const s = signal(a, 'region-unknown');
    const advice = advise(a, catalogue, 'nl');
    const waiting = advice.conditional.filter((r) => catalogue.routes.find((x) => x.id === r.id)!.regions.scope === 'regional').map((r) => r.id);
    expect(waiting.length).toBeGreaterThan(0);
    expect([...(s.routes ?? [])].sort()).toEqual([...waiting].sort());
    expect(s.actions).toHaveLength(1);
    expect(s.answers).toEqual(['situation.municipality']);
    expect(s.sources).toEqual(['004:2214']);
  });

  it('does not come when the gemeente is known', () => {
    expect(ids(PEOPLE.bijstand28Utrecht)).not.toContain('region-unknown');
  });
});

describe('no-regional-offer: a regional route would fit if you lived elsewhere', () => {
  const regionalIds = new Set(catalogue.routes.filter((r) => r.regions.scope === 'regional').map((r) => r.id));
  const people = everyone.filter(([, a]) => !a.situation.crisis && a.situation.municipality);

  it('comes exactly when nothing regional is open here and some regional route fails on the region alone', () => {
    let shown = 0;
    let notShown = 0;
    for (const [name, a] of people) {
      const advice = advise(a, catalogue, 'nl');
      const s = advice.signals.find((x) => x.id === 'no-regional-offer');
      const regionalHere = [...advice.recommended, ...advice.conditional].some((r) => regionalIds.has(r.id));
      if (regionalHere) {
        expect(s, name).toBeUndefined();
        notShown++;
        continue;
      }
      if (!s) continue;
      shown++;
      expect(s.routes!.length, name).toBeGreaterThan(0);
      for (const id of s.routes!) {
        expect(regionalIds.has(id), `${name}: ${id}`).toBe(true);
        expect(advice.notSuitable.map((r) => r.id), `${name}: ${id}`).toContain(id);
      }
      const gemeente = catalogue.regions.gemeenten.get(a.situation.municipality!)!;
      expect(s.title, name).toContain(gemeente.arbeidsmarktregio);
      expect(s.actions.join(' '), name).toContain(gemeente.name);
      for (const id of s.routes!) expect(s.text, name).toContain(catalogue.routes.find((r) => r.id === id)!.name);
      expect(s.answers).toEqual(['situation.municipality']);
      expect(s.sources).toEqual(['004:2214']);
    }
    expect(shown).toBeGreaterThan(0);
    expect(notShown).toBeGreaterThan(0);
  });

  it('offers no routes for people at work to someone without a job, and no support tools', () => {
    for (const [name, a] of people) {
      const s = signalsOf(a).find((x) => x.id === 'no-regional-offer');
      const hasJob = a.situation.work === 'employed' || a.situation.work === 'sick-listed';
      for (const id of s?.routes ?? []) {
        const kind = catalogue.routes.find((r) => r.id === id)!.kind;
        expect(kind, `${name}: ${id}`).not.toBe('support-tool');
        if (!hasJob) expect(['workplace', 'jobcoaching'], `${name}: ${id}`).not.toContain(kind);
      }
    }
  });
});
