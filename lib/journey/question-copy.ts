import type { Locale } from '@/lib/i18n/locale';
import { translator } from '@/lib/i18n/translator';
import { optionValues } from '@/lib/journey/forms';
import type { QuestionId } from '@/lib/journey/questions';

/*
 * The words of one question in a language (content/messages/<locale>/questions.ts), as one
 * object: for the question form, the check page, the plan and the intake summary.
 */

export type OptionCopy = { label: string; hint?: string };

export type QuestionCopy = {
  /** The question, shown as the page heading (h1 and legend). */
  title: string;
  hint?: string;
  /** "Waarom vragen we dit?" */
  why: string;
  /** Label on the check-your-answers page. */
  short: string;
  /** One per value the form offers (none for the text questions). */
  options?: Record<string, OptionCopy>;
  /** Text of the extra button for text questions a person may skip. */
  skip?: string;
  /** Shown on the check page when the question was skipped. */
  skipped?: string;
};

/*
 * Made once per question and language, then shared: the texts are the same for everyone, and
 * making them was a tenth of the check page's server time. An optional text that a question
 * lacks (`t.has` of a missing key) costs next-intl an Error with its stack trace, and the check
 * page asks for every question's (docs/benchmarks.md, stop 35). Frozen, so no caller can change
 * another request's copy.
 */
const made = new Map<string, Readonly<QuestionCopy>>();

/** The question's texts in `locale` (Dutch when omitted). */
export function questionCopy(q: QuestionId, locale: Locale): Readonly<QuestionCopy> {
  const key = `${locale}:${q}`;
  let copy = made.get(key);
  if (!copy) made.set(key, (copy = deepFreeze(makeQuestionCopy(q, locale))));
  return copy;
}

function deepFreeze<T extends object>(value: T): Readonly<T> {
  for (const inner of Object.values(value)) if (inner && typeof inner === 'object') deepFreeze(inner);
  return Object.freeze(value);
}

function makeQuestionCopy(q: QuestionId, locale: Locale): QuestionCopy {
  const t = translator(locale, 'questions');
  // Keys are built from the question and option ids; every one exists (see answer-labels.test.ts).
  const get = (key: string) => t(`${q}.${key}` as never);
  const optional = (key: string) => (t.has(`${q}.${key}` as never) ? get(key) : undefined);
  const values = optionValues(q);
  const copy: QuestionCopy = { title: get('title'), why: get('why'), short: get('short') };
  const hint = optional('hint');
  if (hint) copy.hint = hint;
  if (values.length > 0) {
    copy.options = Object.fromEntries(
      values.map((v) => {
        const option: OptionCopy = { label: get(`options.${v}.label`) };
        const h = optional(`options.${v}.hint`);
        if (h) option.hint = h;
        return [v, option];
      }),
    );
  }
  const skip = optional('skip');
  if (skip) copy.skip = skip;
  const skipped = optional('skipped');
  if (skipped) copy.skipped = skipped;
  return copy;
}
