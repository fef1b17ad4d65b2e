import { createActor, getNextSnapshot, type StateValue } from 'xstate';
import { QUESTION_IDS, type IsAsked, type QuestionId, stepOf } from '@/lib/journey/questions';
import type { Session } from '@/lib/journey/session';
import type { JourneyContext, JourneyEvent, JourneySnapshot, RouteMachine } from '@/machines/route-machine';

/*
 * Between the statechart and the pages: which URL shows which state, which page a person
 * may open given their answers, and how a submitted form becomes the next state. The
 * journey is derived from the answers; the URL is only a view of it.
 */

export const QUESTION_SLUGS: Record<QuestionId, string> = {
  crisis: 'hoe-gaat-het',
  condition: 'klachten',
  severity: 'zwaarte',
  care: 'behandeling',
  work: 'werk',
  benefit: 'uitkering',
  municipality: 'woonplaats',
  careProvider: 'ggz-instelling',
  careOverOneYear: 'hoe-lang-in-zorg',
  dayActivities: 'dagbesteding',
  targetGroupRegister: 'doelgroepregister',
  age: 'leeftijd',
  goal: 'doel',
  support: 'hulp',
  pace: 'tempo',
  priorities: 'belangrijk',
};

export const questionBySlug = (slug: string): QuestionId | undefined =>
  QUESTION_IDS.find((q) => QUESTION_SLUGS[q] === slug);

export const questionUrl = (q: QuestionId) => `/vragen/${QUESTION_SLUGS[q]}`;

export const stateKeyOfQuestion = (q: QuestionId) => `journey.${stepOf(q)}.${q}`;

export function stateKey(value: StateValue): string {
  if (typeof value === 'string') return value;
  const [k, sub] = Object.entries(value)[0]!;
  return `${k}.${stateKey(sub as StateValue)}`;
}

function valueOf(key: string): StateValue {
  const parts = key.split('.');
  return parts.reduceRight<StateValue>((inner, part) => ({ [part]: inner }), parts.pop()!);
}

export function urlForState(key: string): string {
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

/** "Stap n van 5" for a state; undefined for the help page. */
export function stepNumber(key: string): 1 | 2 | 3 | 4 | 5 | undefined {
  const step = key.split('.')[1];
  switch (step) {
    case 'situation':
      return 1;
    case 'wish':
    case 'check':
      return 2;
    case 'process':
      return 3;
    case 'action':
      return 4;
    case 'assessment':
    case 'done':
      return 5;
    default:
      return undefined;
  }
}

export function leafStateKeys(machine: RouteMachine): string[] {
  const out: string[] = [];
  const walk = (node: { states: Record<string, unknown>; type: string }, prefix: string) => {
    const children = Object.entries(node.states) as [string, { states: Record<string, unknown>; type: string }][];
    if (children.length === 0 && node.type !== 'history') out.push(prefix);
    for (const [k, child] of children) walk(child, prefix ? `${prefix}.${k}` : k);
  };
  walk(machine.root as never, '');
  return out;
}

/** The snapshot for a session, at `at` (the page the person is on) or where it was left. */
export function restore(machine: RouteMachine, session: Session, at?: string): JourneySnapshot {
  const keys = leafStateKeys(machine);
  const key = at ?? session.state;
  const context = session.context as JourneyContext;
  if (key === 'help') {
    const back = session.back && keys.includes(session.back) ? session.back : 'journey.situation.crisis';
    return getNextSnapshot(machine, machine.resolveState({ value: valueOf(back), context }), { type: 'crisis.report' });
  }
  const valid = keys.includes(key) ? key : 'journey.situation.crisis';
  return machine.resolveState({ value: valueOf(valid), context });
}

/** Sends events in order and returns the session to store and the URL to go to. */
export function step(machine: RouteMachine, session: Session, at: string, events: JourneyEvent[]): { session: Session; url: string } {
  const actor = createActor(machine, { snapshot: restore(machine, session, at) }).start();
  const before = stateKey(actor.getSnapshot().value);
  for (const e of events) actor.send(e);
  const s = actor.getSnapshot();
  actor.stop();
  const key = stateKey(s.value);
  const back = key === 'help' ? (before === 'help' ? session.back : before) : null;
  return { session: { ...session, state: key, back, context: s.context }, url: urlForState(key) };
}

/** The first asked question without an answer, in statechart order. */
export function firstOpenQuestion(context: Pick<JourneyContext, 'answers' | 'answered'>, isAsked: IsAsked): QuestionId | undefined {
  return QUESTION_IDS.find((q) => isAsked(q, context.answers) && !context.answered.includes(q));
}

export type PageKind = { kind: 'question'; question: QuestionId } | { kind: 'check' } | { kind: 'advice' } | { kind: 'plan' } | { kind: 'assessment' };

/**
 * Where to send someone who opens a page they cannot be on yet (or any more): a question
 * that is not asked for them, a question after an unanswered one, the advice before every
 * question is answered, the plan before a route is chosen. undefined: the page may show.
 */
export function redirectFor(page: PageKind, context: JourneyContext, isAsked: IsAsked): string | undefined {
  const open = firstOpenQuestion(context, isAsked);
  const toOpen = open ? questionUrl(open) : '/controleren';
  switch (page.kind) {
    case 'question': {
      if (!isAsked(page.question, context.answers)) return toOpen;
      if (open && QUESTION_IDS.indexOf(open) < QUESTION_IDS.indexOf(page.question)) return toOpen;
      return undefined;
    }
    case 'check':
    case 'advice':
      return open ? toOpen : undefined;
    case 'plan':
    case 'assessment':
      if (open) return toOpen;
      return context.chosenRoute ? undefined : '/advies';
  }
}

/** Where a returning person continues. */
export function resumeUrl(context: JourneyContext, isAsked: IsAsked): string {
  const open = firstOpenQuestion(context, isAsked);
  if (open) return questionUrl(open);
  return context.chosenRoute ? '/plan' : '/advies';
}
