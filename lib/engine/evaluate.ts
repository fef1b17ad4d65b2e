import {
  BENEFITS,
  CARE_LEVELS,
  CARE_PROVIDERS,
  CONDITIONS,
  GOALS,
  UWV_BENEFITS,
  WORK_SITUATIONS,
  type Answers,
} from '@/lib/answers/schema';
import type { Catalogue, Eligibility, OtherCriterion, Route, Test } from '@/lib/catalogue/schema';
import type { Locale } from '@/lib/i18n/locale';
import type { Gemeente } from '@/lib/regions/regions';
import { andList, orList } from '@/lib/engine/labels';
import { phrases, type Phrases } from '@/lib/engine/phrases';

/*
 * Judging one route against what a person told us.
 *
 * Each answer is seen as the set of values it may still have: a given answer is one
 * value, "ik weet het niet" or no answer is every value, "UWV, but I don't know which" is
 * every UWV benefit. A criterion then *passes* when every possible value is allowed,
 * *fails* when none is allowed or askable, and otherwise asks the person to check
 * something. Combined criteria use the same three-valued (Kleene) logic: a clause fails
 * if any test fails, passes if all pass; `anyOf` passes if any clause passes and fails
 * only if all fail. A route is as good as its worst criterion.
 */

export type Status = 'pass' | 'ask' | 'fail';
export type ReasonType = 'fits' | 'check' | 'against';

/** A reason in plain words (in the interface's language), tied to the answers it rests on and the sources behind it. */
export type Reason = {
  type: ReasonType;
  text: string;
  /** Answer paths, e.g. "situation.age". Empty for reasons that rest on no answer. */
  answers: string[];
  sources: string[];
};

export type CriterionResult = { criterion: string; status: Status; reason: Reason };

const toReasonType: Record<Status, ReasonType> = { pass: 'fits', ask: 'check', fail: 'against' };

function judge<T>(possible: readonly T[], pass: readonly T[], ask: readonly T[] = []): Status {
  if (possible.every((v) => pass.includes(v))) return 'pass';
  if (!possible.some((v) => pass.includes(v) || ask.includes(v))) return 'fail';
  return 'ask';
}

const worst = (a: Status, b: Status): Status => (a === 'fail' || b === 'fail' ? 'fail' : a === 'ask' || b === 'ask' ? 'ask' : 'pass');
const best = (a: Status, b: Status): Status => (a === 'pass' || b === 'pass' ? 'pass' : a === 'ask' || b === 'ask' ? 'ask' : 'fail');

/* ---------- possible values per answer ---------- */

const REAL_SEVERITIES = ['mild', 'moderate', 'severe'] as const;

function possible(field: Test['field'] | 'condition' | 'severity' | 'goal', a: Answers): readonly (string | boolean)[] {
  const s = a.situation;
  switch (field) {
    case 'condition':
      return s.condition ? [s.condition] : CONDITIONS;
    case 'severity':
      return s.severity && s.severity !== 'unknown' ? [s.severity] : REAL_SEVERITIES;
    case 'benefit':
      return s.benefit === undefined ? BENEFITS : s.benefit === 'uwv-unknown' ? UWV_BENEFITS : [s.benefit];
    case 'work':
      return s.work ? [s.work] : WORK_SITUATIONS;
    case 'care':
      return s.care ? [s.care] : CARE_LEVELS;
    case 'careProvider':
      return s.careProvider ? [s.careProvider] : CARE_PROVIDERS;
    case 'targetGroupRegister':
      return s.targetGroupRegister && s.targetGroupRegister !== 'unknown' ? [s.targetGroupRegister] : ['yes', 'no'];
    case 'careOverOneYear':
    case 'dayActivities':
    case 'multipleProblems':
    case 'veteran':
    case 'crisis': {
      const v = s[field];
      return v === undefined ? [true, false] : [v];
    }
    case 'goal':
      return a.wish.goal ? [a.wish.goal] : GOALS;
  }
}

const answerPath = (field: string) => (field === 'goal' ? 'wish.goal' : `situation.${field}`);

/* ---------- plain-language phrases (content/messages/{nl,en}/engine.ts) ---------- */

/** The criteria on one answer with a list of allowed values; routeStatus judges each of them. */
const DIMENSIONS = ['condition', 'severity', 'benefit', 'care', 'careProvider', 'work', 'goal'] as const;
type Dimension = (typeof DIMENSIONS)[number];

function forWhom(dim: Dimension, values: readonly string[], p: Phrases, locale: Locale): string {
  const l = p.labels;
  switch (dim) {
    case 'condition':
      return p.who.withList({ list: orList(values.map((v) => l.condition[v as keyof typeof l.condition]), locale) });
    case 'severity':
      return p.who.withList({ list: orList(values.filter((v) => v !== 'unknown').map((v) => l.severity[v as keyof typeof l.severity]), locale) });
    case 'benefit': {
      const withB = values.filter((v) => v !== 'none').map((v) => l.benefitShort[v as keyof typeof l.benefitShort]);
      const none = values.includes('none');
      if (withB.length === 0) return p.who.noBenefit();
      return (none ? p.who.withListOrNone : p.who.withList)({ list: orList(withB, locale) });
    }
    case 'care':
      return p.who.withList({ list: orList(values.map((v) => l.care[v as keyof typeof l.care]), locale) });
    case 'careProvider':
      return p.who.inCareAt({ list: orList(values.map((v) => l.careProvider[v as keyof typeof l.careProvider]), locale) });
    case 'work':
      return p.who.work({ list: orList(values.map((v) => l.workFor[v as keyof typeof l.workFor] ?? v), locale) });
    case 'goal':
      return p.who.goal({ list: orList(values.map((v) => l.goalFor[v as keyof typeof l.goalFor] ?? v), locale) });
  }
}

function you(dim: Dimension, a: Answers, p: Phrases): string | undefined {
  const s = a.situation;
  const l = p.labels;
  switch (dim) {
    case 'condition':
      return s.condition && p.you.have({ label: l.condition[s.condition] });
    case 'severity':
      return s.severity && s.severity !== 'unknown' ? p.you.have({ label: l.severity[s.severity] }) : undefined;
    case 'benefit':
      return s.benefit && p.you.have({ label: l.benefit[s.benefit] });
    case 'care':
      return s.care && p.you.have({ label: l.care[s.care] });
    case 'careProvider':
      return s.careProvider && (s.careProvider === 'other' ? p.you.inCareElsewhere() : p.you.inCareAt({ label: l.careProvider[s.careProvider] }));
    case 'work':
      return s.work && l.workYou[s.work];
    case 'goal':
      return a.wish.goal && l.goalYou[a.wish.goal];
  }
}

/* ---------- the dimensions ---------- */

type EnumCrit = Extract<Eligibility['benefit'], { in: unknown }>;

/*
 * Who a criterion's route is for, in words: the same for every person, so written once per
 * criterion, language and list (its passing values, or those with the ones to check) and kept
 * for the life of the catalogue. It was a fifth of advise()'s time (docs/benchmarks.md).
 */
const whoWritten = new WeakMap<EnumCrit, Map<string, string>>();

function whoOf(dim: Dimension, c: EnumCrit, withAsk: boolean, p: Phrases, locale: Locale): string {
  let written = whoWritten.get(c);
  if (!written) whoWritten.set(c, (written = new Map()));
  const key = withAsk ? `${locale}+ask` : locale;
  let text = written.get(key);
  if (text === undefined) {
    const inL = c.in as readonly string[];
    text = forWhom(dim, withAsk ? [...inL, ...((c.ask ?? []) as readonly string[])] : inL, p, locale);
    written.set(key, text);
  }
  return text;
}

/** The status of one answer dimension; undefined when the route leaves it open (no effect on the advice). */
function enumStatus(dim: Dimension, crit: Eligibility[Dimension] | undefined, a: Answers): Status | undefined {
  if (!crit || !('in' in crit)) return undefined;
  const c = crit as EnumCrit;
  return judge(possible(dim, a) as readonly string[], c.in as readonly string[], (c.ask ?? []) as readonly string[]);
}

function enumDimension(dim: Dimension, crit: Eligibility[Dimension] | undefined, a: Answers, p: Phrases, locale: Locale): CriterionResult | undefined {
  const status = enumStatus(dim, crit, a);
  if (status === undefined) return undefined;
  const c = crit as EnumCrit;
  const inL = c.in as readonly string[];
  const known = possible(dim, a).length === 1;
  let text: string;
  if (status === 'pass') text = c.reason?.pass ?? `${p.reasons.routeIsFor({ who: whoOf(dim, c, false, p, locale) })} ${you(dim, a, p) ?? ''}`.trim();
  else if (status === 'fail') text = c.reason?.fail ?? `${p.reasons.routeIsFor({ who: whoOf(dim, c, true, p, locale) })} ${you(dim, a, p) ?? ''}`.trim();
  else if (dim === 'benefit' && a.situation.benefit === 'uwv-unknown') {
    const fits = UWV_BENEFITS.filter((b) => inL.includes(b)).map((b) => p.labels.benefitShort[b]);
    text = c.reason?.ask ?? p.reasons.uwvUnknown({ benefits: orList(fits, locale) });
  } else if (known)
    text =
      c.reason?.ask ??
      `${p.reasons.routeIsMainlyFor({ who: whoOf(dim, c, false, p, locale) })} ${you(dim, a, p) ?? ''} ${p.labels.askHint[dim]}`.replace(/\s+/g, ' ').trim();
  else text = c.reason?.ask ?? `${p.reasons.routeIsFor({ who: whoOf(dim, c, false, p, locale) })} ${p.labels.missingHint[dim]}`;
  return { criterion: dim, status, reason: { type: toReasonType[status], text, answers: [answerPath(dim)], sources: c.src } };
}

function ageRange(p: Phrases, min?: number, max?: number): string {
  if (min !== undefined && max !== undefined) return p.reasons.ageFromTo({ min: String(min), max: String(max) });
  if (min !== undefined) return p.reasons.ageFrom({ min: String(min) });
  return p.reasons.ageTo({ max: String(max) });
}

function ageStatus(crit: Eligibility['age'], a: Answers): Status | undefined {
  if (!('src' in crit) || 'open' in crit) return undefined;
  const age = a.situation.age;
  if (age === undefined) return 'ask';
  if ((crit.min !== undefined && age < crit.min) || (crit.max !== undefined && age > crit.max)) return 'fail';
  return crit.askAges?.includes(age) ? 'ask' : 'pass';
}

function ageDimension(crit: Eligibility['age'], a: Answers, p: Phrases): CriterionResult | undefined {
  const status = ageStatus(crit, a);
  if (status === undefined || !('src' in crit) || 'open' in crit) return undefined;
  const age = a.situation.age;
  const range = ageRange(p, crit.min, crit.max);
  let text: string;
  if (age === undefined) text = crit.reason?.ask ?? p.reasons.ageFor({ range });
  else if (status === 'fail') text = crit.reason?.fail ?? p.reasons.ageYou({ range, age: String(age) });
  else if (status === 'ask') text = crit.reason?.ask ?? p.reasons.ageDisputed({ range, age: String(age) });
  else text = crit.reason?.pass ?? p.reasons.ageYou({ range, age: String(age) });
  return { criterion: 'age', status, reason: { type: toReasonType[status], text, answers: ['situation.age'], sources: crit.src } };
}

function regionStatus(route: Route, gemeente: Gemeente | undefined): Status | undefined {
  const r = route.regions;
  if (r.scope !== 'regional') return undefined;
  if (!gemeente) return 'ask';
  if (!r.arbeidsmarktregios.includes(gemeente.arbeidsmarktregio)) return 'fail';
  return r.gemeenten && !r.gemeenten.includes(gemeente.code) ? 'ask' : 'pass';
}

function regionDimension(route: Route, gemeente: Gemeente | undefined, catalogue: Catalogue, p: Phrases, locale: Locale): CriterionResult | undefined {
  const status = regionStatus(route, gemeente);
  const r = route.regions;
  if (status === undefined || r.scope !== 'regional') return undefined;
  const regions = andList(r.arbeidsmarktregios, locale);
  const certain = (r.gemeenten ?? []).map((c) => catalogue.regions.gemeenten.get(c)?.name ?? c);
  const where = certain.length ? p.reasons.whereCertain({ gemeenten: orList(certain, locale), regions }) : p.reasons.whereRegion({ regions });
  let text: string;
  if (!gemeente) text = r.reason?.ask ?? p.reasons.regionUnknown({ where });
  else if (status === 'fail') text = r.reason?.fail ?? p.reasons.regionElsewhere({ where, gemeente: gemeente.name, region: gemeente.arbeidsmarktregio });
  else if (status === 'ask') text = r.reason?.ask ?? p.reasons.regionMaybe({ gemeenten: orList(certain, locale), gemeente: gemeente.name, region: gemeente.arbeidsmarktregio });
  else text = r.reason?.pass ?? p.reasons.regionHere({ where, gemeente: gemeente.name });
  return { criterion: 'region', status, reason: { type: toReasonType[status], text, answers: ['situation.municipality'], sources: r.src } };
}

function testStatus(t: Test, a: Answers): Status {
  return judge(possible(t.field, a) as readonly (string | boolean)[], t.in as readonly (string | boolean)[], (t.ask ?? []) as readonly (string | boolean)[]);
}

const otherStatus = (c: OtherCriterion, a: Answers): Status =>
  c.anyOf.map((clause) => clause.map((t) => testStatus(t, a)).reduce(worst, 'pass' as Status)).reduce(best, 'fail' as Status);

function otherCriterion(c: OtherCriterion, a: Answers): CriterionResult {
  const status = otherStatus(c, a);
  const fields = [...new Set(c.anyOf.flat().map((t) => answerPath(t.field)))];
  return { criterion: c.label, status, reason: { type: toReasonType[status], text: c.reason[status], answers: fields, sources: c.src } };
}

/**
 * Every criterion the sources state for this route, judged. Reason texts are in `locale`;
 * texts the catalogue gives (a criterion's own reason, availability) come from `catalogue`,
 * so pass the catalogue of the same language (getCatalogue(locale)).
 */
export function evaluateRoute(route: Route, a: Answers, gemeente: Gemeente | undefined, catalogue: Catalogue, locale: Locale): CriterionResult[] {
  const p = phrases(locale);
  const e = route.eligibility;
  const results = [
    enumDimension('condition', e.condition, a, p, locale),
    enumDimension('severity', e.severity, a, p, locale),
    ageDimension(e.age, a, p),
    enumDimension('benefit', e.benefit, a, p, locale),
    enumDimension('care', e.care, a, p, locale),
    enumDimension('careProvider', e.careProvider, a, p, locale),
    enumDimension('work', e.work, a, p, locale),
    enumDimension('goal', e.goal, a, p, locale),
    regionDimension(route, gemeente, catalogue, p, locale),
    ...e.other.map((c) => otherCriterion(c, a)),
  ];
  return results.filter((r): r is CriterionResult => r !== undefined);
}

export const overallStatus = (results: readonly CriterionResult[]): Status => results.map((r) => r.status).reduce(worst, 'pass');

const AVAILABILITY_STATUS: Record<Route['availability']['status'], Status> = { available: 'pass', unclear: 'ask', ended: 'fail', 'not-an-offer': 'fail' };

/**
 * The route's overall status with its availability: what overallStatus gives for evaluateRoute's
 * results plus availabilityResult, from the same status rules, without writing any reason.
 * The wizard asks it for every route on every question it may ask (lib/engine/relevance.ts),
 * where only the status counts; routeStatus.test.ts holds the two equal.
 */
export function routeStatus(route: Route, a: Answers, gemeente: Gemeente | undefined): Status {
  const e = route.eligibility;
  let status = AVAILABILITY_STATUS[route.availability.status];
  const add = (s: Status | undefined) => {
    if (s !== undefined) status = worst(status, s);
  };
  for (const dim of DIMENSIONS) add(enumStatus(dim, e[dim], a));
  add(ageStatus(e.age, a));
  add(regionStatus(route, gemeente));
  for (const c of e.other) add(otherStatus(c, a));
  return status;
}

/** Availability overrides eligibility: ended offers never fit, unclear ones at best conditionally. */
export function availabilityResult(route: Route, locale: Locale): CriterionResult | undefined {
  const av = route.availability;
  const sources = av.src;
  switch (av.status) {
    case 'available':
      return undefined;
    case 'unclear':
      return { criterion: 'availability', status: AVAILABILITY_STATUS.unclear, reason: { type: 'check', text: phrases(locale).reasons.availabilityUnclear({ text: av.text }), answers: [], sources } };
    case 'ended':
      return { criterion: 'availability', status: AVAILABILITY_STATUS.ended, reason: { type: 'against', text: phrases(locale).reasons.availabilityEnded({ text: av.text }), answers: [], sources } };
    case 'not-an-offer':
      return { criterion: 'availability', status: AVAILABILITY_STATUS['not-an-offer'], reason: { type: 'against', text: av.text, answers: [], sources } };
  }
}
