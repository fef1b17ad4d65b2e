import { assign, raise, setup, type SnapshotFrom } from 'xstate';
import type { Answers, Priority } from '@/lib/answers/schema';
import type { Result } from '@/lib/catalogue/schema';
import {
  QUESTION_IDS,
  SITUATION_QUESTIONS,
  WISH_QUESTIONS,
  stepOf,
  type IsAsked,
  type QuestionId,
  type SituationQuestion,
  type WishQuestion,
} from '@/lib/journey/questions';

/*
 * The stroomschema of seed 004 (lines 2323-2333) as a statechart:
 *
 *   situation → wish → (check answers) → process → action → assessment ─┐
 *        ▲                                   ▲                          │
 *        └──── change an answer ─────────────┴──── continue / other ────┘
 *
 * situation and wish hold one state per question; a question is visited only when
 * `isAsked` says its answer can still change the advice. `help` is reachable from every
 * state (`crisis.report`, or answering the crisis question with yes) and returns to where
 * the person was. The machine knows nothing of pages, storage or the catalogue: what it
 * needs from the catalogue comes in as `deps`.
 */

export type Patch = {
  situation?: Partial<Record<keyof Answers['situation'], unknown>>;
  wish?: Partial<Record<keyof Answers['wish'], unknown>>;
  priorities?: Priority[];
};

export type HistoryEntry = { route: string; result: Result; date: string };

export type JourneyContext = {
  answers: Answers;
  /** Questions the person has answered, "ik weet het niet" included. */
  answered: QuestionId[];
  /** Set while changing one answer from the check page: "next" returns there. */
  returnToCheck: boolean;
  crisisAcknowledged: boolean;
  helpFrom: 'crisis-question' | 'elsewhere' | null;
  chosenRoute: string | null;
  /** Routes suggested after the last result (e.g. naar-werk after werkfit-maken). */
  suggested: string[];
  lastResult: Result | null;
  history: HistoryEntry[];
};

export type JourneyEvent =
  | { type: 'answer.submit'; question: QuestionId; patch: Patch }
  | { type: 'nav.next' }
  | { type: 'nav.back' }
  | { type: 'answers.edit'; question: QuestionId }
  | { type: 'answers.confirm' }
  | { type: 'priorities.set'; priorities: Priority[] }
  | { type: 'route.choose'; route: string }
  | { type: 'assessment.start' }
  | { type: 'result.report'; result: Result; date: string }
  | { type: 'assessment.continue'; route: string }
  | { type: 'assessment.chooseOther' }
  | { type: 'assessment.finish' }
  | { type: 'crisis.report' }
  | { type: 'help.continue' }
  | { type: 'answers.reset' }
  /**
   * Answers given elsewhere (the intake screen, a plan file) replace the journey's. It goes on
   * at the first open question; with none, a person past the check stays where they are,
   * anyone else goes to the assessment when a route was chosen, or to the advice.
   */
  | { type: 'answers.import'; context: JourneyContext };

/** Every leaf state of the machine as a dotted key: the only names a page or the cookie may use for a place. */
export type StateKey =
  | `journey.situation.${SituationQuestion}`
  | `journey.wish.${WishQuestion}`
  | 'journey.check'
  | 'journey.process'
  | 'journey.action'
  | 'journey.assessment.report'
  | 'journey.assessment.decide'
  | 'journey.done'
  | 'help';

export const stateKeyOfQuestion = (q: QuestionId): StateKey => `journey.${stepOf(q)}.${q}` as StateKey;

export const STATE_KEYS: readonly StateKey[] = [
  ...QUESTION_IDS.map(stateKeyOfQuestion),
  'journey.check',
  'journey.process',
  'journey.action',
  'journey.assessment.report',
  'journey.assessment.decide',
  'journey.done',
  'help',
];

export const FIRST_STATE: StateKey = stateKeyOfQuestion(QUESTION_IDS[0]!);

export const isStateKey = (s: string): s is StateKey => (STATE_KEYS as readonly string[]).includes(s);

export type MachineDeps = {
  isAsked: IsAsked;
  /** Routes to continue with after a result on a route (content: followUps). */
  followUps: (route: string, result: Result) => string[];
};

export const initialContext = (): JourneyContext => ({
  answers: { situation: {}, wish: {} },
  answered: [],
  returnToCheck: false,
  crisisAcknowledged: false,
  helpFrom: null,
  chosenRoute: null,
  suggested: [],
  lastResult: null,
  history: [],
});

/** Merges a patch into answers; `undefined` clears a field ("ik weet het niet"). */
export function applyPatch(answers: Answers, patch: Patch): Answers {
  const merge = <T extends object>(base: T, p: object | undefined): T => {
    const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
    for (const [k, v] of Object.entries(p ?? {})) {
      if (v === undefined) delete out[k];
      else out[k] = v;
    }
    return out as T;
  };
  const next: Answers = { situation: merge(answers.situation, patch.situation), wish: merge(answers.wish, patch.wish) };
  const priorities = patch.priorities ?? answers.priorities;
  return priorities === undefined ? next : { ...next, priorities };
}

/** How many result reports a journey keeps (the newest): one limit for the machine, the cookie and the plan file. */
export const MAX_HISTORY = 20;

export const questionStateId = (q: QuestionId) => `q-${q}`;

/** The questions of each step in the order they are visited (tests add a fixture question here). */
export type QuestionOrder = { situation: readonly QuestionId[]; wish: readonly QuestionId[] };

export function createRouteMachine(deps: MachineDeps, order: QuestionOrder = { situation: SITUATION_QUESTIONS, wish: WISH_QUESTIONS }) {
  const all: readonly QuestionId[] = [...order.situation, ...order.wish];
  const isOpenIn = (c: JourneyContext, q: QuestionId) => deps.isAsked(q, c.answers) && !c.answered.includes(q);

  const m = setup({
    types: { context: {} as JourneyContext, events: {} as JourneyEvent },
    guards: {
      shouldVisit: ({ context }, p: { question: QuestionId }) =>
        deps.isAsked(p.question, context.answers) && (!context.returnToCheck || !context.answered.includes(p.question)),
      isAsked: ({ context }, p: { question: QuestionId }) => deps.isAsked(p.question, context.answers),
      isUnanswered: ({ context }, p: { question: QuestionId }) => !context.answered.includes(p.question),
      isAnswerTo: ({ event }, p: { question: QuestionId }) => event.type === 'answer.submit' && event.question === p.question,
      isEditOf: ({ event }, p: { question: QuestionId }) => event.type === 'answers.edit' && event.question === p.question,
      isNewCrisisAnswer: ({ context, event }) =>
        event.type === 'answer.submit' &&
        event.question === 'crisis' &&
        event.patch.situation?.crisis === true &&
        !context.crisisAcknowledged,
      isAllAnswered: ({ context }) => all.every((q) => !isOpenIn(context, q)),
      isOpenInImport: ({ event }, p: { question: QuestionId }) => event.type === 'answers.import' && isOpenIn(event.context, p.question),
      isCompleteImport: ({ event }) => event.type === 'answers.import' && all.every((q) => !isOpenIn(event.context, q)),
      isImportWithRoute: ({ event }) => event.type === 'answers.import' && event.context.chosenRoute !== null,
      hasChosenRoute: ({ context }) => context.chosenRoute !== null,
      isStillRunning: ({ event }) => event.type === 'result.report' && event.result === 'still-running',
      isFromCrisisQuestion: ({ context }) => context.helpFrom === 'crisis-question',
    },
    actions: {
      assignAnswer: assign(({ context, event }) => {
        if (event.type !== 'answer.submit') return {};
        return {
          answers: applyPatch(context.answers, event.patch),
          answered: context.answered.includes(event.question) ? context.answered : [...context.answered, event.question],
        };
      }),
      setReturnToCheck: assign({ returnToCheck: true }),
      clearReturnToCheck: assign({ returnToCheck: false }),
      setPriorities: assign(({ context, event }) =>
        event.type === 'priorities.set' ? { answers: applyPatch(context.answers, { priorities: event.priorities }) } : {},
      ),
      chooseRoute: assign(({ event }) =>
        event.type === 'route.choose' || event.type === 'assessment.continue' ? { chosenRoute: event.route } : {},
      ),
      recordResult: assign(({ context, event }) => {
        if (event.type !== 'result.report' || context.chosenRoute === null) return {};
        return {
          lastResult: event.result,
          // The most recent reports, at most MAX_HISTORY: the session cookie and the plan file
          // hold that many, and a longer list would be a state the next read rejects.
          history: [...context.history, { route: context.chosenRoute, result: event.result, date: event.date }].slice(-MAX_HISTORY),
          suggested: event.result === 'still-running' ? context.suggested : deps.followUps(context.chosenRoute, event.result),
        };
      }),
      helpFromCrisisQuestion: assign({ helpFrom: 'crisis-question' as const }),
      // Keeps an earlier origin: the web restores the help state by replaying crisis.report,
      // which must not turn "came from the crisis question" into "came from elsewhere".
      helpFromElsewhere: assign({ helpFrom: ({ context }) => context.helpFrom ?? ('elsewhere' as const) }),
      acknowledgeCrisis: assign({ crisisAcknowledged: true, helpFrom: null }),
      reset: assign(() => initialContext()),
      importContext: assign(({ context, event }) =>
        event.type === 'answers.import' ? { ...event.context, returnToCheck: false, helpFrom: null } : context,
      ),
      goNext: raise({ type: 'nav.next' }),
    },
  });

  function questionState(q: QuestionId) {
    const i = all.indexOf(q);
    const later = all.slice(i + 1);
    const earlier = all.slice(0, i).reverse();
    return {
      id: questionStateId(q),
      on: {
        // An answer to another question than the one shown is stale (an old tab): ignored.
        'answer.submit': [
          ...(q === 'crisis'
            ? [{ guard: 'isNewCrisisAnswer' as const, target: '#help', actions: ['assignAnswer' as const, 'helpFromCrisisQuestion' as const] }]
            : []),
          {
            guard: { type: 'isAnswerTo' as const, params: { question: q } },
            actions: ['assignAnswer' as const, 'goNext' as const],
          },
        ],
        'nav.next': [
          // Without an answer there is no next question: the page shows the error instead.
          { guard: { type: 'isUnanswered' as const, params: { question: q } } },
          ...later.map((t) => ({ guard: { type: 'shouldVisit' as const, params: { question: t } }, target: `#${questionStateId(t)}` })),
          { target: '#check', actions: 'clearReturnToCheck' as const },
        ],
        'nav.back': earlier.map((t) => ({ guard: { type: 'isAsked' as const, params: { question: t } }, target: `#${questionStateId(t)}` })),
      },
    };
  }

  // On the journey and the help page, not the root: answers from elsewhere are a way in, not an
  // arrow of the stroomschema (lib/map/stroomschema.ts draws the root's transitions).
  const importAnswers = [
    ...all.map((q) => ({ guard: { type: 'isOpenInImport' as const, params: { question: q } }, target: `#${questionStateId(q)}`, actions: 'importContext' as const })),
    { guard: 'isImportWithRoute' as const, target: '#assessment', actions: 'importContext' as const },
    { target: '#process', actions: 'importContext' as const },
  ];
  // Past the check, complete answers from elsewhere change the advice but not the step.
  const stayOnImport = { guard: 'isCompleteImport' as const, actions: 'importContext' as const };

  const questionStates = (qs: readonly QuestionId[]) => Object.fromEntries(qs.map((q) => [q, questionState(q)]));

  return m.createMachine({
    id: 'routewijzer',
    context: initialContext,
    initial: 'journey',
    on: {
      'crisis.report': { target: '#help', actions: 'helpFromElsewhere' },
      'answers.reset': { target: '#routewijzer.journey', reenter: true, actions: 'reset' },
    },
    states: {
      journey: {
        initial: 'situation',
        on: { 'answers.import': importAnswers },
        states: {
          // Stap 1: inventarisatie van de situatie (004:2323-2324)
          situation: { initial: order.situation[0], states: questionStates(order.situation) },
          // Stap 2: inventariseer de wens (004:2326-2327)
          wish: { initial: order.wish[0], states: questionStates(order.wish) },
          check: {
            id: 'check',
            on: {
              'answers.edit': all.map((q) => ({
                guard: { type: 'isEditOf' as const, params: { question: q } },
                target: `#${questionStateId(q)}`,
                actions: 'setReturnToCheck' as const,
              })),
              'answers.confirm': { guard: 'isAllAnswered', target: 'process' },
              'nav.back': { target: `#${questionStateId(all[all.length - 1]!)}` },
            },
          },
          // Stap 3: bepaal gezamenlijk het proces (004:2329)
          process: {
            id: 'process',
            on: {
              'route.choose': { target: 'action', actions: 'chooseRoute' },
              'priorities.set': { actions: 'setPriorities' },
              'answers.import': stayOnImport,
              'nav.back': { target: 'check' },
            },
          },
          // Stap 4: aan de slag (004:2331)
          action: {
            id: 'action',
            on: {
              'assessment.start': { guard: 'hasChosenRoute', target: 'assessment' },
              'answers.import': stayOnImport,
              'nav.back': { target: 'process' },
            },
          },
          // Stap 5: bij bereiken resultaat assessment: afronden of doorgaan? (004:2333)
          assessment: {
            id: 'assessment',
            initial: 'report',
            on: { 'answers.import': stayOnImport },
            states: {
              report: {
                on: {
                  'result.report': [
                    { guard: 'isStillRunning', target: '#action', actions: 'recordResult' },
                    { target: 'decide', actions: 'recordResult' },
                  ],
                  'nav.back': { target: '#action' },
                },
              },
              decide: {
                on: {
                  'assessment.continue': { target: '#action', actions: 'chooseRoute' },
                  'assessment.chooseOther': { target: '#process' },
                  'assessment.finish': { target: '#done' },
                  'nav.back': { target: 'report' },
                },
              },
            },
          },
          done: {
            id: 'done',
            on: { 'nav.back': { target: '#assessment.decide' }, 'answers.import': stayOnImport },
          },
          hist: { type: 'history', history: 'deep' },
        },
      },
      help: {
        id: 'help',
        on: {
          'answers.import': importAnswers,
          'help.continue': [
            { guard: 'isFromCrisisQuestion', target: `#${questionStateId('condition')}`, actions: 'acknowledgeCrisis' },
            { target: '#routewijzer.journey.hist', actions: 'acknowledgeCrisis' },
          ],
        },
      },
    },
  });
}

export type RouteMachine = ReturnType<typeof createRouteMachine>;
export type JourneySnapshot = SnapshotFrom<RouteMachine>;
