import type { Answers } from '@/lib/answers/schema';
import type { Catalogue, Kind, Route } from '@/lib/catalogue/schema';
import type { Locale } from '@/lib/i18n/locale';
import { availabilityResult, evaluateRoute, overallStatus, type CriterionResult, type Reason } from '@/lib/engine/evaluate';
import { rank, tierOf } from '@/lib/engine/rank';
import { signals, type RouteVerdict, type Signal } from '@/lib/engine/signals';
import { recommendRoute, type RecommendedRoute } from '@/lib/engine/route';

/*
 * advise(answers, catalogue, locale): the whole recommendation, as a pure function.
 *
 * Every catalogue entry lands in exactly one group:
 * - recommended: every criterion the sources state is met (ranked, best first; see rank.ts);
 * - conditional: nothing rules it out, but something must be checked first (an answer the
 *   person did not know, or a condition the sources leave open);
 * - notSuitable: at least one criterion is not met.
 * Criteria the sources are silent on have no effect. No I/O, no clock, no randomness:
 * the same answers always give the same advice.
 *
 * Texts are in `locale` (the public API asks for Dutch). The engine's own
 * sentences come from content/messages/{nl,en}/engine.ts; route texts (names, a criterion's
 * own reasons, availability, help lines) from `catalogue`, so pass getCatalogue(locale).
 */

export type Group = 'recommended' | 'conditional' | 'notSuitable';

export type RouteAdvice = {
  id: string;
  name: string;
  kind: Kind;
  group: Group;
  /** 1 for the best recommended route; conditional routes are ranked among themselves. */
  rank?: number;
  score: number;
  /** What speaks for it ("fits"), what to check ("check"), what rules it out ("against"). */
  reasons: Reason[];
};

export type Advice = {
  /** The recommended route: first step, then, alternatives, alongside, check first (route.ts). */
  route: RecommendedRoute;
  recommended: RouteAdvice[];
  conditional: RouteAdvice[];
  notSuitable: RouteAdvice[];
  signals: Signal[];
  location?: { municipality: string; name: string; arbeidsmarktregio: string };
  catalogue: { version: string; date: string };
};

/** Criteria on one answer, whose pass only repeats that answer. */
const ECHO_CRITERIA = new Set(['condition', 'severity', 'age', 'benefit', 'care', 'work', 'goal']);

const groupOf = { pass: 'recommended', ask: 'conditional', fail: 'notSuitable' } as const;

/**
 * What advise() keeps of a route's judgement: the criterion results themselves are dropped
 * at once, and the judgement is also the verdict signals() reads (one object per route, not
 * two: less to collect on big catalogues).
 */
type Judged = RouteVerdict & { score: number; reasons: Reason[] };

function judgeRoute(route: Route, a: Answers, catalogue: Catalogue, locale: Locale): Judged {
  const gemeente = a.situation.municipality ? catalogue.regions.gemeenten.get(a.situation.municipality) : undefined;
  const results = evaluateRoute(route, a, gemeente, catalogue, locale);
  const availability = availabilityResult(route, locale);
  if (availability) results.push(availability);
  const group = groupOf[overallStatus(results)];
  const regionalMatch = route.regions.scope === 'regional' && results.some((r) => r.criterion === 'region' && r.status === 'pass');
  const ranked = rank(route, a, regionalMatch, locale, group !== 'notSuitable');
  const of = (status: CriterionResult['status']) => results.filter((r) => r.status === status).map((r) => r.reason);
  // A pass on a single answer ("voor mensen met psychische klachten. Jij hebt psychische
  // klachten.") only repeats the answer back: it is said only when nothing else speaks for the
  // route. Region, provider and combined criteria say something the person did not say.
  const telling = results.filter((r) => r.status === 'pass' && !ECHO_CRITERIA.has(r.criterion)).map((r) => r.reason);
  const inFavour = [...ranked.reasons, ...telling];
  const fits = inFavour.length > 0 ? inFavour : of('pass');
  const reasons = group === 'recommended' ? fits : group === 'conditional' ? [...of('ask'), ...fits] : of('fail');
  return {
    route,
    group,
    score: ranked.score,
    reasons,
    providerConfirmed: results.some((r) => r.criterion === 'careProvider' && r.status === 'pass'),
    failsOnRegionAlone: results.some((r) => r.criterion === 'region' && r.status === 'fail') && results.every((r) => r.criterion === 'region' || r.status !== 'fail'),
  };
}

const byScore = (x: Judged, y: Judged) =>
  tierOf(x.route) - tierOf(y.route) ||
  y.score - x.score || (x.route.id < y.route.id ? -1 : x.route.id > y.route.id ? 1 : 0);
/*
 * Routes that do not fit are listed by name. Sorting them on every call costs n log n
 * comparisons of a language-aware collator (a third of a 10,000-route call), so the name
 * order of a list of routes is worked out once per language, on its first call, and reused:
 * a call then picks the routes that do not fit out of that order, in linear time. The routes
 * array itself is the key (getCatalogue(locale) keeps one per language; a changed catalogue
 * has a new array), and an order whose length no longer matches is worked out again.
 */
const nameOrders = new WeakMap<readonly Route[], Partial<Record<Locale, readonly number[]>>>();
function nameOrder(routes: readonly Route[], locale: Locale): readonly number[] {
  const orders = nameOrders.get(routes) ?? {};
  let order = orders[locale];
  if (!order || order.length !== routes.length) {
    const collator = new Intl.Collator(locale);
    order = routes.map((_, i) => i).sort((x, y) => collator.compare(routes[x]!.name, routes[y]!.name) || (routes[x]!.id < routes[y]!.id ? -1 : 1));
    nameOrders.set(routes, { ...orders, [locale]: order });
  }
  return order;
}

const toAdvice = (j: Judged, i?: number): RouteAdvice => ({
  id: j.route.id,
  name: j.route.name,
  kind: j.route.kind,
  group: j.group,
  ...(i === undefined ? {} : { rank: i + 1 }),
  score: j.score,
  reasons: j.reasons,
});

export function advise(answers: Answers, catalogue: Catalogue, locale: Locale): Advice {
  const judged = catalogue.routes.map((r) => judgeRoute(r, answers, catalogue, locale));
  const recommended = judged.filter((j) => j.group === 'recommended').sort(byScore);
  const conditional = judged.filter((j) => j.group === 'conditional').sort(byScore);
  const notSuitable = nameOrder(catalogue.routes, locale).map((i) => judged[i]!).filter((j) => j.group === 'notSuitable');

  const code = answers.situation.municipality;
  const gemeente = code ? catalogue.regions.gemeenten.get(code) : undefined;

  return {
    route: recommendRoute(answers, [...recommended, ...conditional, ...notSuitable], catalogue, locale),
    recommended: recommended.map((j, i) => toAdvice(j, i)),
    conditional: conditional.map((j, i) => toAdvice(j, i)),
    notSuitable: notSuitable.map((j) => toAdvice(j)),
    signals: signals(answers, gemeente, judged, catalogue, locale),
    ...(gemeente ? { location: { municipality: gemeente.code, name: gemeente.name, arbeidsmarktregio: gemeente.arbeidsmarktregio } } : {}),
    catalogue: { version: catalogue.meta.version, date: catalogue.meta.date },
  };
}
