import type { Answers } from '@/lib/answers/schema';
import type { Catalogue } from '@/lib/catalogue/schema';
import { relevantFields, type RelevantField } from '@/lib/engine/relevance';
import { QUESTIONS, type IsAsked, type QuestionDef, type QuestionId } from '@/lib/journey/questions';

/** Whether one question is asked: its registry rule, with `relevant` telling which advice fields still matter. */
export function askedBy(def: QuestionDef, answers: Answers, relevant: (f: RelevantField) => boolean): boolean {
  const rule = def.asked;
  if ('always' in rule) return true;
  if (rule.or?.(answers)) return true;
  if (rule.only && !rule.only(answers)) return false;
  return relevant(rule.relevant);
}

/** `isAsked` for a catalogue: a question is asked by its rule in the registry. */
export function makeIsAsked(catalogue: Catalogue, registry: Readonly<Record<string, QuestionDef>> = QUESTIONS): IsAsked {
  // Guards ask about many questions for the same answers object; compute relevance once.
  const cache = new WeakMap<Answers, Set<RelevantField>>();
  const fields = (answers: Answers) => {
    let f = cache.get(answers);
    if (!f) cache.set(answers, (f = relevantFields(answers, catalogue)));
    return f;
  };
  return (q: QuestionId, answers: Answers) => {
    const def = registry[q];
    // A stale id (an old cookie) names no question: it is not asked.
    return def ? askedBy(def, answers, (f) => fields(answers).has(f)) : false;
  };
}
