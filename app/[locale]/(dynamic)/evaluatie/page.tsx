import type { Metadata } from 'next';
import { Assessment } from '@/components/plan/assessment';
import { getCatalogue } from '@/lib/catalogue/load';
import { getTranslations, localRedirect, requestLocale } from '@/lib/i18n/server';
import { readSession } from '@/lib/journey/cookie';
import { formErrors } from '@/lib/journey/form-errors';
import { redirectFor } from '@/lib/journey/flow';
import { journeyRuntime } from '@/lib/journey/runtime';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const isRequired = (raw: unknown) => formErrors.fromQuery(raw).includes('required');

/** "Stap 5 van 5: Hoe ging het?", with "Fout: " in front when the form came back with an error. */
export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const common = await getTranslations('common');
  const title = `${common('stepOf', { n: 5 })}: ${common('steps.5')}`;
  return { title: isRequired((await searchParams).fout) ? common('errorPrefix', { title }) : title };
}

/** Reached from the plan page, or by opening a saved plan file. */
export default async function AssessmentPage({ searchParams }: { searchParams: SearchParams }) {
  const { deps } = journeyRuntime();
  const [{ session }, locale, sp] = await Promise.all([readSession(), requestLocale(), searchParams]);
  const away = redirectFor({ kind: 'assessment' }, session.context, deps.isAsked);
  if (away) return localRedirect(away);
  return (
    <Assessment
      session={session}
      catalogue={getCatalogue(locale)}
      locale={locale}
      required={isRequired(sp.fout)}
      opened={sp.geopend === '1'}
      migrated={sp.gemigreerd === '1'}
    />
  );
}
