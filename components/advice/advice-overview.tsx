import { BackLink } from '@/components/common/back-link';
import type { ReactNode } from 'react';
import Link from '@/components/common/link';
import { KeepOnDevice } from '@/components/common/keep-on-device';
import { FocusOnNavigation } from '@/components/common/focus-on-navigation';
import { ReadAloud } from '@/components/common/read-aloud';
import { AllRoutesSummary } from '@/components/advice/all-routes';
import { Comparison } from '@/components/advice/comparison';
import { PrioritiesForm } from '@/components/advice/priorities-form';
import { AlongsideAndChecks, FirstStep, ThenAndAlternatives } from '@/components/advice/recommended-route';
import { Signals } from '@/components/advice/signals';
import { StepHeader } from '@/components/wizard/step-header';
import type { Catalogue } from '@/lib/catalogue/schema';
import { longDate } from '@/lib/dates';
import { advise } from '@/lib/engine/advise';
import { adviceLayout, priorityEffect } from '@/lib/engine/advice-view';
import type { Locale } from '@/lib/i18n/locale';
import type { JourneyContext } from '@/machines/route-machine';
import { getTranslations } from '@/lib/i18n/server';

/**
 * Stap 3, the advice: the recommended route first (its first step on the first phone screen),
 * then the alternatives, a comparison, priorities, and a link to every route (/advies/alle-routes). In a crisis
 * the help comes first and the rest waits behind "later verder kijken" (adviceLayout).
 */
export async function AdviceOverview({ context: c, catalogue, locale }: { context: JourneyContext; catalogue: Catalogue; locale: Locale }) {
  const [t, common] = await Promise.all([getTranslations('advice'), getTranslations('common')]);
  const advice = advise(c.answers, catalogue, locale);
  const route = advice.route;
  const layout = adviceLayout(advice);
  const chosen = c.answers.priorities ?? [];
  const effect = priorityEffect(c.answers, advice, catalogue, locale);
  const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;
  const link = (href: string) => (chunks: ReactNode) => <Link href={href}>{chunks}</Link>;

  const rest = (
    <>
      <ThenAndAlternatives route={route} catalogue={catalogue} />

      <section aria-labelledby="keuze" className="mt-6 space-y-2">
        <h2 id="keuze" className="sr-only">
          {t('choiceHeading')}
        </h2>
        {/* The problem and the decision (IPDAS): 003:48-54 and 003:74 on work and recovery; 004:2207-2214 and 2269-2270 on what decides. */}
        <p>{t.rich('decision', { strong })}</p>
      </section>

      <Comparison route={route} catalogue={catalogue} />

      <PrioritiesForm route={route} chosen={chosen} effect={effect} catalogue={catalogue} locale={locale} />

      <AlongsideAndChecks route={route} catalogue={catalogue} />

      {layout.goodToKnow.length > 0 && (
        <section aria-labelledby="goed-om-te-weten" className="mt-8">
          <h2 id="goed-om-te-weten">{t('route.goodToKnow')}</h2>
          <Signals signals={layout.goodToKnow} folded />
        </section>
      )}

      <AllRoutesSummary advice={advice} answers={c.answers} catalogue={catalogue} locale={locale} />

      <p className="mt-6">{t.rich('allRoutes', { link: link('/aanbod') })}</p>
    </>
  );

  return (
    <>
      <div className="no-print">
        <BackLink href="/controleren" label={common('back')} />
      </div>
      <FocusOnNavigation id="advies" />
      <StepHeader step={3} />
      <h1 id="advies" tabIndex={-1}>
        {t('route.heading')}
      </h1>

      <FirstStep route={route} catalogue={catalogue} careProvider={c.answers.situation.careProvider} />
      {layout.crisisFirst && <Signals signals={layout.urgent} />}
      <div className="no-print mt-3">
        <ReadAloud label={common('readAloud')} stopLabel={common('stopReading')} />
      </div>

      {layout.crisisFirst ? (
        <details className="mt-8" id="later-verder">
          <summary>{t('route.later')}</summary>
          {rest}
        </details>
      ) : (
        rest
      )}

      <KeepOnDevice folded />
      <p className="mt-10 text-base text-slate-700">
        {t.rich('sources', {
          date: longDate(advice.catalogue.date, locale),
          version: advice.catalogue.version,
          link: link('/bronnen'),
        })}
      </p>
    </>
  );
}

