import type { Metadata } from 'next';
import { AllRoutes } from '@/components/advice/all-routes';
import { Signals } from '@/components/advice/signals';
import { BackLink } from '@/components/common/back-link';
import { FocusOnNavigation } from '@/components/common/focus-on-navigation';
import { StepHeader } from '@/components/wizard/step-header';
import { getCatalogue } from '@/lib/catalogue/load';
import { advise } from '@/lib/engine/advise';
import { adviceLayout } from '@/lib/engine/advice-view';
import { getTranslations, localRedirect, requestLocale } from '@/lib/i18n/server';
import { readSession } from '@/lib/journey/cookie';
import { redirectFor } from '@/lib/journey/flow';
import { journeyRuntime } from '@/lib/journey/runtime';

export async function generateMetadata(): Promise<Metadata> {
  const [t, common] = await Promise.all([getTranslations('advice'), getTranslations('common')]);
  return { title: t('allPage.metaTitle', { step: common('stepOf', { n: 3 }) }) };
}

/**
 * Still step 3: every route for this person, in the engine's groups and order, each with its
 * "kies deze route" button. Reached from the advice page; the same guard as that page, so it
 * shows nothing before the answers are confirmed. In a crisis the urgent help is above the list.
 */
export default async function AllRoutesPage() {
  const { deps } = journeyRuntime();
  const [{ session }, locale, t] = await Promise.all([readSession(), requestLocale(), getTranslations('advice')]);
  const away = redirectFor({ kind: 'advice' }, session.context, deps.isAsked);
  if (away) return localRedirect(away);
  const catalogue = getCatalogue(locale);
  const advice = advise(session.context.answers, catalogue, locale);
  // In a crisis the help comes first here too, as on the advice page (adviceLayout).
  const layout = adviceLayout(advice);
  return (
    <>
      <div className="no-print">
        <BackLink href="/advies" label={t('allPage.back')} />
      </div>
      <FocusOnNavigation id="alle-routes-titel" />
      <StepHeader step={3} />
      <h1 id="alle-routes-titel" tabIndex={-1}>
        {t('allPage.heading')}
      </h1>
      {layout.crisisFirst && <Signals signals={layout.urgent} />}
      <p className="mt-2">{t('allPage.intro')}</p>
      <AllRoutes advice={advice} answers={session.context.answers} catalogue={catalogue} />
    </>
  );
}
