import type { Metadata } from 'next';
import Link from '@/components/common/link';
import { IntakeSession } from '@/components/intake/intake-session';
import { CopyButton } from '@/components/common/copy-button';
import { PrintButton } from '@/components/common/print-button';
import { SavePlanLink } from '@/components/plan/save-plan-link';
import { getTranslations, localHref, requestLocale } from '@/lib/i18n/server';
import { currentSummary } from '@/lib/intake/current-summary';
import { MAX_NOTES, NOTES_FIELD } from '@/lib/intake/notes';
import { readSession } from '@/lib/journey/cookie';
import { readMeeting } from '@/lib/meeting/cookie';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('intake.summaryPage');
  return { title: t('title') };
}

/** The intake as plain text: to paste into a case system, print on one A4, or download. */
export default async function IntakeSummaryPage() {
  const [t, ti] = await Promise.all([getTranslations('intake.summaryPage'), getTranslations('intake')]);
  const notesHeading = ti('summary.notes');
  const [{ session }, meeting, locale] = await Promise.all([readSession(), readMeeting(), requestLocale()]);
  const text = currentSummary(session, meeting, locale);
  const textUrl = await localHref('/intake/samenvatting/tekst');
  return (
    <>
      <IntakeSession />
      <h1 id="samenvatting" className="no-print">
        {t('title')}
      </h1>
      <p className="no-print mt-2">{t('intro')}</p>
      <div className="no-print mt-4 flex flex-wrap gap-3">
        <CopyButton sourceId="samenvatting-tekst" notes={{ id: NOTES_FIELD, heading: notesHeading }} label={t('copy')} copied={t('copied')} failed={t('copyFailed')} />
        <PrintButton label={t('print')} />
        <a href={textUrl} download id="download-tekst" className="btn-secondary">
          {t('download')}
        </a>
        <SavePlanLink />
      </div>
      <pre id="samenvatting-tekst" tabIndex={0} aria-labelledby="samenvatting" className="summary-text mt-6 overflow-x-auto rounded-md border-2 border-slate-300 p-3">
        {text}
      </pre>
      {/* The notes travel only in the download's request, the copy and the print: never stored (lib/intake/notes.ts). */}
      <form method="post" action={textUrl} className="notes-section mt-6" aria-labelledby="notities-kop">
        <h2 id="notities-kop" className="text-lg">
          {notesHeading}
        </h2>
        <p id="notities-hint" className="no-print mt-1">
          {t('notesHint', { max: MAX_NOTES.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB') })}
        </p>
        <label htmlFor={NOTES_FIELD} className="sr-only">
          {notesHeading}
        </label>
        <textarea
          id={NOTES_FIELD}
          name={NOTES_FIELD}
          rows={6}
          maxLength={MAX_NOTES}
          placeholder=" "
          aria-describedby="notities-hint"
          className="summary-notes mt-2 block w-full rounded-md border-2 border-slate-500 p-2"
        />
        <button type="submit" id="download-met-notities" className="btn-secondary no-print mt-3">
          {t('downloadWithNotes')}
        </button>
      </form>
      <div className="no-print mt-6 flex flex-wrap gap-4">
        <Link href="/intake" id="terug-intake" className="btn-secondary">
          {t('back')}
        </Link>
      </div>
    </>
  );
}
