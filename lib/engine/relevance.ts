import type { Answers } from '@/lib/answers/schema';
import { isRouteToWork, type Catalogue, type Route } from '@/lib/catalogue/schema';
import { routeStatus } from '@/lib/engine/evaluate';

/*
 * Which answers can still change the advice. A field matters when some route to work that is
 * not yet ruled out by the answers so far restricts it (support tools do not count). The wizard asks a question only when
 * its field matters, so nobody in Groningen is asked their age for a route that only
 * exists in Midden-Utrecht.
 */

export type RelevantField =
  | 'severity'
  | 'care'
  | 'careProvider'
  | 'careOverOneYear'
  | 'dayActivities'
  | 'multipleProblems'
  | 'targetGroupRegister'
  | 'age'
  | 'veteran'
  | 'municipality';

const restricted = (c: object | undefined) => c !== undefined && ('in' in c || 'min' in c || 'max' in c);

export function fieldsRestrictedBy(route: Route): Set<RelevantField> {
  const e = route.eligibility;
  const out = new Set<RelevantField>();
  if (restricted(e.severity)) out.add('severity');
  if (restricted(e.care)) out.add('care');
  if (restricted(e.careProvider)) out.add('careProvider');
  if (restricted(e.age)) out.add('age');
  if (route.regions.scope === 'regional') out.add('municipality');
  for (const c of e.other) {
    for (const t of c.anyOf.flat()) {
      if (t.field === 'careOverOneYear' || t.field === 'dayActivities' || t.field === 'multipleProblems' || t.field === 'targetGroupRegister' || t.field === 'veteran') out.add(t.field);
      if (t.field === 'care' || t.field === 'careProvider') out.add(t.field);
    }
  }
  return out;
}

/** fieldsRestrictedBy, worked out once per route object (a changed catalogue has new ones). */
const fieldsOfRoute = new WeakMap<Route, ReadonlySet<RelevantField>>();
function restrictedFields(route: Route): ReadonlySet<RelevantField> {
  let fields = fieldsOfRoute.get(route);
  if (!fields) fieldsOfRoute.set(route, (fields = fieldsRestrictedBy(route)));
  return fields;
}

/**
 * The fields restricted by the routes still possible for these answers (not ruled out).
 * The statechart asks this for every question on every walk, so it skips the routes that could
 * add nothing: a route only adds its own fields, so when all of them are in already, whether it
 * is ruled out changes nothing (relevance.test.ts holds the result equal to asking every route).
 */
export function relevantFields(answers: Answers, catalogue: Catalogue): Set<RelevantField> {
  const code = answers.situation.municipality;
  const gemeente = code ? catalogue.regions.gemeenten.get(code) : undefined;
  const out = new Set<RelevantField>();
  for (const route of catalogue.routes) {
    // A support tool goes alongside a route to work; no question is asked for its sake alone
    // (JIM's age limit would otherwise ask everyone their age). Unanswered, it stays a check.
    if (!isRouteToWork(route.kind)) continue;
    const fields = restrictedFields(route);
    if (!addsAny(fields, out) || routeStatus(route, answers, gemeente) === 'fail') continue;
    for (const f of fields) out.add(f);
  }
  return out;
}

function addsAny(fields: ReadonlySet<RelevantField>, to: ReadonlySet<RelevantField>): boolean {
  for (const f of fields) if (!to.has(f)) return true;
  return false;
}

/** The routes that make a field matter for this person, for "waarom vragen we dit?". */
export function routesAskingFor(field: RelevantField, answers: Answers, catalogue: Catalogue): Route[] {
  const code = answers.situation.municipality;
  const gemeente = code ? catalogue.regions.gemeenten.get(code) : undefined;
  return catalogue.routes.filter((route) => {
    return isRouteToWork(route.kind) && restrictedFields(route).has(field) && routeStatus(route, answers, gemeente) !== 'fail';
  });
}
