import { ErrorSummary } from '@/components/common/error-summary';
import { FieldError } from '@/components/common/field-error';
import { FocusOnNavigation } from '@/components/common/focus-on-navigation';
import { getTranslations, localHref } from '@/lib/i18n/server';

/**
 * Opens a saved plan file: a real multipart form, so it works without JavaScript. `message`
 * is the refused file's error in the page's language.
 */
export async function OpenPlanForm({ message }: { message: string | undefined }) {
  const t = await getTranslations('planFile');
  return (
    <>
      {message ? <ErrorSummary errors={[{ href: '#plan-bestand', text: message }]} /> : <FocusOnNavigation id="openen" />}
      <h1 id="openen" tabIndex={-1}>
        {t('open.title')}
      </h1>
      <p className="mt-2">{t('open.intro')}</p>
      <p className="mt-2">
        {t('open.privacy')}
        {message ? ` ${t('open.unchanged')}` : ''}
      </p>
      <form action={await localHref('/plan/openen/bestand')} method="post" encType="multipart/form-data" className="mt-6" noValidate>
        <label htmlFor="plan-bestand" className="block font-semibold">
          {t('open.label')}
        </label>
        <p id="plan-bestand-hint" className="mt-1 text-base text-slate-700">
          {t('open.hint')}
        </p>
        {message && (
          <FieldError id="plan-fout" className="mt-1">
            {message}
          </FieldError>
        )}
        <input
          type="file"
          id="plan-bestand"
          name="plan"
          // No `accept` filter: some phones' file pickers grey out a .json file whose type they
          // do not know, so the person could not choose it at all. The server checks the file.
          aria-describedby={message ? 'plan-bestand-hint plan-fout' : 'plan-bestand-hint'}
          className="mt-2 block w-full max-w-full"
        />
        <button type="submit" id="open-plan" className="btn-primary mt-6">
          {t('open.submit')}
        </button>
      </form>
    </>
  );
}
