/*
 * LIX (läsbarhetsindex, Björnsson 1968), a readability measure used for Dutch and other
 * languages with long compound words:
 *
 *   LIX = words / sentences + 100 × long words / words
 *
 * A long word has more than six letters. Roughly: under 30 very easy, 30–40 easy (B1 texts
 * sit here), 40–50 average, over 50 hard. Each text passed in is at least one sentence
 * (a question, a hint or an option label need not end with a full stop); inside a text a
 * sentence ends at ".", "!", "?", ":" or ";".
 */

export type Lix = { lix: number; words: number; sentences: number; longWords: number };

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** The words of a text: runs of letters and digits, hyphenated and elided words as one. */
export const wordsOf = (text: string): string[] => text.match(WORD) ?? [];

const letters = (word: string) => (word.match(/\p{L}/gu) ?? []).length;

/** LIX over texts read one after another, each one sentence or more. */
export function lix(texts: readonly string[]): Lix {
  let words = 0;
  let sentences = 0;
  let longWords = 0;
  for (const text of texts) {
    const parts = text.split(/[.!?:;]+(?=\s|$)/).filter((p) => wordsOf(p).length > 0);
    sentences += Math.max(1, parts.length);
    for (const w of wordsOf(text)) {
      words += 1;
      if (letters(w) > 6) longWords += 1;
    }
  }
  const value = words === 0 ? 0 : words / sentences + (100 * longWords) / words;
  return { lix: Math.round(value * 10) / 10, words, sentences, longWords };
}
