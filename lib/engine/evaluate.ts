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
import type { Gemeente } from '@/lib/regions/regions';
import {
  andList,
  benefitLabel,
  benefitShort,
  careLabel,
  careProviderLabel,
  conditionLabel,
  goalLabel,
  orList,
  severityLabel,
} from '@/lib/engine/labels';

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

/** A reason in plain Dutch, tied to the answers it rests on and the sources behind it. */
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

type S = Answers['situation'];
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
    case 'veteran': {
      const v = s[field];
      return v === undefined ? [true, false] : [v];
    }
    case 'goal':
      return a.wish.goal ? [a.wish.goal] : GOALS;
  }
}

const answerPath = (field: string) => (field === 'goal' ? 'wish.goal' : `situation.${field}`);

/* ---------- plain-Dutch phrases ---------- */

const workFor: Record<string, string> = {
  none: 'zonder werk',
  employed: 'met werk',
  'sick-listed': 'die ziek gemeld zijn',
  'in-education': 'die een opleiding volgen',
  'dropped-out': 'die zonder diploma van school zijn gegaan',
};
const workYou: Record<string, string> = {
  none: 'Jij hebt geen werk.',
  employed: 'Jij hebt werk.',
  'sick-listed': 'Jij bent ziek gemeld.',
  'in-education': 'Jij volgt een opleiding.',
  'dropped-out': 'Jij bent zonder diploma van school gegaan.',
};
const goalFor: Record<string, string> = {
  'paid-work': 'betaald werk willen',
  education: 'een opleiding willen doen',
  'keep-job': 'hun baan willen houden',
  volunteering: 'vrijwilligerswerk willen doen',
  unsure: 'nog niet weten wat ze willen',
};

type Dimension = 'condition' | 'severity' | 'benefit' | 'care' | 'careProvider' | 'work' | 'goal';

function forWhom(dim: Dimension, values: readonly string[]): string {
  switch (dim) {
    case 'condition':
      return `mensen met ${orList(values.map((v) => conditionLabel[v as keyof typeof conditionLabel]))}`;
    case 'severity':
      return `mensen met ${orList(values.filter((v) => v !== 'unknown').map((v) => severityLabel[v as keyof typeof severityLabel]))}`;
    case 'benefit': {
      const withB = values.filter((v) => v !== 'none').map((v) => benefitShort[v as keyof typeof benefitShort]);
      const none = values.includes('none');
      if (withB.length === 0) return 'mensen zonder uitkering';
      return `mensen met ${orList(withB)}${none ? ', of zonder uitkering' : ''}`;
    }
    case 'care':
      return `mensen met ${orList(values.map((v) => careLabel[v as keyof typeof careLabel]))}`;
    case 'careProvider':
      return `mensen die in behandeling zijn bij ${orList(values.map((v) => careProviderLabel[v as keyof typeof careProviderLabel]))}`;
    case 'work':
      return `mensen ${orList(values.map((v) => workFor[v] ?? v))}`;
    case 'goal':
      return `mensen die ${orList(values.map((v) => goalFor[v] ?? v))}`;
  }
}

function you(dim: Dimension, a: Answers): string | undefined {
  const s = a.situation;
  switch (dim) {
    case 'condition':
      return s.condition && `Jij hebt ${conditionLabel[s.condition]}.`;
    case 'severity':
      return s.severity && s.severity !== 'unknown' ? `Jij hebt ${severityLabel[s.severity]}.` : undefined;
    case 'benefit':
      return s.benefit && `Jij hebt ${benefitLabel[s.benefit]}.`;
    case 'care':
      return s.care && `Jij hebt ${careLabel[s.care]}.`;
    case 'careProvider':
      return s.careProvider && (s.careProvider === 'other' ? 'Jij bent in behandeling bij een andere instelling.' : `Jij bent in behandeling bij ${careProviderLabel[s.careProvider]}.`);
    case 'work':
      return s.work && workYou[s.work];
    case 'goal':
      return a.wish.goal && (a.wish.goal === 'unsure' ? 'Jij weet nog niet wat je wilt.' : `Jij wilt ${goalLabel[a.wish.goal]}.`);
  }
}

const missingHint: Record<Dimension, string> = {
  condition: 'Vraag na of je mee kunt doen.',
  severity: 'Je weet niet hoe zwaar je klachten zijn. Bespreek het met je huisarts of behandelaar.',
  benefit: 'Weet je niet welke uitkering je hebt? Kijk in je brieven of vraag het na bij UWV of je gemeente.',
  care: 'Vraag na of je mee kunt doen.',
  careProvider: 'Vraag je behandelaar of je mee kunt doen.',
  work: 'Vraag na of je mee kunt doen.',
  goal: 'Denk erover na wat je wilt, en vraag of deze route daarbij past.',
};
const askHint: Record<Dimension, string> = {
  condition: 'Vraag na of je toch mee kunt doen.',
  severity: 'Vraag je behandelaar of het bij jou past.',
  benefit: 'Vraag bij je uitkeringsinstantie na of je toch mee kunt doen.',
  care: 'Vraag je behandelaar of huisarts of je toch mee kunt doen.',
  careProvider: 'Vraag je behandelaar of je toch mee kunt doen.',
  work: 'Vraag na of je toch mee kunt doen.',
  goal: 'Bespreek of het bij jouw wens past.',
};

/* ---------- the dimensions ---------- */

type EnumCrit = Extract<Eligibility['benefit'], { in: unknown }>;

function enumDimension(dim: Dimension, crit: Eligibility[Dimension] | undefined, a: Answers): CriterionResult | undefined {
  if (!crit || !('in' in crit)) return undefined; // open or unknown: no effect on the advice
  const c = crit as EnumCrit;
  const inL = c.in as readonly string[];
  const askL = (c.ask ?? []) as readonly string[];
  const poss = possible(dim, a) as readonly string[];
  const status = judge(poss, inL, askL);
  const known = poss.length === 1;
  let text: string;
  if (status === 'pass') text = c.reason?.pass ?? `Deze route is voor ${forWhom(dim, inL)}. ${you(dim, a) ?? ''}`.trim();
  else if (status === 'fail') text = c.reason?.fail ?? `Deze route is voor ${forWhom(dim, [...inL, ...askL])}. ${you(dim, a) ?? ''}`.trim();
  else if (dim === 'benefit' && a.situation.benefit === 'uwv-unknown') {
    const fits = UWV_BENEFITS.filter((b) => inL.includes(b)).map((b) => benefitShort[b]);
    text = c.reason?.ask ?? `Deze route is voor mensen met ${orList(fits)}. Kijk in je brieven van UWV welke uitkering je hebt.`;
  } else if (known) text = c.reason?.ask ?? `Deze route is vooral voor ${forWhom(dim, inL)}. ${you(dim, a) ?? ''} ${askHint[dim]}`.replace(/\s+/g, ' ').trim();
  else text = c.reason?.ask ?? `Deze route is voor ${forWhom(dim, inL)}. ${missingHint[dim]}`;
  return { criterion: dim, status, reason: { type: toReasonType[status], text, answers: [answerPath(dim)], sources: c.src } };
}

function ageRange(min?: number, max?: number): string {
  if (min !== undefined && max !== undefined) return `van ${min} tot en met ${max} jaar`;
  if (min !== undefined) return `vanaf ${min} jaar`;
  return `tot en met ${max} jaar`;
}

function ageDimension(crit: Eligibility['age'], a: Answers): CriterionResult | undefined {
  if (!('src' in crit) || 'open' in crit) return undefined;
  const age = a.situation.age;
  const range = ageRange(crit.min, crit.max);
  let status: Status;
  let text: string;
  if (age === undefined) {
    status = 'ask';
    text = crit.reason?.ask ?? `Deze route is voor mensen ${range}.`;
  } else if ((crit.min !== undefined && age < crit.min) || (crit.max !== undefined && age > crit.max)) {
    status = 'fail';
    text = crit.reason?.fail ?? `Deze route is voor mensen ${range}. Jij bent ${age} jaar.`;
  } else if (crit.askAges?.includes(age)) {
    status = 'ask';
    text = crit.reason?.ask ?? `De bronnen zeggen niet hetzelfde over de leeftijd: ${range}, of pas daarna. Jij bent ${age} jaar. Vraag het na.`;
  } else {
    status = 'pass';
    text = crit.reason?.pass ?? `Deze route is voor mensen ${range}. Jij bent ${age} jaar.`;
  }
  return { criterion: 'age', status, reason: { type: toReasonType[status], text, answers: ['situation.age'], sources: crit.src } };
}

function regionDimension(route: Route, a: Answers, gemeente: Gemeente | undefined, catalogue: Catalogue): CriterionResult | undefined {
  const r = route.regions;
  if (r.scope !== 'regional') return undefined;
  const regions = andList(r.arbeidsmarktregios);
  const certain = (r.gemeenten ?? []).map((c) => catalogue.regions.gemeenten.get(c)?.name ?? c);
  const where = certain.length ? `${orList(certain)} (regio ${regions})` : `de regio ${regions}`;
  let status: Status;
  let text: string;
  if (!gemeente) {
    status = 'ask';
    text = r.reason?.ask ?? `Deze route is er alleen in ${where}. Je hebt niet gezegd waar je woont.`;
  } else if (!r.arbeidsmarktregios.includes(gemeente.arbeidsmarktregio)) {
    status = 'fail';
    text = r.reason?.fail ?? `Deze route is er alleen in ${where}. Jij woont in ${gemeente.name}, in de regio ${gemeente.arbeidsmarktregio}.`;
  } else if (r.gemeenten && !r.gemeenten.includes(gemeente.code)) {
    status = 'ask';
    text = r.reason?.ask ?? `Deze route is er zeker in ${orList(certain)}. Jij woont in ${gemeente.name}, ook in de regio ${gemeente.arbeidsmarktregio}. Vraag bij je gemeente of je mee kunt doen.`;
  } else {
    status = 'pass';
    text = r.reason?.pass ?? `Deze route is er in ${where}. Jij woont in ${gemeente.name}.`;
  }
  return { criterion: 'region', status, reason: { type: toReasonType[status], text, answers: ['situation.municipality'], sources: r.src } };
}

function testStatus(t: Test, a: Answers): Status {
  return judge(possible(t.field, a) as readonly (string | boolean)[], t.in as readonly (string | boolean)[], (t.ask ?? []) as readonly (string | boolean)[]);
}

function otherCriterion(c: OtherCriterion, a: Answers): CriterionResult {
  const status = c.anyOf
    .map((clause) => clause.map((t) => testStatus(t, a)).reduce(worst, 'pass' as Status))
    .reduce(best, 'fail' as Status);
  const fields = [...new Set(c.anyOf.flat().map((t) => answerPath(t.field)))];
  return { criterion: c.label, status, reason: { type: toReasonType[status], text: c.reason[status], answers: fields, sources: c.src } };
}

export function evaluateRoute(route: Route, a: Answers, gemeente: Gemeente | undefined, catalogue: Catalogue): CriterionResult[] {
  const e = route.eligibility;
  const results = [
    enumDimension('condition', e.condition, a),
    enumDimension('severity', e.severity, a),
    ageDimension(e.age, a),
    enumDimension('benefit', e.benefit, a),
    enumDimension('care', e.care, a),
    enumDimension('careProvider', e.careProvider, a),
    enumDimension('work', e.work, a),
    enumDimension('goal', e.goal, a),
    regionDimension(route, a, gemeente, catalogue),
    ...e.other.map((c) => otherCriterion(c, a)),
  ];
  return results.filter((r): r is CriterionResult => r !== undefined);
}

export const overallStatus = (results: readonly CriterionResult[]): Status => results.map((r) => r.status).reduce(worst, 'pass');

/** Availability overrides eligibility: ended offers never fit, unclear ones at best conditionally. */
export function availabilityResult(route: Route): CriterionResult | undefined {
  const av = route.availability;
  const sources = av.src;
  switch (av.status) {
    case 'available':
      return undefined;
    case 'unclear':
      return { criterion: 'availability', status: 'ask', reason: { type: 'check', text: `${av.text} Vraag na of het er nog is.`, answers: [], sources } };
    case 'ended':
      return { criterion: 'availability', status: 'fail', reason: { type: 'against', text: `${av.text} Je kunt het nu niet meer volgen.`, answers: [], sources } };
    case 'not-an-offer':
      return { criterion: 'availability', status: 'fail', reason: { type: 'against', text: av.text, answers: [], sources } };
  }
}

