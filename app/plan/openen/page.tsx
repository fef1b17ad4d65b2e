import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ErrorSummary } from '@/components/common/error-summary';
import { FocusOnNavigation } from '@/components/common/focus-on-navigation';
import { localHref, requestLocale } from '@/lib/i18n/server';
import { planFileErrorText } from '@/lib/plan/file';
import { cookies } from 'next/headers';
import { PLAN_ERROR_COOKIE, planErrorFromQuery } from '@/lib/plan/error-query';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** "Fout: …" in the title when the file was refused, as on the wizard's questions. */
export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const [t, common] = await Promise.all([getTranslations('planFile'), getTranslations('common')]);
  const title = t('open.title');
  return { title: planErrorFromQuery(await searchParams) ? common('errorPrefix', { title }) : title };
}

/** Opens a saved plan file (a real multipart form: works without JavaScript). */
export default async function OpenPlanPage({ searchParams }: { searchParams: SearchParams }) {
  const [t, common, locale] = await Promise.all([getTranslations('planFile'), getTranslations('common'), requestLocale()]);
  const error = planErrorFromQuery(await searchParams, (await cookies()).get(PLAN_ERROR_COOKIE)?.value);
  // The error travels as a code (its details in a one-minute cookie); its text is written here, in the page's language.
  const message = error && planFileErrorText(error, locale);
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
        {message && (
          <p id="plan-fout" className="mt-1 font-bold text-red-800">
            <span className="sr-only">{common('errorPrefix', { title: '' })}</span>
            {message}
          </p>
        )}
        <input
          type="file"
          id="plan-bestand"
          name="plan"
          accept=".json,application/json"
          aria-describedby={message ? 'plan-fout' : undefined}
          className="mt-2 block w-full max-w-full"
        />
        <button type="submit" id="open-plan" className="btn-primary mt-6">
          {t('open.submit')}
        </button>
      </form>
    </>
  );
}
