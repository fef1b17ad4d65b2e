import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { OpenPlanForm } from '@/components/plan/open-plan-form';
import { getTranslations, requestLocale } from '@/lib/i18n/server';
import { PLAN_ERROR_COOKIE, planErrorFromQuery } from '@/lib/plan/error-query';
import { planFileErrorText } from '@/lib/plan/file';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** "Fout: …" in the title when the file was refused, as on the wizard's questions. */
export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const [t, common] = await Promise.all([getTranslations('planFile'), getTranslations('common')]);
  const title = t('open.title');
  return { title: planErrorFromQuery(await searchParams) ? common('errorPrefix', { title }) : title };
}

export default async function OpenPlanPage({ searchParams }: { searchParams: SearchParams }) {
  const locale = await requestLocale();
  const error = planErrorFromQuery(await searchParams, (await cookies()).get(PLAN_ERROR_COOKIE)?.value);
  // The error travels as a code (its details in a one-minute cookie); its text is written here, in the page's language.
  return <OpenPlanForm message={error && planFileErrorText(error, locale)} />;
}
