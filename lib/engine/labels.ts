import type { AnswerBenefit, CareLevel, CareProvider, Condition, Goal, Priority, Severity, Support, TargetGroupRegister, WorkSituation } from '@/lib/answers/schema';
import type { AskAt } from '@/lib/catalogue/schema';
import type { Locale } from '@/lib/i18n/locale';
import { phrases } from '@/lib/engine/phrases';

/*
 * Plain (B1) words for answer values, used in the engine's reasons and on pages, in each
 * interface language (content/messages/{nl,en}/engine.ts, `labels`). Phrased to complete
 * "Jij hebt …" / "voor mensen met …" where that reads naturally.
 *
 * labelsFor(locale) gives them in a language.
 */

export type EngineLabels = {
  condition: Record<Condition, string>;
  severity: Record<Severity, string>;
  benefit: Record<AnswerBenefit, string>;
  /** Short names for lists ("WIA (WGA), WAO of Wajong"). */
  benefitShort: Record<AnswerBenefit, string>;
  care: Record<CareLevel, string>;
  careProvider: Record<CareProvider, string>;
  work: Record<WorkSituation, string>;
  goal: Record<Goal, string>;
  targetGroupRegister: Record<TargetGroupRegister, string>;
  support: Record<Support, string>;
  /** Why a route's support matches the wish. */
  supportMatch: Record<Support, string>;
  priority: Record<Priority, string>;
  priorityMatch: Record<Priority, string>;
  askAt: Record<AskAt, string>;
};

/** The labels in a language. */
export function labelsFor(locale: Locale): EngineLabels {
  return phrases(locale).labels;
}

// The plain language code, not LANGUAGE_TAG's en-GB: CLDR's en-GB drops the comma before the
// last word ("a, b or c"), and the English texts use it ("a, b, or c").
const formats = new Map<string, Intl.ListFormat>();
function list(items: readonly string[], type: 'conjunction' | 'disjunction', locale: Locale): string {
  // Most lists in the engine's reasons have one item; format() costs a few microseconds per call.
  if (items.length <= 1) return items[0] ?? '';
  const key = `${locale}:${type}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.ListFormat(locale, { type });
    formats.set(key, format);
  }
  return format.format(items);
}

/** "a, b of c" ("a, b, or c" in English). */
export function orList(items: readonly string[], locale: Locale): string {
  return list(items, 'disjunction', locale);
}

/** "a, b en c" ("a, b, and c" in English). */
export function andList(items: readonly string[], locale: Locale): string {
  return list(items, 'conjunction', locale);
}
