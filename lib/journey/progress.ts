import { machineFor, reachableQuestions } from '@/lib/journey/flow';
import { QUESTION_IDS, QUESTIONS, type AnswerPatch, type IsAsked, type QuestionId } from '@/lib/journey/questions';
import { applyPatch, type JourneyContext, type RouteMachine } from '@/machines/route-machine';

/*
 * "Vraag 3 van 12": where a person is among the questions the statechart will ask them.
 *
 * The position counts the questions the person answered before this one. The total is the statechart walked on to the check, for the answers so far,
 * and again for every single answer still to give (each choice of this question and of each
 * open one after it). A question counts when any of those walks visits it. So a question
 * that one answer could still bring in (the GGZ-instelling, once "specialist GGZ" is chosen)
 * is counted before that answer, and the total only falls as questions drop out: a person
 * never sees it grow (lib/journey/progress.test.ts walks random journeys to check that).
 */

export type Progress = { position: number; total: number };

/** The questions the statechart visits from the first one to the check, with every question counted as answered. */
const walk = (machine: RouteMachine, context: JourneyContext, ids: readonly QuestionId[]): Set<QuestionId> =>
  new Set(reachableQuestions(machine, { ...context, answered: [...ids] }).reached);

/** Every answer a question offers, one at a time (a checkbox question: each option alone, and none). */
function singleAnswers(q: QuestionId): AnswerPatch[] {
  const def = QUESTIONS[q];
  if (def.kind === 'radio') return def.choices.map((c) => c.patch);
  if (def.kind === 'checkbox') return [def.patch([]), ...def.options.map((o) => def.patch([o]))];
  // Free text (age, gemeente): any value narrows the routes still possible, so it can only take questions away.
  return [];
}

/** undefined when the statechart does not reach `at` with these answers (the page redirects then). */
export function questionProgress(
  machine: RouteMachine,
  isAsked: IsAsked,
  context: JourneyContext,
  at: QuestionId,
  ids: readonly QuestionId[] = QUESTION_IDS,
): Progress | undefined {
  // The walk that decides whether the page may show (redirectFor), on the same machine: a page
  // that asks both walks once (reachableQuestions keeps a walk per context object).
  if (!reachableQuestions(machineFor(isAsked), context).reached.includes(at)) return undefined;
  const before = ids.slice(0, ids.indexOf(at));
  const after = ids.slice(ids.indexOf(at) + 1);
  // The pages behind the person: every question they answered before this one, also one a later
  // answer has since made moot (it was a page they saw, and counting it keeps n going up by one).
  const position = before.filter((q) => context.answered.includes(q)).length + 1;
  const open = [at, ...after.filter((q) => !context.answered.includes(q))];
  const ahead = walk(machine, context, ids);
  // With one more answer the walk visits what `isAsked` allows (the statechart's `shouldVisit`
  // once everything is answered); asking it directly spares ~70 walks per page.
  const oneMore = open.flatMap((q) => singleAnswers(q).map((patch) => applyPatch(context.answers, patch)));
  const coming = after.filter((q) => ahead.has(q) || oneMore.some((answers) => isAsked(q, answers)));
  return { position, total: position + coming.length };
}
