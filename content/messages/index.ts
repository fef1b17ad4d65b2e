import type { Locale } from '@/lib/i18n/locale';
import { messages as en } from './en';
import { messages as nl } from './nl';

/**
 * The interface's words per language (next-intl messages, ICU syntax). Route facts are not
 * here: they are in content/routes/, where every entry carries both languages.
 */
export const messages: Record<Locale, typeof nl> = { nl, en };
export type Messages = typeof nl;
