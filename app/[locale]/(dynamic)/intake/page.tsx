import type { Metadata } from 'next';
import { IntakeScreen } from '@/components/intake/intake-screen';
import { wipedFromQuery } from '@/components/intake/intake-session';
import { getCatalogue } from '@/lib/catalogue/load';
import { getTranslations, requestLocale } from '@/lib/i18n/server';
import { intakeErrorsFromQuery } from '@/lib/intake/intake-form';
import { readSession } from '@/lib/journey/cookie';
import { journeyRuntime } from '@/lib/journey/runtime';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** "Fout: …" in the title when the page shows errors, as on the wizard's questions. */
export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const [t, tc] = await Promise.all([getTranslations('intake'), getTranslations('common')]);
  const title = t('title');
  return { title: intakeErrorsFromQuery((await searchParams).fout).length > 0 ? tc('errorPrefix', { title }) : title };
}

export default async function IntakePage({ searchParams }: { searchParams: SearchParams }) {
  const locale = await requestLocale();
  const { deps } = journeyRuntime();
  const { session } = await readSession();
  const query = await searchParams;
  const errors = intakeErrorsFromQuery(query.fout);
  return <IntakeScreen context={session.context} isAsked={deps.isAsked} errors={errors} catalogue={getCatalogue(locale)} locale={locale} wiped={wipedFromQuery(query.gewist)} />;
}
