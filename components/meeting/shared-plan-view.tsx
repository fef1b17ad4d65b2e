import Link from '@/components/common/link';
import { PrintButton } from '@/components/common/print-button';
import { SavePlanLink } from '@/components/plan/save-plan-link';
import { getTranslations, localHref } from '@/lib/i18n/server';
import type { SharedPlan } from '@/lib/plan/shared-plan';

/** The plan of the driegesprek as shared with the parties who consented, or why it cannot be shown. */
export async function SharedPlanView({ shared }: { shared: SharedPlan }) {
  const t = await getTranslations('meeting');
  if (!shared.ok) {
    return (
      <>
        <h1 id="gedeeld-plan">{t('shared.heading')}</h1>
        <div id="geen-plan" className="mt-4 rounded-md border-2 border-amber-600 bg-amber-50 p-3">
          <p>{shared.reason === 'no-consent' ? t('shared.noConsent') : shared.reason === 'consent-from-file' ? t('shared.fromFile') : t('shared.noRoute')}</p>
          {shared.reason === 'consent-from-file' && (
            <ul className="mt-2 list-disc pl-6" id="toestemming-uit-bestand">
              {shared.consent.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          )}
        </div>
        <Link href="/driegesprek" className="btn-secondary mt-6 inline-block">
          {t('shared.back')}
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
        <PrintButton label={t('shared.print')} />
        <a href={await localHref('/driegesprek/plan/pdf')} download id="download-pdf" className="btn-secondary">
          {t('shared.pdf')}
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
              {s.items.map((item, j) => (
                <li key={j}>{item}</li>
              ))}
            </List>
          </section>
        );
      })}
      <p className="no-print mt-8">
        <Link href="/driegesprek">{t('shared.back')}</Link>
      </p>
    </article>
  );
}
