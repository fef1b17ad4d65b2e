import type { Metadata } from 'next';
import Link from '@/components/common/link';
import { CopyButton } from '@/components/common/copy-button';
import { PrintButton } from '@/components/common/print-button';
import { SavePlanLink } from '@/components/plan/save-plan-link';
import { currentSummary } from '@/lib/intake/current-summary';
import { readSession } from '@/lib/journey/cookie';

export const metadata: Metadata = { title: 'Samenvatting van de intake' };

/** The intake as plain text: to paste into a case system, print on one A4, or download. */
export default async function IntakeSummaryPage() {
  const { session } = await readSession();
  const text = currentSummary(session);
  return (
    <>
      <h1 id="samenvatting" className="no-print">
        Samenvatting van de intake
      </h1>
      <p className="no-print mt-2">
        Platte tekst: plak hem in je cliëntsysteem, print hem (één A4) of download hem. Deel alleen wat nodig is voor het doel, met
        toestemming van de klant.
      </p>
      <div className="no-print mt-4 flex flex-wrap gap-3">
        <CopyButton sourceId="samenvatting-tekst" label="Kopieer de tekst" />
        <PrintButton label="Print" />
        <a href="/intake/samenvatting/tekst" download id="download-tekst" className="btn-secondary">
          Download als tekstbestand
        </a>
        <SavePlanLink />
      </div>
      <pre id="samenvatting-tekst" tabIndex={0} aria-labelledby="samenvatting" className="summary-text mt-6 overflow-x-auto rounded-md border-2 border-slate-300 p-3">
        {text}
      </pre>
      <div className="no-print mt-6 flex flex-wrap gap-4">
        <Link href="/intake" id="terug-intake" className="btn-secondary">
          Terug naar de intake
        </Link>
      </div>
    </>
  );
}
