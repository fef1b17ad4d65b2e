import type { Answers } from '@/lib/answers/schema';
import type { Catalogue } from '@/lib/catalogue/schema';
import { relevantFields, type RelevantField } from '@/lib/engine/relevance';

/*
 * The questions of steps 1 (situation) and 2 (wish), in the order the statechart visits
 * them. Core questions are always asked; the rest only when their answer can still change
 * the advice (lib/engine/relevance.ts). Detail questions come after "where do you live",
 * so most of them are already settled by then. There is no veteran question: no route
 * restricts it, so the answer could never change the advice (the API still accepts it).
 */

export const SITUATION_QUESTIONS = [
  'crisis',
  'condition',
  'severity',
  'care',
  'work',
  'benefit',
  'municipality',
  'careProvider',
  'careOverOneYear',
  'dayActivities',
  'targetGroupRegister',
  'age',
] as const;
export const WISH_QUESTIONS = ['goal', 'support', 'pace', 'priorities'] as const;
export const QUESTION_IDS = [...SITUATION_QUESTIONS, ...WISH_QUESTIONS] as const;

export type SituationQuestion = (typeof SITUATION_QUESTIONS)[number];
export type WishQuestion = (typeof WISH_QUESTIONS)[number];
export type QuestionId = (typeof QUESTION_IDS)[number];

export const isQuestionId = (s: string): s is QuestionId => (QUESTION_IDS as readonly string[]).includes(s);
export const stepOf = (q: QuestionId): 'situation' | 'wish' => ((WISH_QUESTIONS as readonly string[]).includes(q) ? 'wish' : 'situation');

/** Decides whether a question is asked, given the answers so far. */
export type IsAsked = (q: QuestionId, answers: Answers) => boolean;

const ALWAYS: ReadonlySet<QuestionId> = new Set(['crisis', 'condition', 'work', 'benefit', 'municipality', 'goal', 'support', 'pace', 'priorities']);

const inGgz = (a: Answers) => a.situation.care === 'specialist-ggz' || a.situation.care === 'basic-ggz';

export function makeIsAsked(catalogue: Catalogue): IsAsked {
  // Guards ask about many questions for the same answers object; compute relevance once.
  const cache = new WeakMap<Answers, Set<RelevantField>>();
  const fields = (answers: Answers) => {
    let f = cache.get(answers);
    if (!f) cache.set(answers, (f = relevantFields(answers, catalogue)));
    return f;
  };
  return (q, answers) => {
    if (ALWAYS.has(q)) return true;
    const mental = answers.situation.condition !== 'other-limitation';
    const relevant = (f: RelevantField) => fields(answers).has(f);
    switch (q) {
      case 'severity':
      case 'care':
        // Severity and care frame every signal for psychische klachten (004:2269-2270).
        return mental || relevant(q);
      case 'careProvider':
      case 'careOverOneYear':
        return inGgz(answers) && relevant(q);
      case 'dayActivities':
      case 'targetGroupRegister':
      case 'age':
        return relevant(q);
      default:
        return true;
    }
  };
}
