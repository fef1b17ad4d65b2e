import { BackLink } from '@/components/common/back-link';
import { ErrorSummary } from '@/components/common/error-summary';
import { FieldError, describedBy } from '@/components/common/field-error';
import { FocusOnNavigation } from '@/components/common/focus-on-navigation';
import { ReadAloud } from '@/components/common/read-aloud';
import { submitAnswer } from '@/components/wizard/actions';
import { StepHeader } from '@/components/wizard/step-header';
import { getTranslations, requestLocale } from '@/lib/i18n/server';
import { fieldKind, optionValues } from '@/lib/journey/forms';
import { questionCopy } from '@/lib/journey/question-copy';
import type { Progress } from '@/lib/journey/progress';
import type { QuestionId } from '@/lib/journey/questions';

export type QuestionFormProps = {
  question: QuestionId;
  step: 1 | 2;
  values: string[];
  error?: string;
  edit: boolean;
  /** Where the back link goes: the previous asked question, the check page while changing an answer, or the start. */
  backHref: string;
  /** "Vraag n van N"; undefined leaves the count out. */
  progress?: Progress;
  /** Names of gemeenten for the suggestions of the municipality field. */
  gemeenten?: readonly string[];
  /** Routes that make this question matter, for "waarom vragen we dit?". */
  because?: string[];
  notice?: string;
  /** The page was rendered with the journey cookie: an answer without it means it was dropped. */
  kept?: boolean;
};

/** The hint under the question and the error next to the field (both referenced by aria-describedby). */
function HintAndError({ hint, error }: { hint?: string; error?: string }) {
  return (
    <>
      {hint && (
        <p id="answer-hint" className="mb-3 text-slate-700">
          {hint}
        </p>
      )}
      {error && (
        <FieldError id="answer-error" className="mb-3">
          {error}
        </FieldError>
      )}
    </>
  );
}

export async function QuestionForm(p: QuestionFormProps) {
  const t = await getTranslations('wizard');
  const tc = await getTranslations('common');
  const copy = questionCopy(p.question, await requestLocale());
  const kind = fieldKind(p.question);
  const values = optionValues(p.question);
  const firstField = kind === 'radio' || kind === 'checkbox' ? `answer-${values[0]}` : 'answer';
  const described = describedBy(copy.hint && 'answer-hint', p.error && 'answer-error');

  const why = (
    <details className="mt-6">
      <summary>{t('why')}</summary>
      <div className="mt-2 border-l-4 border-slate-300 pl-4">
        <p>{copy.why}</p>
        {p.because && p.because.length > 0 && (
          <p className="mt-2">{t('because', { routes: p.because.join(', ') })}</p>
        )}
      </div>
    </details>
  );

  const heading = (
    <h1 id="vraag" tabIndex={-1} className="outline-none">
      {copy.title}
    </h1>
  );

  return (
    <>
      <BackLink href={p.backHref} label={tc('back')} />
      {p.notice && (
        <p id="melding" className="mb-4 rounded-md border-2 border-amber-600 bg-amber-50 p-3">
          {p.notice}
        </p>
      )}
      {p.error && <ErrorSummary errors={[{ href: `#${firstField}`, text: p.error }]} />}
      {!p.error && <FocusOnNavigation id="vraag" />}
      <StepHeader step={p.step} progress={p.progress} />
      <form action={submitAnswer} noValidate>
        <input type="hidden" name="question" value={p.question} />
        {p.edit && <input type="hidden" name="edit" value="1" />}
        {p.kept && <input type="hidden" name="kept" value="1" />}
        {kind === 'radio' || kind === 'checkbox' ? (
          <fieldset aria-describedby={described}>
            <legend className="mb-2">{heading}</legend>
            <HintAndError hint={copy.hint} error={p.error} />
            <div className="space-y-3">
              {values.map((v) => {
                const option = copy.options?.[v];
                const id = `answer-${v}`;
                return (
                  <div key={v} className="choice">
                    <input
                      type={kind}
                      id={id}
                      name="answer"
                      value={v}
                      defaultChecked={p.values.includes(v)}
                      aria-describedby={option?.hint ? `${id}-hint` : undefined}
                    />
                    <label htmlFor={id} className="flex-1 cursor-pointer">
                      <span className="font-semibold">{option?.label ?? v}</span>
                      {option?.hint && (
                        <span id={`${id}-hint`} className="block text-base text-slate-700">
                          {option.hint}
                        </span>
                      )}
                    </label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        ) : (
          <div>
            <label htmlFor="answer" className="mb-2 block">
              {heading}
            </label>
            <HintAndError hint={copy.hint} error={p.error} />
            <input
              id="answer"
              name="answer"
              type="text"
              defaultValue={p.values[0] ?? ''}
              aria-describedby={described}
              aria-invalid={p.error ? true : undefined}
              {...(kind === 'age'
                ? { inputMode: 'numeric' as const, autoComplete: 'off', className: 'w-24 rounded-md border-2 border-slate-700 px-3 py-2 text-lg' }
                : { autoComplete: 'address-level2', list: 'gemeenten', className: 'w-full max-w-md rounded-md border-2 border-slate-700 px-3 py-2 text-lg' })}
            />
            {kind === 'municipality' && p.gemeenten && (
              <datalist id="gemeenten">
                {p.gemeenten.map((g) => (
                  <option key={g} value={g} />
                ))}
              </datalist>
            )}
          </div>
        )}
        {why}
        <div className="mt-8 flex flex-wrap items-center gap-4">
          <button type="submit" id="volgende" className="btn-primary">
            {tc('continue')}
          </button>
          {copy.skip && (
            <button type="submit" name="skip" value="1" id="overslaan" className="btn-secondary">
              {copy.skip}
            </button>
          )}
        </div>
      </form>
      <div className="no-print mt-8">
        <ReadAloud label={tc('readAloud')} stopLabel={tc('stopReading')} />
      </div>
    </>
  );
}
