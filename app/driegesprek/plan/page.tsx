import type { Metadata } from 'next';
import Link from '@/components/common/link';
import { PrintButton } from '@/components/common/print-button';
import { SavePlanLink } from '@/components/plan/save-plan-link';
import { dutchDate } from '@/lib/dates';
import { readSession } from '@/lib/journey/cookie';
import { readMeeting } from '@/lib/meeting/cookie';
import { sharedPlan } from '@/lib/meeting/shared-plan';

export const metadata: Metadata = { title: 'Gedeeld plan uit het driegesprek' };

export default async function SharedPlanPage() {
  const [{ session }, meeting] = await Promise.all([readSession(), readMeeting()]);
  const shared = meeting ? sharedPlan(session, meeting, dutchDate()) : ({ ok: false, reason: 'no-consent' } as const);
  if (!shared.ok) {
    return (
      <>
        <h1 id="gedeeld-plan">Gedeeld plan</h1>
        <p id="geen-plan" className="mt-4 rounded-md border-2 border-amber-600 bg-amber-50 p-3">
          {shared.reason === 'no-consent'
            ? 'Er is nog geen gedeeld plan: niet iedereen die meedoet heeft toestemming gegeven om te delen, of de toestemming is ingetrokken.'
            : 'Er is nog geen gedeeld plan: kies eerst samen een route (stap 3).'}
        </p>
        <Link href="/driegesprek" className="btn-secondary mt-6 inline-block">
          Terug naar het driegesprek
        </Link>
      </>
    );
  }
  const { doc } = shared;
  return (
    <article aria-labelledby="gedeeld-plan">
      <h1 id="gedeeld-plan">{doc.title}</h1>
      <p className="mt-1 text-base text-slate-700">{doc.subtitle}</p>
      <div className="no-print mt-4 flex flex-wrap gap-3">
        <PrintButton label="Print het plan" />
        <a href="/driegesprek/plan/pdf" download id="download-pdf" className="btn-secondary">
          Download als PDF
        </a>
        <SavePlanLink />
      </div>
      {doc.sections.map((s, i) => {
        const List = s.numbered ? 'ol' : 'ul';
        return (
          <section key={i} aria-labelledby={`deel-${i}`} className="mt-6">
            <h2 id={`deel-${i}`} className="text-xl">
              {s.heading}
            </h2>
            <List className={`mt-1 space-y-1 pl-6 ${s.numbered ? 'list-decimal' : 'list-disc'}`}>
              {s.items.map((t, j) => (
                <li key={j}>{t}</li>
              ))}
            </List>
          </section>
        );
      })}
      <p className="no-print mt-8">
        <Link href="/driegesprek">Terug naar het driegesprek</Link>
      </p>
    </article>
  );
}
