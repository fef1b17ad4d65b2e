import type { Answers } from '@/lib/answers/schema';
import type { Catalogue } from '@/lib/catalogue/schema';
import { relevantFields, type RelevantField } from '@/lib/engine/relevance';
import { QUESTIONS, questionOrder, type IsAsked, type QuestionDef, type QuestionId } from '@/lib/journey/questions';

/** Whether one question is asked: its registry rule, with `relevant` telling which advice fields still matter. */
export function askedBy(def: QuestionDef, answers: Answers, relevant: (f: RelevantField) => boolean): boolean {
  const rule = def.asked;
  if ('always' in rule) return true;
  if (rule.or?.(answers)) return true;
  if (rule.only && !rule.only(answers)) return false;
  return relevant(rule.relevant);
}

/**
 * The answers a question is asked on: those of the questions before it in the registry's
 * order, as when the statechart first reaches it. Its own answer and later ones do not
 * count, so an answer never takes back its own question (dagbesteding "nee" rules out Actief
 * herstel, the route that asked it), nor does a later answer take back an earlier question:
 * what was asked stays asked, and the check page lists it.
 */
export function answersBefore(q: string, answers: Answers, registry: Readonly<Record<string, QuestionDef>> = QUESTIONS): Answers {
  const order = questionOrder(registry);
  const from = order.indexOf(q);
  if (from < 0) return answers;
  const later = new Set(order.slice(from));
  const situation = Object.fromEntries(Object.entries(answers.situation).filter(([k]) => !later.has(k)));
  const wish = Object.fromEntries(Object.entries(answers.wish).filter(([k]) => !later.has(k)));
  const out: Answers = { situation, wish };
  if (answers.priorities !== undefined && !later.has('priorities')) out.priorities = answers.priorities;
  return out;
}

/** `isAsked` for a catalogue: a question is asked by its rule in the registry, on the answers before it. */
export function makeIsAsked(catalogue: Catalogue, registry: Readonly<Record<string, QuestionDef>> = QUESTIONS): IsAsked {
  // Guards ask about many questions for the same answers object; compute relevance once per question.
  const cache = new WeakMap<Answers, Map<string, boolean>>();
  return (q: QuestionId, answers: Answers) => {
    const def = registry[q];
    // A stale id (an old cookie) names no question: it is not asked.
    if (!def) return false;
    let seen = cache.get(answers);
    if (!seen) cache.set(answers, (seen = new Map()));
    let asked = seen.get(q);
    if (asked === undefined) {
      const before = answersBefore(q, answers, registry);
      let fields: Set<RelevantField> | undefined;
      asked = askedBy(def, before, (f) => (fields ??= relevantFields(before, catalogue)).has(f));
      seen.set(q, asked);
    }
    return asked;
  };
}
