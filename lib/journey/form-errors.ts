import type { Locale } from '@/lib/i18n/locale';
import { translator } from '@/lib/i18n/translator';
import { fieldKind, type FormError } from '@/lib/journey/forms';
import type { QuestionId } from '@/lib/journey/questions';

const FORM_ERRORS: readonly FormError[] = ['required', 'unknown-municipality', 'age-not-a-number', 'age-too-low', 'age-too-high'];

export const isFormError = (code: unknown): code is FormError => typeof code === 'string' && (FORM_ERRORS as readonly string[]).includes(code);

/**
 * The text for a `?fout=<code>` on a question page, in `locale` (Dutch when omitted). The code
 * stays in the URL in every language; anything that is not a known code shows no error.
 */
export function formErrorText(q: QuestionId, code: unknown, locale: Locale): string | undefined {
  if (!isFormError(code)) return undefined;
  const t = translator(locale, 'wizard');
  // A choice asks to choose; a text question asks to fill it in or skip it.
  if (code === 'required') return fieldKind(q) === 'radio' ? t('errors.required') : t('errors.requiredText');
  return t(`errors.${code}`);
}
