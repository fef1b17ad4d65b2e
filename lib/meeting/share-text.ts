import type { Locale } from '@/lib/i18n/locale';
import { translator } from '@/lib/i18n/translator';
import { questionCopy } from '@/lib/journey/question-copy';
import { isAnswerItem, SHARE_QUESTIONS, type ShareItem } from '@/lib/meeting/meeting';

/*
 * What each sharing item puts on the shared plan, in words: the same list the consent form
 * shows beside the item and the client's consent text repeats, so what is asked is what is
 * shared (issue 16; 001:669 "beperk je tot gegevens die echt nodig zijn").
 */

/** The fields an item shares: the short names of its questions, or the words for route and agreements. */
export function shareFields(item: ShareItem, locale: Locale): string {
  if (isAnswerItem(item)) return SHARE_QUESTIONS[item].map((q) => questionCopy(q, locale).short).join(', ');
  return translator(locale, 'meeting')(`shareFields.${item}`);
}

/** An item with its fields: "Werk en inkomen (Werk of opleiding, Uitkering, …)". */
export function shareItemText(item: ShareItem, locale: Locale): string {
  const t = translator(locale, 'meeting');
  return t('shareItem', { item: t(`share.${item}`), fields: shareFields(item, locale) });
}
