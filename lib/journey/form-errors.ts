import { errorCodec } from '@/lib/forms/error-query';
import type { Locale } from '@/lib/i18n/locale';
import { translator } from '@/lib/i18n/translator';
import { FORM_ERRORS, fieldKind } from '@/lib/journey/forms';
import type { QuestionId } from '@/lib/journey/questions';

/** The `?fout=` of a question page, and of the assessment (step 5), whose only error is `required`. */
export const formErrors = errorCodec(FORM_ERRORS);

/**
 * The text for a `?fout=<code>` on a question page, in `locale` (no default: every page passes its own). The code
 * stays in the URL in every language; anything that is not one known code shows no error.
 */
export function formErrorText(q: QuestionId, raw: unknown, locale: Locale): string | undefined {
  const codes = formErrors.fromQuery(raw);
  const code = codes.length === 1 ? codes[0] : undefined;
  if (!code) return undefined;
  const t = translator(locale, 'wizard');
  // A choice asks to choose; a text question asks to fill it in or skip it.
  if (code === 'required') return fieldKind(q) === 'radio' ? t('errors.required') : t('errors.requiredText');
  return t(`errors.${code}`);
}
