import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from '@/components/common/link';
import { CopyButton } from '@/components/common/copy-button';
import { PrintButton } from '@/components/common/print-button';
import { SavePlanLink } from '@/components/plan/save-plan-link';
import { localHref, requestLocale } from '@/lib/i18n/server';
import { currentSummary } from '@/lib/intake/current-summary';
import { readSession } from '@/lib/journey/cookie';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('intake.summaryPage');
  return { title: t('title') };
}

/** The intake as plain text: to paste into a case system, print on one A4, or download. */
export default async function IntakeSummaryPage() {
  const t = await getTranslations('intake.summaryPage');
  const { session } = await readSession();
  const text = currentSummary(session, await requestLocale());
  return (
    <>
      <h1 id="samenvatting" className="no-print">
        {t('title')}
      </h1>
      <p className="no-print mt-2">{t('intro')}</p>
      <div className="no-print mt-4 flex flex-wrap gap-3">
        <CopyButton sourceId="samenvatting-tekst" label={t('copy')} copied={t('copied')} failed={t('copyFailed')} />
        <PrintButton label={t('print')} />
        <a href={await localHref('/intake/samenvatting/tekst')} download id="download-tekst" className="btn-secondary">
          {t('download')}
        </a>
        <SavePlanLink />
      </div>
      <pre id="samenvatting-tekst" tabIndex={0} aria-labelledby="samenvatting" className="summary-text mt-6 overflow-x-auto rounded-md border-2 border-slate-300 p-3">
        {text}
      </pre>
      <div className="no-print mt-6 flex flex-wrap gap-4">
        <Link href="/intake" id="terug-intake" className="btn-secondary">
          {t('back')}
        </Link>
      </div>
    </>
  );
}
