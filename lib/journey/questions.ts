import {
  ASKED_PRIORITIES,
  ASKED_SUPPORTS,
  BENEFITS,
  CARE_LEVELS,
  CARE_PROVIDERS,
  CONDITIONS,
  GOALS,
  MAX_AGE,
  MIN_AGE,
  PACES,
  SEVERITIES,
  TARGET_GROUP_REGISTER,
  WORK_SITUATIONS,
  wishSchema,
  type Answers,
  type Priority,
} from '@/lib/answers/schema';
import type { RelevantField } from '@/lib/engine/relevance';

/*
 * The question registry: every question of steps 1 (situation) and 2 (wish) once, in the
 * order the statechart visits them. The schema, the statechart, the forms, the intake, the
 * check page and "waarom vragen we dit?" all derive from it (docs/questions.md).
 *
 * The registry is keyed by the answer fields (lib/answers/schema.ts), so a new field without
 * an entry here fails tsc. Every entry must say when it is asked: there is no default.
 * Core questions are always asked; the rest only when their answer can still change the
 * advice (lib/engine/relevance.ts). Detail questions come after "where do you live", so most
 * of them are already settled by then.
 *
 * This file imports nothing but the answer schema: the statechart imports it for the order.
 */

type Situation = Answers['situation'];
type Wish = Answers['wish'];

/** Answer fields the wizard does not ask (the API still accepts them). */
type WithoutQuestion = 'veteran';

/** Questions of step 1: the situation, and the goal (asked before the detail questions, see its entry). */
export type SituationQuestion = Exclude<keyof Situation, WithoutQuestion> | 'goal';
/** Questions of step 2: the help a person wants. */
export type WishQuestion = Exclude<keyof Wish, 'goal'> | 'priorities';
export type QuestionId = SituationQuestion | WishQuestion;
export type Step = 'situation' | 'wish';

/** A change to the answers; a field set to `undefined` is cleared ("ik weet het niet"). */
export type AnswerPatch = { situation?: Partial<Situation>; wish?: Partial<Wish>; priorities?: Priority[] };

export type Choice = { value: string; patch: AnswerPatch };

/**
 * When a question is asked.
 * - `always`: core questions.
 * - `relevant`: while some route still possible restricts this advice field. The question
 *   page then lists those routes under "waarom vragen we dit?" (unless `or` also asks it).
 * - `only`: and only for these answers, even when the field matters.
 * - `or`: and also for these answers, even when the field does not matter.
 */
export type AskRule =
  | { always: true }
  | { relevant: RelevantField; only?: (a: Answers) => boolean; or?: (a: Answers) => boolean };

type Common = { step: Step; slug: string; asked: AskRule };

export type QuestionDef = Common &
  (
    | { kind: 'radio'; choices: readonly Choice[]; /** The chosen value when matching the patches is not enough. */ current?: (a: Answers) => string | undefined }
    | { kind: 'checkbox'; options: readonly string[]; patch: (values: string[]) => AnswerPatch; current: (a: Answers) => readonly string[] | undefined }
    | { kind: 'municipality' }
    | { kind: 'age'; min: number; max: number }
  );

export type FieldKind = QuestionDef['kind'];
export type Registry = Readonly<Record<string, QuestionDef>>;

const sit = (p: Partial<Situation>): AnswerPatch => ({ situation: p });
const wish = (p: Partial<Wish>): AnswerPatch => ({ wish: p });

/** One choice per value of an answer enum. */
const fromEnum = <V extends string>(values: readonly V[], patch: (v: V) => AnswerPatch): Choice[] => values.map((v) => ({ value: v, patch: patch(v) }));
const yesNo = (patch: (b: boolean) => AnswerPatch): Choice[] => [
  { value: 'yes', patch: patch(true) },
  { value: 'no', patch: patch(false) },
];
const unknown = (patch: AnswerPatch): Choice => ({ value: 'unknown', patch });

const ALWAYS = { always: true } as const;
const inGgz = (a: Answers) => a.situation.care === 'specialist-ggz' || a.situation.care === 'basic-ggz';
// Severity and care frame every signal for psychische klachten (004:2269-2270).
const mentalHealth = (a: Answers) => a.situation.condition !== 'other-limitation';

export const QUESTIONS: { readonly [Q in SituationQuestion]: QuestionDef & { step: 'situation' } } & { readonly [Q in WishQuestion]: QuestionDef & { step: 'wish' } } = {
  crisis: {
    step: 'situation',
    slug: 'hoe-gaat-het',
    kind: 'radio',
    choices: [{ value: 'no', patch: sit({ crisis: false }) }, { value: 'yes', patch: sit({ crisis: true }) }],
    asked: ALWAYS,
  },
  condition: { step: 'situation', slug: 'klachten', kind: 'radio', choices: fromEnum(CONDITIONS, (condition) => sit({ condition })), asked: ALWAYS },
  severity: {
    step: 'situation',
    slug: 'zwaarte',
    kind: 'radio',
    choices: fromEnum(SEVERITIES, (severity) => sit({ severity })),
    asked: { relevant: 'severity', or: mentalHealth },
  },
  care: {
    step: 'situation',
    slug: 'behandeling',
    kind: 'radio',
    // Without care there is no GGZ-instelling and no time in care to keep.
    choices: fromEnum(CARE_LEVELS, (care) => sit(care === 'none' ? { care, careProvider: undefined, careOverOneYear: undefined } : { care })),
    asked: { relevant: 'care', or: mentalHealth },
  },
  work: { step: 'situation', slug: 'werk', kind: 'radio', choices: fromEnum(WORK_SITUATIONS, (work) => sit({ work })), asked: ALWAYS },
  benefit: {
    step: 'situation',
    slug: 'uitkering',
    kind: 'radio',
    choices: [
      { value: 'none', patch: sit({ benefit: 'none' }) },
      // An employee (or a sick-listed one) is paid by the employer: no benefit, and their way in
      // is the werkgever and the bedrijfsarts, not the gemeente (000:353; lib/engine/route.ts).
      { value: 'wage', patch: sit({ benefit: 'none' }) },
      ...fromEnum(
        BENEFITS.filter((b) => b !== 'none'),
        (benefit) => sit({ benefit }),
      ),
      { value: 'uwv-unknown', patch: sit({ benefit: 'uwv-unknown' }) },
      unknown(sit({ benefit: undefined })),
    ],
    current: ({ situation: s }) => (s.benefit === 'none' && (s.work === 'employed' || s.work === 'sick-listed') ? 'wage' : undefined),
    asked: ALWAYS,
  },
  municipality: { step: 'situation', slug: 'woonplaats', kind: 'municipality', asked: ALWAYS },
  // "Betaald werk of niet?" (004:2326) is asked before the detail questions, though it is the
  // wish: it rules routes out, so a detail question asked before it could stop mattering
  // after it (issue 15: the age, the GGZ-instelling or the doelgroepregister asked for a
  // route the goal then ruled out). It closes step 1, so step 2 is about the help you want.
  goal: { step: 'situation', slug: 'doel', kind: 'radio', choices: fromEnum(GOALS, (goal) => wish({ goal })), asked: ALWAYS },
  careProvider: {
    step: 'situation',
    slug: 'ggz-instelling',
    kind: 'radio',
    choices: [...fromEnum(CARE_PROVIDERS, (careProvider) => sit({ careProvider })), unknown(sit({ careProvider: undefined }))],
    asked: { relevant: 'careProvider', only: inGgz },
  },
  careOverOneYear: {
    step: 'situation',
    slug: 'hoe-lang-in-zorg',
    kind: 'radio',
    choices: [...yesNo((careOverOneYear) => sit({ careOverOneYear })), unknown(sit({ careOverOneYear: undefined }))],
    asked: { relevant: 'careOverOneYear', only: inGgz },
  },
  dayActivities: {
    step: 'situation',
    slug: 'dagbesteding',
    kind: 'radio',
    choices: yesNo((dayActivities) => sit({ dayActivities })),
    asked: { relevant: 'dayActivities' },
  },
  // EXIT: bijstand with several problems at once (debts, housing, psychische klachten), the
  // gemeente working with the GGZ-instelling (002:640). Asked only while such a route is possible.
  multipleProblems: {
    step: 'situation',
    slug: 'andere-problemen',
    kind: 'radio',
    choices: yesNo((multipleProblems) => sit({ multipleProblems })),
    asked: { relevant: 'multipleProblems' },
  },
  targetGroupRegister: {
    step: 'situation',
    slug: 'doelgroepregister',
    kind: 'radio',
    choices: fromEnum(TARGET_GROUP_REGISTER, (targetGroupRegister) => sit({ targetGroupRegister })),
    asked: { relevant: 'targetGroupRegister' },
  },
  age: { step: 'situation', slug: 'leeftijd', kind: 'age', min: MIN_AGE, max: MAX_AGE, asked: { relevant: 'age' } },
  support: {
    step: 'wish',
    slug: 'hulp',
    kind: 'checkbox',
    options: ASKED_SUPPORTS,
    patch: (values) => wish({ support: ASKED_SUPPORTS.filter((v) => values.includes(v)) }),
    current: (a) => a.wish.support,
    asked: ALWAYS,
  },
  pace: { step: 'wish', slug: 'tempo', kind: 'radio', choices: fromEnum(PACES, (pace) => wish({ pace })), asked: ALWAYS },
  priorities: {
    step: 'wish',
    slug: 'belangrijk',
    kind: 'checkbox',
    options: ASKED_PRIORITIES,
    patch: (values) => ({ priorities: ASKED_PRIORITIES.filter((v) => values.includes(v)) }),
    current: (a) => a.priorities,
    asked: ALWAYS,
  },
};

/** The questions of a registry in the order the statechart visits them. */
export const questionOrder = <Q extends string>(registry: Readonly<Record<Q, QuestionDef>>): Q[] => Object.keys(registry) as Q[];
export const questionsOfStep = <Q extends string>(registry: Readonly<Record<Q, QuestionDef>>, step: Step): Q[] =>
  questionOrder(registry).filter((q) => registry[q].step === step);

export const QUESTION_IDS: readonly QuestionId[] = questionOrder(QUESTIONS);
export const SITUATION_QUESTIONS = questionsOfStep(QUESTIONS, 'situation') as readonly SituationQuestion[];
export const WISH_QUESTIONS = questionsOfStep(QUESTIONS, 'wish') as readonly WishQuestion[];

export const isQuestionId = (s: string): s is QuestionId => (QUESTION_IDS as readonly string[]).includes(s);
export const stepOf = (q: QuestionId): Step => QUESTIONS[q].step;

/** Where a question's answer lives in the answers: not always its step (the goal is a wish asked in step 1). */
export const answerPartOf = (q: string): 'situation' | 'wish' => (q in wishSchema.shape ? 'wish' : 'situation');

/** Decides whether a question is asked, given the answers so far. */
export type IsAsked = (q: QuestionId, answers: Answers) => boolean;

/** The question whose page lists the routes that make it matter ("waarom vragen we dit?"). */
export function relevanceFieldOf(def: QuestionDef): RelevantField | undefined {
  return 'relevant' in def.asked && !def.asked.or ? def.asked.relevant : undefined;
}
