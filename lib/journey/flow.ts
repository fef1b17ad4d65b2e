import { createActor, type StateValue } from 'xstate';
import { nextSnapshot } from '@/machines/next-snapshot';
import { QUESTION_IDS, QUESTIONS, questionsOfStep, type IsAsked, type QuestionDef, type QuestionId, type Step } from '@/lib/journey/questions';
import type { Session } from '@/lib/journey/session';
import {
  createRouteMachine,
  FIRST_STATE,
  stateKeyOfQuestion,
  type JourneyContext,
  type JourneyEvent,
  type JourneySnapshot,
  type RouteMachine,
  type StateKey,
} from '@/machines/route-machine';

/*
 * Between the statechart and the pages: which URL shows which state, which page a person
 * may open given their answers, and how a submitted form becomes the next state. The
 * journey is derived from the answers; the URL is only a view of it. Which page a person
 * may open is the statechart's answer too: walking it forward from the first question.
 */

export const questionBySlug = (slug: string): QuestionId | undefined => QUESTION_IDS.find((q) => QUESTIONS[q].slug === slug);

export const questionUrl = (q: QuestionId) => `/vragen/${QUESTIONS[q].slug}`;

export { stateKeyOfQuestion };
export type { StateKey };

export function stateKey(value: StateValue): StateKey {
  if (typeof value === 'string') return value as StateKey;
  const [k, sub] = Object.entries(value)[0]!;
  return `${k}.${stateKey(sub as StateValue)}` as StateKey;
}

function valueOf(key: string): StateValue {
  const parts = key.split('.');
  return parts.reduceRight<StateValue>((inner, part) => ({ [part]: inner }), parts.pop()!);
}

export function urlForState(key: StateKey): string {
  const [top, step, sub] = key.split('.');
  if (top === 'help') return '/hulp';
  if (step === 'situation' || step === 'wish') return questionUrl(sub as QuestionId);
  switch (step) {
    case 'check':
      return '/controleren';
    case 'process':
      return '/advies';
    case 'action':
      return '/plan';
    default:
      return '/evaluatie';
  }
}

export function leafStateKeys(machine: RouteMachine): StateKey[] {
  const out: StateKey[] = [];
  const walk = (node: { states: Record<string, unknown>; type: string }, prefix: string) => {
    const children = Object.entries(node.states) as [string, { states: Record<string, unknown>; type: string }][];
    if (children.length === 0 && node.type !== 'history') out.push(prefix as StateKey);
    for (const [k, child] of children) walk(child, prefix ? `${prefix}.${k}` : k);
  };
  walk(machine.root as never, '');
  return out;
}

/** The snapshot for a session, at `at` (the page the person is on) or where it was left. */
export function restore(machine: RouteMachine, session: Session, at?: StateKey): JourneySnapshot {
  const keys = leafStateKeys(machine);
  const key = at ?? session.state;
  const context = session.context as JourneyContext;
  if (key === 'help') {
    const back = session.back && keys.includes(session.back) ? session.back : FIRST_STATE;
    return nextSnapshot(machine, machine.resolveState({ value: valueOf(back), context }), { type: 'crisis.report' });
  }
  const valid = keys.includes(key) ? key : FIRST_STATE;
  return machine.resolveState({ value: valueOf(valid), context });
}

/** Sends events in order and returns the session to store and the URL to go to. */
export function step(machine: RouteMachine, session: Session, at: StateKey, events: JourneyEvent[]): { session: Session; url: string } {
  const actor = createActor(machine, { snapshot: restore(machine, session, at) }).start();
  const before = stateKey(actor.getSnapshot().value);
  for (const e of events) actor.send(e);
  const s = actor.getSnapshot();
  actor.stop();
  const key = stateKey(s.value);
  const back = key === 'help' ? (before === 'help' ? session.back : before) : null;
  return { session: { ...session, state: key, back, context: s.context }, url: urlForState(key) };
}

// The walk needs only `isAsked`; pages pass the runtime's, so one machine per function is built.
const walkers = new WeakMap<IsAsked, RouteMachine>();
/** The machine that walks the questions for `isAsked` (one per function; the walk needs nothing else). */
export function machineFor(isAsked: IsAsked): RouteMachine {
  let m = walkers.get(isAsked);
  if (!m) walkers.set(isAsked, (m = createRouteMachine({ isAsked, followUps: () => [] })));
  return m;
}

const questionOfState = (key: StateKey): QuestionId | undefined => {
  const [top, step, q] = key.split('.');
  return top === 'journey' && (step === 'situation' || step === 'wish') ? (q as QuestionId) : undefined;
};

type Walk = { reached: readonly QuestionId[]; open: QuestionId | undefined };

/*
 * A walk, kept for as long as the context object it was made for lives (one request: a page
 * reads the session once). A question page's redirect and its question count walk the same
 * context; the second now finds the first's walk. Nothing outlives the context, so no one's
 * answers stay in memory, and nothing is shared between two people. Frozen, as it is shared.
 */
const walked = new WeakMap<RouteMachine, WeakMap<JourneyContext, Walk>>();

/**
 * The questions the statechart lets a person reach with these answers: from the first
 * question, "next" until it stops at a question without an answer (`open`) or reaches the
 * check. This is the machine's own "next", so access can never disagree with navigation.
 */
export function reachableQuestions(machine: RouteMachine, context: JourneyContext): Walk {
  let byContext = walked.get(machine);
  if (!byContext) walked.set(machine, (byContext = new WeakMap()));
  let walk = byContext.get(context);
  if (!walk) {
    const { reached, open } = walkQuestions(machine, context);
    byContext.set(context, (walk = Object.freeze({ reached: Object.freeze(reached), open })));
  }
  return walk;
}

function walkQuestions(machine: RouteMachine, context: JourneyContext): Walk {
  // Not while changing one answer from the check page: that would skip every answered question.
  let snapshot = machine.resolveState({ value: valueOf(FIRST_STATE), context: { ...context, returnToCheck: false } });
  const reached: QuestionId[] = [];
  for (;;) {
    const q = questionOfState(stateKey(snapshot.value));
    if (!q || reached.includes(q)) return { reached, open: undefined };
    reached.push(q);
    const next = nextSnapshot(machine, snapshot, { type: 'nav.next' });
    if (stateKey(next.value) === stateKey(snapshot.value)) return { reached, open: q };
    snapshot = next;
  }
}

/** The first asked question without an answer, in statechart order: where "next" stops. */
export function firstOpenQuestion(context: JourneyContext, isAsked: IsAsked): QuestionId | undefined {
  return reachableQuestions(machineFor(isAsked), context).open;
}

/** Whether the statechart, at the plan step with these answers, lets the person start the assessment (a route is chosen). */
function mayStartAssessment(machine: RouteMachine, context: JourneyContext): boolean {
  return machine.resolveState({ value: valueOf('journey.action'), context }).can({ type: 'assessment.start' });
}

export type PageKind = { kind: 'question'; question: QuestionId } | { kind: 'check' } | { kind: 'advice' } | { kind: 'plan' } | { kind: 'assessment' };

/**
 * Where to send someone who opens a page they cannot be on yet (or any more): a question
 * the statechart does not reach for them (not asked, or after an unanswered one), the check
 * and the advice before every question is answered, the plan before a route is chosen.
 * undefined: the page may show.
 */
export function redirectFor(page: PageKind, context: JourneyContext, isAsked: IsAsked): string | undefined {
  const machine = machineFor(isAsked);
  const { reached, open } = reachableQuestions(machine, context);
  const toOpen = open ? questionUrl(open) : '/controleren';
  switch (page.kind) {
    case 'question':
      return reached.includes(page.question) ? undefined : toOpen;
    case 'check':
    case 'advice':
      return open ? toOpen : undefined;
    case 'plan':
    case 'assessment':
      if (open) return toOpen;
      return mayStartAssessment(machine, context) ? undefined : '/advies';
  }
}

/** Where a returning person continues. */
export function resumeUrl(context: JourneyContext, isAsked: IsAsked): string {
  const machine = machineFor(isAsked);
  const { open } = reachableQuestions(machine, context);
  if (open) return questionUrl(open);
  return mayStartAssessment(machine, context) ? '/plan' : '/advies';
}

/** What the check page lists for a step: its asked questions that have an answer, in order. */
export function answeredQuestions(
  step: Step,
  context: Pick<JourneyContext, 'answers' | 'answered'>,
  isAsked: IsAsked,
  registry: Readonly<Record<string, QuestionDef>> = QUESTIONS,
): QuestionId[] {
  return questionsOfStep(registry, step).filter((q) => context.answered.includes(q as QuestionId) && isAsked(q as QuestionId, context.answers)) as QuestionId[];
}
