import type { Metadata } from 'next';
import { MeetingAgenda } from '@/components/meeting/meeting-agenda';
import { getCatalogue } from '@/lib/catalogue/load';
import { getTranslations, requestLocale } from '@/lib/i18n/server';
import { readSession } from '@/lib/journey/cookie';
import { journeyRuntime } from '@/lib/journey/runtime';
import { readMeetingOrEmpty } from '@/lib/meeting/cookie';
import { readDraft } from '@/lib/meeting/draft';
import { intakeErrorsFromQuery } from '@/lib/intake/intake-form';
import { meetingErrors } from '@/lib/meeting/forms';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** "Fout: …" in the title when the page shows errors, as on the wizard's questions. */
export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const [t, common] = await Promise.all([getTranslations('meeting'), getTranslations('common')]);
  const title = t('title');
  const fout = (await searchParams).fout;
  return { title: meetingErrors.fromQuery(fout).length + intakeErrorsFromQuery(fout).length > 0 ? common('errorPrefix', { title }) : title };
}

export default async function MeetingPage({ searchParams }: { searchParams: SearchParams }) {
  const locale = await requestLocale();
  const { deps } = journeyRuntime();
  const [{ session }, meeting] = await Promise.all([readSession(), readMeetingOrEmpty()]);
  const fout = (await searchParams).fout;
  const errors = meetingErrors.fromQuery(fout);
  // Situation and wish are filled in here with the intake's fields; their errors are the intake's codes.
  const answerErrors = intakeErrorsFromQuery(fout);
  // What was typed in a refused form comes back from its one-minute cookie, only with an error in the URL.
  const draft = errors.length > 0 ? await readDraft() : undefined;
  return <MeetingAgenda context={session.context} isAsked={deps.isAsked} meeting={meeting} errors={errors} answerErrors={answerErrors} draft={draft} catalogue={getCatalogue(locale)} locale={locale} />;
}
