import type { Answers, Pace, Priority, Support } from '@/lib/answers/schema';
import { isRouteToWork, type EvidenceLevel, type Route } from '@/lib/catalogue/schema';
import type { Reason } from '@/lib/engine/evaluate';
import type { Locale } from '@/lib/i18n/locale';
import { phrases } from '@/lib/engine/phrases';

/*
 * The ranking policy. Routes that fit are ordered by a score; each part of the score that
 * counts in a route's favour becomes a reason the person reads. Ties go to the id, so the
 * same answers always give the same order. The weights and where they come from:
 *
 *  evidence        strong 30 · moderate 20 · limited 10 · none 0
 *                  "De een met betere resultaten dan de ander" (004:2267-2269); IPS is proven
 *                  for EPA (000:143), stepwise routes score lower than IPS (004:2064-2067).
 *  setting         +25 for integrated care-and-work routes when complaints are severe and the
 *                  person is in GGZ care: "trajecten waarbij re-integratie en zorg hand in hand
 *                  gaan het meest passend" (004:2231-2233).
 *                  +20 for workplace approaches and on-the-job support when the person has a
 *                  job or is sick-listed: work-focused approaches "laten vooral hun meerwaarde
 *                  zien in het werkbehoud en het terugkeren naar de werkplek" (004:268-270).
 *                  +10 for UWV and gemeente services when complaints are mild or moderate and
 *                  the person has a benefit: they "via het UWV of de gemeente passende
 *                  begeleiding naar werk kunnen vinden" (004:2215-2229).
 *  wish            +8 for each kind of support the person asked for that the route gives
 *                  (at most three count): "Wat werkt voor wie hangt af van … de wens van de
 *                  cliënt" (004:2269-2270; the wishes listed at 004:2289-2291).
 *  pace            +10 when the route's pace matches the wished pace, −6 when it clashes:
 *                  "Het is belangrijk je eigen tempo richting (betaald) werk te kunnen
 *                  volgen" (003:92-94). Tempo is one wish, asked once: "Direct aan de slag of
 *                  eerst nog vaardigheden trainen?" (004:2326-2327). The stroomschema's "direct
 *                  aan betaald werk geholpen worden" (004:2289-2290) is the same wish, so the
 *                  support "find-job-fast" and the priorities "fast-job" and "own-pace" (which
 *                  API clients may still send) count here, once, not as a support or a
 *                  priority of their own (issue 15: speed was asked, and given as a reason,
 *                  three times). A route meets a fast pace when it is fast or finds a job
 *                  straight away; an own pace when it lets you go at your own pace or works
 *                  step by step. The weight is a priority's: it was one (003:86-131).
 *  priorities      +10 for each priority the person chose that the route meets (003:86-131:
 *                  financial security, own pace, peer support; staying in care 003:230).
 *  unsure          +8 when the person does not know yet what they want and the route is made
 *                  for finding out (its goal criterion lists "unsure" as a fit, with its own
 *                  seed quote): "uitzoeken wat het beste past" is one of the stroomschema's
 *                  wishes (004:2289-2290), weighed as one (the wish weight). Said once; the
 *                  support "explore" does not add a second reason (issue 15).
 *  region          +5 for a regional route offered where the person lives: the offer in
 *                  the region is one of the three deciding factors (004:2214).
 *
 * Tiers come before scores: support tools (e-mental health, Coral 2.0, JIM …), and the
 * instruments, safety nets and kinds of help of issue 18 (COMPANION_KINDS), are companions
 * to a route to work, not routes of their own, so every fitting route to work is listed
 * before them whatever their score. Their evidence is about symptoms or disclosure, not
 * about finding work: "geen (bewezen effectieve) online interventies … die re-integratie van
 * mensen met CMD bevorderen" (002:716); Coral 2.0 is an instrument that helps a person
 * choose how open to be (003:172-174), used next to guidance by gemeente, UWV or IPS.
 */

/** 0 for routes to work, 1 for companions that go along with one (see the policy above). */
export const tierOf = (route: Route): 0 | 1 => (isRouteToWork(route.kind) ? 0 : 1);

export const COMPANION_SOURCES = ['002:716', '003:172-174'];

export const WEIGHTS = {
  evidence: { strong: 30, moderate: 20, limited: 10, none: 0 } satisfies Record<EvidenceLevel, number>,
  integratedForSevere: 25,
  workplaceForEmployed: 20,
  servicesForMildWithBenefit: 10,
  supportMatch: 8,
  maxSupportMatches: 3,
  paceMatch: 10,
  paceClash: 6,
  priority: 10,
  regionalMatch: 5,
  unsureFit: 8,
} as const;

const POLICY_SOURCES = {
  integrated: ['004:2231-2233'],
  workplace: ['004:268-270'],
  services: ['004:2215-2229'],
  wish: ['004:2269-2270', '004:2289-2291'],
  pace: ['003:92-94'],
  priorities: ['003:86-131'],
  region: ['004:2214'],
  unsure: ['004:2289-2290'],
};

export type Ranked = { score: number; reasons: Reason[] };

/** The kinds of support a route offers, as a set made once per route: ranking asks it several times per route on every call. */
const supportSets = new WeakMap<Route, ReadonlySet<Support>>();
function routeSupports(r: Route): ReadonlySet<Support> {
  let set = supportSets.get(r);
  if (!set) supportSets.set(r, (set = new Set(r.supports.map((s) => s.value))));
  return set;
}

export function routeMeetsPriority(route: Route, p: Priority): boolean {
  const supports = routeSupports(route);
  const pace = 'value' in route.pace ? route.pace.value : undefined;
  switch (p) {
    case 'own-pace':
      return pace === 'own-pace' || pace === 'both' || supports.has('stepwise');
    case 'income-security':
      return route.incomeSecurity !== undefined;
    case 'peers':
      return supports.has('peers');
    case 'stay-in-care':
      return supports.has('treatment-and-work') || route.kind === 'integrated-care-work';
    case 'fast-job':
      return supports.has('find-job-fast') || pace === 'fast';
  }
}

/** Priorities that are a pace: asked once, as the pace (see the policy above). */
export const PACE_PRIORITIES: readonly Priority[] = ['own-pace', 'fast-job'];

/**
 * The one pace a person wished: the pace question; for an API body without it, a support
 * "find-job-fast" or a priority "fast-job" is fast, a priority "own-pace" is their own pace.
 */
export function wishedPace(a: Answers): Pace | undefined {
  if (a.wish.pace) return a.wish.pace;
  if ((a.wish.support ?? []).includes('find-job-fast') || (a.priorities ?? []).includes('fast-job')) return 'fast';
  if ((a.priorities ?? []).includes('own-pace')) return 'own-pace';
  return undefined;
}

/** Whether a route goes at this pace: true, false (it clashes), or undefined (the sources do not say). */
export function routeMeetsPace(route: Route, pace: Pace): boolean | undefined {
  const value = 'value' in route.pace ? route.pace.value : undefined;
  if (value === 'both' || value === pace) return true;
  const supports = routeSupports(route);
  if (pace === 'fast' && supports.has('find-job-fast')) return true;
  if (pace === 'own-pace' && supports.has('stepwise')) return true;
  return value === undefined ? undefined : false;
}

/** The route's own sources for meeting the pace: its pace, or the support that makes it meet it. */
function paceSources(route: Route, pace: Pace): string[] {
  if ('value' in route.pace && (route.pace.value === pace || route.pace.value === 'both')) return route.pace.src;
  const via = route.supports.find((x) => x.value === (pace === 'fast' ? 'find-job-fast' : 'stepwise'));
  return via?.src ?? POLICY_SOURCES.pace;
}

/**
 * The score of a route that fits, and the reasons behind it, in `locale`. With `explain`
 * false only the score is worked out (reasons stays empty): advise() shows no reasons in
 * favour of a route that does not fit, and on big catalogues most routes do not.
 */
export function rank(route: Route, a: Answers, regionalMatch: boolean, locale: Locale, explain = true): Ranked {
  const p = phrases(locale);
  const s = a.situation;
  // `reasons?.push({...})` skips building the reason, text included, when nothing is explained.
  const reasons: Reason[] | undefined = explain ? [] : undefined;
  let score = WEIGHTS.evidence[route.evidence.level];
  if (tierOf(route) === 1) {
    reasons?.push({
      type: 'fits',
      text: p.rank.companion(),
      answers: [],
      sources: COMPANION_SOURCES,
    });
  }

  const inGgz = s.care === 'specialist-ggz' || s.care === 'basic-ggz';
  if (route.kind === 'integrated-care-work' && s.severity === 'severe' && inGgz) {
    score += WEIGHTS.integratedForSevere;
    reasons?.push({
      type: 'fits',
      text: p.rank.integrated(),
      answers: ['situation.severity', 'situation.care'],
      sources: POLICY_SOURCES.integrated,
    });
  }
  const hasJob = s.work === 'employed' || s.work === 'sick-listed';
  if (hasJob && (route.kind === 'workplace' || routeSupports(route).has('on-the-job'))) {
    score += WEIGHTS.workplaceForEmployed;
    reasons?.push({
      type: 'fits',
      text: p.rank.workplace(),
      answers: ['situation.work'],
      sources: POLICY_SOURCES.workplace,
    });
  }
  const hasBenefit = s.benefit !== undefined && s.benefit !== 'none';
  if ((route.kind === 'uwv-service' || route.kind === 'municipal-service') && hasBenefit && (s.severity === 'mild' || s.severity === 'moderate')) {
    score += WEIGHTS.servicesForMildWithBenefit;
    reasons?.push({
      type: 'fits',
      text: p.rank.services(),
      answers: ['situation.benefit', 'situation.severity'],
      sources: POLICY_SOURCES.services,
    });
  }

  // Not knowing yet what you want is a good answer: a route made for finding out fits it and
  // says so once (the stroomschema's wish "uitzoeken wat het beste past", 004:2289-2290; each
  // route's own seed quote on its goal). Ticking "uitzoeken wat bij me past" says the same.
  const goal = route.eligibility.goal;
  const findsOut = a.wish.goal === 'unsure' && 'in' in goal && (goal.in as readonly string[]).includes('unsure');
  if (findsOut) {
    score += WEIGHTS.unsureFit;
    reasons?.push({ type: 'fits', text: p.rank.unsureFits(), answers: ['wish.goal'], sources: [...goal.src, ...POLICY_SOURCES.unsure] });
  }

  // In a crisis work comes later (002:743, 002:1355): nothing speaks of speed.
  const crisis = s.crisis === true;
  const supports = routeSupports(route);
  // Speed is a matter of pace, counted once below.
  const wanted: Support[] = (a.wish.support ?? []).filter((w) => supports.has(w) && w !== 'find-job-fast' && !(findsOut && w === 'explore'));
  for (const w of wanted.slice(0, WEIGHTS.maxSupportMatches)) {
    score += WEIGHTS.supportMatch;
    reasons?.push({ type: 'fits', text: p.labels.supportMatch[w], answers: ['wish.support'], sources: route.supports.find((x) => x.value === w)!.src });
  }

  const pace = wishedPace(a);
  if (pace && !crisis) {
    const meets = routeMeetsPace(route, pace);
    if (meets) {
      score += WEIGHTS.paceMatch;
      reasons?.push({
        type: 'fits',
        text: pace === 'fast' ? p.rank.paceFast() : p.rank.paceOwn(),
        answers: ['wish.pace'],
        sources: paceSources(route, pace),
      });
    } else if (meets === false) {
      score -= WEIGHTS.paceClash;
    }
  }

  for (const pr of a.priorities ?? []) {
    if (pr === 'fast-job' || pr === 'own-pace') continue; // tempo, counted once above
    if (routeMeetsPriority(route, pr)) {
      score += WEIGHTS.priority;
      reasons?.push({ type: 'fits', text: p.labels.priorityMatch[pr], answers: ['priorities'], sources: POLICY_SOURCES.priorities });
    }
  }

  if (regionalMatch) {
    score += WEIGHTS.regionalMatch;
    reasons?.push({
      type: 'fits',
      text: p.rank.regional(),
      answers: ['situation.municipality'],
      sources: POLICY_SOURCES.region,
    });
  }
  return { score, reasons: reasons ?? [] };
}
