import type { Locale } from '@/lib/i18n/locale';
import { translator } from '@/lib/i18n/translator';
import { currentValues, fieldKind } from '@/lib/journey/forms';
import { questionCopy } from '@/lib/journey/question-copy';
import type { QuestionId } from '@/lib/journey/questions';
import type { RegionTable } from '@/lib/regions/regions';
import type { Answers } from '@/lib/answers/schema';

const wizardTranslators = new Map<Locale, ReturnType<typeof translator<'wizard'>>>();

/**
 * How an answer reads on the check page and in the plan, e.g. "Utrecht (regio Midden-Utrecht)",
 * in `locale` (Dutch when omitted). Gemeente and region names stay as they are.
 */
export function answerText(q: QuestionId, answers: Answers, regions: RegionTable, locale: Locale): string {
  const copy = questionCopy(q, locale);
  let t = wizardTranslators.get(locale);
  if (!t) wizardTranslators.set(locale, (t = translator(locale, 'wizard')));
  const kind = fieldKind(q);
  if (kind === 'municipality') {
    const g = answers.situation.municipality ? regions.gemeenten.get(answers.situation.municipality) : undefined;
    return g ? t('answers.municipality', { name: g.name, region: g.arbeidsmarktregio }) : (copy.skipped ?? '');
  }
  if (kind === 'age') return answers.situation.age === undefined ? (copy.skipped ?? '') : t('answers.age', { age: answers.situation.age });
  const values = currentValues(q, answers, true, regions);
  if (values.length === 0) return t('answers.nothing');
  return values.map((v) => copy.options?.[v]?.label ?? v).join(', ');
}
