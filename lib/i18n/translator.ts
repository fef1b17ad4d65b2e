import { createTranslator } from 'next-intl';
import { messages, type Messages } from '@/content/messages';
import type { Locale } from './locale';

/**
 * A translator for code outside React (engine reasons, plan text, PDF, plan-file errors):
 * the same messages and ICU syntax as the pages' getTranslations().
 */
export function translator<N extends keyof Messages>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: messages[locale], namespace });
}
