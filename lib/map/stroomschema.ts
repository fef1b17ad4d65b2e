import type { StateNode } from 'xstate';
import { MAX_AGE, MIN_AGE, type Answers } from '@/lib/answers/schema';
import type { Catalogue, Result, Route } from '@/lib/catalogue/schema';
import { evaluateRoute, type Status } from '@/lib/engine/evaluate';
import type { Gemeente } from '@/lib/regions/regions';
import type { Locale } from '@/lib/i18n/locale';
import { questionCopy } from '@/lib/journey/question-copy';
import { createRouteMachine } from '@/machines/route-machine';
import { translator } from '@/lib/i18n/translator';

/*
 * The data behind the /stroomschema picture, derived rather than drawn by hand:
 * - the steps, the questions inside them and the arrows between steps come from the
 *   statechart's own config (machines/route-machine.ts);
 * - the branches of each decision point, and which routes each branch leads to, come from
 *   running the engine's own criterion check (lib/engine/evaluate.ts) on an answer that
 *   holds only that one value. Kleene logic makes this sound: "out" under a branch means no
 *   other answer can bring the route back.
 * Pure: no React, no I/O. The picture and its text alternative both render this.
 */

export type StepId = 'situation' | 'wish' | 'check' | 'process' | 'action' | 'assessment' | 'done';
export const FIVE_STEPS = ['situation', 'wish', 'process', 'action', 'assessment'] as const;

export type Verdict = 'fits' | 'check' | 'out';
const verdictOf: Record<Status, Verdict> = { pass: 'fits', ask: 'check', fail: 'out' };

export type DecisionId = 'condition' | 'severity' | 'care' | 'work' | 'benefit' | 'region' | 'age' | 'goal';

export type Branch = {
  /** The answer value, an arbeidsmarktregio name, or an age band "from-to". */
  id: string;
  label: string;
  /** Route ids per verdict; every route is in exactly one of the three. */
  fits: string[];
  check: string[];
  out: string[];
};

export type DecisionPoint = {
  id: DecisionId;
  step: 'situation' | 'wish';
  title: string;
  branches: Branch[];
  /** Routes the sources say nothing about on this point: they count as "fits". */
  silent: string[];
};

export type StepEdge = { from: StepId; to: StepId; events: string[] };

export type MapStep = {
  id: StepId;
  /** 1–5 for the five steps of the stroomschema; undefined for check and done. */
  number?: number;
  /** Question state names inside the step, in the statechart's order. */
  questions: string[];
  decisions: DecisionPoint[];
};

export type StroomschemaData = {
  /** The language of the labels (and, with getCatalogue(locale), of the route names). */
  locale: Locale;
  steps: MapStep[];
  edges: StepEdge[];
  /** Events the statechart accepts in every state (e.g. crisis.report → help). */
  everywhere: { event: string; to: string }[];
  routes: { id: string; name: string; availability: Route['availability']['status'] }[];
  /** Where to continue after a result on a route (the assessment step), from the catalogue. */
  followUps: { route: string; result: Result; routes: string[] }[];
};

/* ---------- labels (content/messages/<locale>/map.ts) ---------- */

export function stepTitle(id: StepId, locale: Locale): string {
  return translator(locale, 'map')(`steps.${id}`);
}

export function decisionTitle(id: DecisionId, locale: Locale): string {
  return translator(locale, 'map')(`decisions.${id}`);
}

/** What a statechart event means, as an arrow label; undefined for an event without one. */
export function eventLabel(event: string, locale: Locale): string | undefined {
  const t = translator(locale, 'map');
  const key = `events.${event}`;
  return t.has(key as never) && typeof t.raw(key as never) === 'string' ? t(key as never) : undefined;
}

export function resultLabel(result: Result, locale: Locale): string {
  return translator(locale, 'map')(`results.${result}`);
}

/* ---------- the statechart ---------- */

type AnyNode = StateNode<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function* descendants(node: AnyNode): Generator<AnyNode> {
  yield node;
  for (const child of Object.values(node.states)) yield* descendants(child as AnyNode);
}

/** Steps, questions and arrows between steps, read from the machine config. */
export function machineOutline() {
  const machine = createRouteMachine({ isAsked: () => true, followUps: () => [] });
  const journey = machine.root.states.journey as AnyNode;
  const stepIds = Object.keys(journey.states).filter((k) => journey.states[k]!.type !== 'history') as StepId[];
  const edges = new Map<string, StepEdge>();
  for (const from of stepIds) {
    for (const node of descendants(journey.states[from] as AnyNode)) {
      for (const [event, transitions] of node.transitions) {
        // Back links mirror the forward arrows; the picture leaves them out.
        if (event === 'nav.back') continue;
        for (const t of transitions) {
          for (const target of t.target ?? []) {
            const to = target.path[1] as StepId | undefined;
            if (target.path[0] !== 'journey' || !to || to === from || !stepIds.includes(to)) continue;
            const key = `${from}>${to}`;
            const edge = edges.get(key) ?? { from, to, events: [] };
            if (!edge.events.includes(event)) edge.events.push(event);
            edges.set(key, edge);
          }
        }
      }
    }
  }
  const everywhere = [...machine.root.transitions].flatMap(([event, ts]) =>
    ts.flatMap((t) => (t.target ?? []).map((s) => ({ event, to: s.path.join('.') }))),
  );
  const questions = (s: StepId) => {
    const node = journey.states[s] as AnyNode;
    return Object.keys(node.states).filter((k) => !['report', 'decide'].includes(k));
  };
  return { stepIds, edges: [...edges.values()], everywhere, questions };
}

/* ---------- the catalogue ---------- */

export type EnumDecision = Exclude<DecisionId, 'region' | 'age'>;
const answerPath: Record<EnumDecision, string> = {
  condition: 'situation.condition',
  severity: 'situation.severity',
  care: 'situation.care',
  work: 'situation.work',
  benefit: 'situation.benefit',
  goal: 'wish.goal',
};

const worst = (xs: Status[]): Status => (xs.includes('fail') ? 'fail' : xs.includes('ask') ? 'ask' : 'pass');

/**
 * The route's verdict on one decision point, given answers that hold only that point's
 * value: the criteria on that answer, including combined (`other`) criteria that test it.
 */
export function pointStatus(route: Route, catalogue: Catalogue, answers: Answers, path: string, gemeente?: Gemeente): Status {
  const results = evaluateRoute(route, answers, gemeente, catalogue, 'nl').filter((r) => r.reason.answers.includes(path));
  return worst(results.map((r) => r.status));
}

const only = (path: string, value: unknown): Answers => {
  const [block, field] = path.split('.') as ['situation' | 'wish', string];
  const a: Answers = { situation: {}, wish: {} };
  (a[block] as Record<string, unknown>)[field] = value;
  return a;
};

function branch(catalogue: Catalogue, id: string, label: string, status: (r: Route) => Status): Branch {
  const b: Branch = { id, label, fits: [], check: [], out: [] };
  for (const r of catalogue.routes) b[verdictOf[status(r)]].push(r.id);
  return b;
}

export const BRANCH_VALUES = {
  condition: ['mental-health', 'other-limitation'],
  severity: ['mild', 'moderate', 'severe'],
  care: ['specialist-ggz', 'basic-ggz', 'gp', 'none'],
  work: ['none', 'employed', 'sick-listed', 'in-education', 'dropped-out'],
  benefit: ['none', 'bijstand', 'ww', 'ziektewet', 'wia-wga', 'wia-iva', 'wao', 'waz', 'wajong'],
  goal: ['paid-work', 'education', 'keep-job', 'volunteering', 'unsure'],
} as const satisfies Record<EnumDecision, readonly string[]>;

export const OTHER_REGION = 'andere-regio';

/** Regions any regional route names, then "elsewhere". */
export function regionBranches(catalogue: Catalogue, locale: Locale): { id: string; label: string; gemeenten: Gemeente[] }[] {
  const t = translator(locale, 'map');
  const named = new Set(catalogue.routes.flatMap((r) => (r.regions.scope === 'regional' ? r.regions.arbeidsmarktregios : [])));
  const all = [...catalogue.regions.gemeenten.values()];
  const regions = [...named].sort((a, b) => a.localeCompare(b, 'nl'));
  return [
    ...regions.map((name) => ({ id: name, label: t('region', { name }), gemeenten: all.filter((g) => g.arbeidsmarktregio === name) })),
    { id: OTHER_REGION, label: t('otherRegion'), gemeenten: all.filter((g) => !named.has(g.arbeidsmarktregio)) },
  ];
}

/** Age bands inside which every route's age criterion gives the same verdict. */
export function ageBands(catalogue: Catalogue): { from: number; to: number }[] {
  const cuts = new Set<number>([MIN_AGE, MAX_AGE + 1]);
  for (const r of catalogue.routes) {
    const a = r.eligibility.age;
    if (!('src' in a) || 'open' in a) continue;
    if (a.min !== undefined) cuts.add(a.min);
    if (a.max !== undefined) cuts.add(a.max + 1);
    for (const x of a.askAges ?? []) cuts.add(x).add(x + 1);
  }
  const sorted = [...cuts].filter((c) => c >= MIN_AGE && c <= MAX_AGE + 1).sort((a, b) => a - b);
  return sorted.slice(0, -1).map((from, i) => ({ from, to: sorted[i + 1]! - 1 }));
}

export const ageBandLabel = ({ from, to }: { from: number; to: number }, locale: Locale) =>
  from === to ? translator(locale, 'map')('ageOne', { from }) : translator(locale, 'map')('ageBand', { from, to });

function isSilent(route: Route, id: DecisionId): boolean {
  if (id === 'region') return route.regions.scope === 'unknown';
  return 'unknown' in route.eligibility[id];
}

/** The answer's own label from the question copy, e.g. "WIA: WGA". */
export function optionLabel(id: EnumDecision, value: string, locale: Locale): string {
  return questionCopy(id, locale).options?.[value]?.label ?? value;
}

export function decisionPoints(catalogue: Catalogue, locale: Locale): DecisionPoint[] {
  const enumPoint = (id: EnumDecision, step: 'situation' | 'wish'): DecisionPoint => ({
    id,
    step,
    title: decisionTitle(id, locale),
    branches: BRANCH_VALUES[id].map((v) =>
      branch(catalogue, v, optionLabel(id, v, locale), (r) => pointStatus(r, catalogue, only(answerPath[id], v), answerPath[id])),
    ),
    silent: catalogue.routes.filter((r) => isSilent(r, id)).map((r) => r.id),
  });
  const region: DecisionPoint = {
    id: 'region',
    step: 'situation',
    title: decisionTitle('region', locale),
    branches: regionBranches(catalogue, locale).map((b) =>
      branch(catalogue, b.id, b.label, (r) => {
        // Only regional routes have a region criterion (see evaluate.ts); skip the rest.
        if (r.regions.scope !== 'regional') return 'pass';
        // Over every gemeente in the branch: fits everywhere, nowhere, or in some places.
        const s = new Set(
          b.gemeenten.map((g) => pointStatus(r, catalogue, only('situation.municipality', g.code), 'situation.municipality', g)),
        );
        return s.size === 1 ? [...s][0]! : s.has('pass') || s.has('ask') ? 'ask' : 'fail';
      }),
    ),
    silent: catalogue.routes.filter((r) => isSilent(r, 'region')).map((r) => r.id),
  };
  const age: DecisionPoint = {
    id: 'age',
    step: 'situation',
    title: decisionTitle('age', locale),
    branches: ageBands(catalogue).map((band) =>
      branch(catalogue, `${band.from}-${band.to}`, ageBandLabel(band, locale), (r) =>
        pointStatus(r, catalogue, only('situation.age', band.from), 'situation.age'),
      ),
    ),
    silent: catalogue.routes.filter((r) => isSilent(r, 'age')).map((r) => r.id),
  };
  return [
    enumPoint('condition', 'situation'),
    enumPoint('severity', 'situation'),
    enumPoint('care', 'situation'),
    enumPoint('work', 'situation'),
    enumPoint('benefit', 'situation'),
    region,
    age,
    enumPoint('goal', 'wish'),
  ];
}

const cache = new WeakMap<Catalogue, Map<Locale, StroomschemaData>>();

/**
 * The map data for a catalogue, with its labels in `locale` (pass the catalogue of the same
 * language, getCatalogue(locale), for the route names). Computed once per catalogue object and
 * language (it walks every gemeente).
 */
export function stroomschema(catalogue: Catalogue, locale: Locale): StroomschemaData {
  let byLocale = cache.get(catalogue);
  if (!byLocale) cache.set(catalogue, (byLocale = new Map()));
  let data = byLocale.get(locale);
  if (!data) byLocale.set(locale, (data = derive(catalogue, locale)));
  return data;
}

function derive(catalogue: Catalogue, locale: Locale): StroomschemaData {
  const outline = machineOutline();
  const points = decisionPoints(catalogue, locale);
  const numbered = FIVE_STEPS as readonly string[];
  // The person goes through the steps in the statechart's order; "check" sits between 2 and 3.
  const steps: MapStep[] = outline.stepIds.map((id) => ({
    id,
    ...(numbered.includes(id) ? { number: numbered.indexOf(id) + 1 } : {}),
    questions: id === 'situation' || id === 'wish' ? outline.questions(id) : [],
    decisions: points.filter((p) => p.step === id),
  }));
  return {
    locale,
    steps,
    edges: outline.edges,
    everywhere: outline.everywhere,
    routes: catalogue.routes.map((r) => ({ id: r.id, name: r.name, availability: r.availability.status })),
    followUps: catalogue.routes.flatMap((r) => r.followUps.map((f) => ({ route: r.id, result: f.result, routes: f.routes }))),
  };
}
