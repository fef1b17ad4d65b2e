import { FieldError, describedBy } from '@/components/common/field-error';
import type { Catalogue } from '@/lib/catalogue/schema';
import type { Locale } from '@/lib/i18n/locale';
import type { IntakeError } from '@/lib/intake/intake-form';
import { currentValues, fieldKind, optionValues } from '@/lib/journey/forms';
import { questionCopy } from '@/lib/journey/question-copy';
import type { IsAsked, QuestionId } from '@/lib/journey/questions';
import { gemeenteNames } from '@/lib/regions/regions';
import type { JourneyContext } from '@/machines/route-machine';
import { getTranslations } from '@/lib/i18n/server';

export const fieldId = (q: QuestionId) => `intake-${q}`;

type Props = { questions: readonly QuestionId[]; context: JourneyContext; isAsked: IsAsked; errors: readonly IntakeError[]; catalogue: Catalogue; locale: Locale };

/**
 * The intake's fields for a group of questions, in professional words: a select for a choice,
 * checkboxes for a group, a text field with "unknown or declined" for gemeente and age. A
 * question not asked for these answers stays fillable, with a hint that it does not count.
 */
export async function IntakeFields({ questions, context: c, isAsked, errors, catalogue, locale }: Props) {
  const t = await getTranslations('intake');
  const gemeenten = gemeenteNames(catalogue.regions);
  const optionLabel = (q: QuestionId, v: string): string => {
    if (q === 'crisis') return v === 'yes' ? t('yes') : t('no');
    return questionCopy(q, locale).options?.[v]?.label ?? v;
  };

  const field = (q: QuestionId) => {
    const kind = fieldKind(q);
    const answered = c.answered.includes(q);
    const values = currentValues(q, c.answers, answered, catalogue.regions);
    const asked = isAsked(q, c.answers);
    const error = errors.find((x) => x.question === q)?.error;
    const hintId = `${fieldId(q)}-hint`;
    const errorId = `${fieldId(q)}-fout`;
    const described = describedBy(!asked && hintId, error && errorId);
    const hint = !asked && (
      <span id={hintId} className="block text-sm text-slate-700">
        {t('notAsked')}
      </span>
    );
    const errorLine = error && <FieldError id={errorId}>{t(`errors.${error}`)}</FieldError>;
    if (kind === 'checkbox') {
      return (
        <fieldset key={q} className="py-2" aria-describedby={described}>
          <legend className="font-semibold">{t(`labels.${q}`)}</legend>
          {hint}
          <input type="hidden" name={`${q}-present`} value="1" />
          <div className="mt-1 grid gap-1 sm:grid-cols-2">
            {optionValues(q).map((v) => (
              <div key={v} className="flex items-start gap-2">
                <input type="checkbox" name={q} value={v} id={`${fieldId(q)}-${v}`} defaultChecked={values.includes(v)} className="mt-1 size-5" />
                <label htmlFor={`${fieldId(q)}-${v}`} className="text-base">
                  {optionLabel(q, v)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      );
    }
    const label = (
      <label htmlFor={fieldId(q)} className="font-semibold">
        {t(`labels.${q}`)}
      </label>
    );
    if (kind === 'radio') {
      return (
        <div key={q} className="py-2">
          {label}
          {hint}
          {errorLine}
          <select
            id={fieldId(q)}
            name={q}
            defaultValue={answered ? (values[0] ?? '') : ''}
            aria-describedby={described}
            className="mt-1 block w-full rounded-md border-2 border-slate-700 bg-white px-2 py-1 text-base"
          >
            <option value="">{t('notFilled')}</option>
            {optionValues(q).map((v) => (
              <option key={v} value={v}>
                {optionLabel(q, v)}
              </option>
            ))}
          </select>
        </div>
      );
    }
    return (
      <div key={q} className="py-2">
        {label}
        {hint}
        {errorLine}
        <input
          id={fieldId(q)}
          name={q}
          defaultValue={values[0] ?? ''}
          aria-describedby={described}
          {...(kind === 'age' ? { inputMode: 'numeric' as const, autoComplete: 'off', className: 'mt-1 block w-24 rounded-md border-2 border-slate-700 px-2 py-1 text-base' } : { list: 'intake-gemeenten', autoComplete: 'off', className: 'mt-1 block w-full rounded-md border-2 border-slate-700 px-2 py-1 text-base' })}
        />
        <div className="mt-1 flex items-start gap-2">
          <input type="checkbox" name={`${q}-skip`} value="1" id={`${fieldId(q)}-skip`} defaultChecked={answered && values.length === 0} className="mt-1 size-5" />
          <label htmlFor={`${fieldId(q)}-skip`} className="text-base">
            {t('unknownOrDeclined')}
          </label>
        </div>
        {kind === 'municipality' && (
          <datalist id="intake-gemeenten">
            {gemeenten.map((g) => (
              <option key={g} value={g} />
            ))}
          </datalist>
        )}
      </div>
    );
  };

  return <>{questions.map(field)}</>;
}
