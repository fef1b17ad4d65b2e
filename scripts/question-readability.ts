/*
 * The readability (LIX, lib/text/readability.ts) of what a person reads on the question
 * pages: each question, its hint, and each option with its hint, in Dutch. Per question and
 * over all of them; lib/journey/readability.test.ts holds the threshold.
 *   npx tsx scripts/question-readability.ts
 */
import { questionCopy } from '@/lib/journey/question-copy';
import { QUESTION_IDS, type QuestionId } from '@/lib/journey/questions';
import { lix } from '@/lib/text/readability';

/** The texts a person reads on a question's page: question, hint, options and their hints. */
export function pageTexts(q: QuestionId): string[] {
  const c = questionCopy(q, 'nl');
  return [c.title, c.hint, ...Object.values(c.options ?? {}).flatMap((o) => [o.label, o.hint])].filter((t): t is string => !!t);
}

if (process.argv[1]?.endsWith('question-readability.ts')) {
  for (const q of QUESTION_IDS) console.log(`${q.padEnd(20)} ${lix(pageTexts(q)).lix}`);
  const all = lix(QUESTION_IDS.flatMap(pageTexts));
  console.log(`all                  ${all.lix} (${all.words} words, ${all.sentences} sentences, ${all.longWords} long)`);
}
