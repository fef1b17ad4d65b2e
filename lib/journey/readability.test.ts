import { describe, expect, it } from 'vitest';
import { questionCopy } from '@/lib/journey/question-copy';
import { QUESTION_IDS, type QuestionId } from '@/lib/journey/questions';
import { lix } from '@/lib/text/readability';

/*
 * Issue 15: answer options above B1 ("WIA: WGA/IVA", "WAO", "WAZ", "jonggehandicapten",
 * "doelgroepregister" explained with "banenafspraak"). What a person reads on a question
 * page (the question, its hint, each option and its hint, in Dutch) is held to a readability
 * threshold, and an official name only follows plain words, in brackets.
 *
 * Figures (npx tsx scripts/question-readability.ts; docs/questions.md): before, LIX 23.0 over
 * all pages and 46.5 on the worst page ("Waar heb je vooral last van?"); after, 19.8 and 36.8.
 * The thresholds sit just above the after figures, so a harder text fails.
 */

const MAX_LIX_ALL = 21;
const MAX_LIX_PAGE = 40;

/** Official names a person may not know; on a question page only in brackets after plain words. */
const OFFICIAL = ['WW', 'WIA', 'WGA', 'IVA', 'WAO', 'WAZ', 'Wajong', 'Ziektewet', 'doelgroepregister', 'banenafspraak', 'jonggehandicapten', 'POH-GGZ', 'basis-GGZ'];

function pageTexts(q: QuestionId): string[] {
  const c = questionCopy(q, 'nl');
  return [c.title, c.hint, ...Object.values(c.options ?? {}).flatMap((o) => [o.label, o.hint])].filter((t): t is string => !!t);
}

/** A text with the bracketed parts taken out: what must read plainly on its own. */
const outsideBrackets = (text: string) => text.replace(/\([^)]*\)/g, '');

describe('the question pages read plainly (Dutch)', () => {
  it(`score at most LIX ${MAX_LIX_ALL} together`, () => {
    expect(lix(QUESTION_IDS.flatMap(pageTexts)).lix).toBeLessThanOrEqual(MAX_LIX_ALL);
  });

  it.each([...QUESTION_IDS])(`%s scores at most LIX ${MAX_LIX_PAGE}`, (q) => {
    expect(lix(pageTexts(q)).lix).toBeLessThanOrEqual(MAX_LIX_PAGE);
  });

  it.each([...QUESTION_IDS])('%s names an official term only in brackets, after plain words', (q) => {
    for (const text of pageTexts(q)) {
      const bare = outsideBrackets(text);
      const found = OFFICIAL.filter((term) => new RegExp(`(^|[^\\p{L}-])${term}([^\\p{L}-]|$)`, 'u').test(bare));
      expect(found, text).toEqual([]);
      // Something plain comes before the brackets.
      if (bare !== text) expect(bare.replace(/[\s.,:;?!]/g, '').length, text).toBeGreaterThan(0);
    }
  });
});
