import type { Answers } from '@/lib/answers/schema';
import { isRouteToWork, type Catalogue, type Route } from '@/lib/catalogue/schema';
import type { Gemeente } from '@/lib/regions/regions';
import type { Locale } from '@/lib/i18n/locale';
import { andList } from '@/lib/engine/labels';
import { phrases } from '@/lib/engine/phrases';

/*
 * Signals: things a person must hear besides the list of routes. `crisis` always comes
 * first; the gap signals say where the Dutch offer does not reach (004:2206-2237,
 * 004:2299-2305) and what to do about it.
 */

export const SIGNAL_IDS = [
  'crisis',
  'gap-no-benefit',
  'gap-severe-no-care',
  'gap-severe-no-integrated-offer',
  'no-regional-offer',
  'region-unknown',
] as const;
export type SignalId = (typeof SIGNAL_IDS)[number];

export type Signal = {
  id: SignalId;
  title: string;
  text: string;
  /** What to do, one step a line. */
  actions: string[];
  answers: string[];
  sources: string[];
  /** Routes the signal is about, e.g. regional routes elsewhere. */
  routes?: string[];
};

export type RouteVerdict = {
  route: Route;
  group: 'recommended' | 'conditional' | 'notSuitable';
  /** It passes because it is tied to the person's care provider. */
  providerConfirmed: boolean;
  /** It fails on the region alone: it would fit if the person lived elsewhere. */
  failsOnRegionAlone: boolean;
};

const isRegional = (v: RouteVerdict) => v.route.regions.scope === 'regional';

/** The signals for these answers, in `locale` (help lines come from the catalogue: pass the catalogue of the same language). */
export function signals(a: Answers, gemeente: Gemeente | undefined, verdicts: readonly RouteVerdict[], catalogue: Catalogue, locale: Locale): Signal[] {
  const p = phrases(locale).signals;
  const s = a.situation;
  const out: Signal[] = [];

  if (s.crisis) {
    out.push({
      id: 'crisis',
      title: p.crisis.title(),
      text: p.crisis.text(),
      actions: catalogue.help.map((h) => `${p.crisis.line({ name: h.name, when: h.when })}${h.phone ? ` ${p.crisis.call({ phone: h.phone })}` : ''}`),
      answers: ['situation.crisis'],
      sources: ['002:743', '002:1355', ...catalogue.help.flatMap((h) => h.src.filter((x) => x.startsWith('pub:')))],
    });
  }

  // Employees are paid by their employer: their way in is the werkgever and the bedrijfsarts
  // (000:353), not the gemeente, so the no-benefit gap is not theirs.
  const hasJob = s.work === 'employed' || s.work === 'sick-listed';
  if (s.benefit === 'none' && !hasJob) {
    out.push({
      id: 'gap-no-benefit',
      title: p.noBenefit.title(),
      text: p.noBenefit.text(),
      actions: [p.noBenefit.askGemeente(), p.noBenefit.say(), p.noBenefit.askTherapist()],
      answers: ['situation.benefit'],
      sources: ['004:2228-2229', '004:1728-1734', '004:2299-2305'],
    });
  }

  const severe = s.severity === 'severe';
  if (severe && (s.care === 'none' || s.care === 'gp')) {
    out.push({
      id: 'gap-severe-no-care',
      title: p.severeNoCare.title(),
      text: p.severeNoCare.text(),
      actions: [p.severeNoCare.gp(), p.severeNoCare.gemeente()],
      answers: ['situation.severity', 'situation.care'],
      sources: ['004:2231-2237', '004:2299-2305', '001:375'],
    });
  }

  const inGgz = s.care === 'specialist-ggz' || s.care === 'basic-ggz';
  const integrated = verdicts.filter((v) => v.route.kind === 'integrated-care-work');
  // An integrated offer is only sure when it is tied to where you live or to your provider;
  // whether IPS or IRB is there depends on your GGZ-instelling (004:2231-2237), so those
  // still leave the question to ask.
  const confirmed = (v: RouteVerdict) =>
    v.group === 'recommended' && (isRegional(v) || v.providerConfirmed);
  if (severe && inGgz && !integrated.some(confirmed)) {
    out.push({
      id: 'gap-severe-no-integrated-offer',
      title: p.severeNoIntegrated.title(),
      text: p.severeNoIntegrated.text(),
      actions: [p.severeNoIntegrated.ask()],
      answers: ['situation.severity', 'situation.care'],
      sources: ['004:2231-2237'],
      routes: integrated.filter((v) => v.group !== 'notSuitable').map((v) => v.route.id),
    });
  }

  if (!gemeente) {
    const regional = verdicts.filter((v) => isRegional(v) && v.group === 'conditional').map((v) => v.route.id);
    out.push({
      id: 'region-unknown',
      title: p.regionUnknown.title(),
      text: p.regionUnknown.text(),
      actions: [p.regionUnknown.fill()],
      answers: ['situation.municipality'],
      sources: ['004:2214'],
      routes: regional,
    });
  } else {
    // Regional routes that fail on region alone, while nothing regional fits here.
    // Only routes the person could use if they lived there: no support tools, and no routes
    // for people at work when they have none.
    const usable = (v: RouteVerdict) => isRouteToWork(v.route.kind) && (hasJob || (v.route.kind !== 'workplace' && v.route.kind !== 'jobcoaching'));
    const elsewhere = verdicts.filter((v) => isRegional(v) && v.group === 'notSuitable' && v.failsOnRegionAlone && usable(v));
    const regionalHere = verdicts.some((v) => isRegional(v) && v.group !== 'notSuitable');
    if (elsewhere.length > 0 && !regionalHere) {
      out.push({
        id: 'no-regional-offer',
        title: p.noRegionalOffer.title({ region: gemeente.arbeidsmarktregio }),
        text: p.noRegionalOffer.text({ routes: andList(elsewhere.map((v) => v.route.name), locale) }),
        actions: [p.noRegionalOffer.ask({ gemeente: gemeente.name })],
        answers: ['situation.municipality'],
        sources: ['004:2214'],
        routes: elsewhere.map((v) => v.route.id),
      });
    }
  }
  return out;
}
