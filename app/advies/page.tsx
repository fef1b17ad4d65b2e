import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { longDate } from '@/lib/dates';
import Link from '@/components/common/link';
import { KeepOnDevice } from '@/components/common/keep-on-device';
import { FocusOnNavigation } from '@/components/common/focus-on-navigation';
import { ReadAloud } from '@/components/common/read-aloud';
import { RouteCard } from '@/components/advice/route-card';
import { Signals } from '@/components/advice/signals';
import { AlongsideAndChecks, FirstStep, ThenAndAlternatives } from '@/components/advice/recommended-route';
import { Comparison } from '@/components/advice/comparison';
import { setPriorities } from '@/components/wizard/actions';
import { StepHeader } from '@/components/wizard/step-header';
import { YourPath } from '@/components/map/your-path';
import { PRIORITIES } from '@/lib/answers/schema';
import { getCatalogue } from '@/lib/catalogue/load';
import { advise } from '@/lib/engine/advise';
import { localRedirect, requestLocale } from '@/lib/i18n/server';
import { readSession } from '@/lib/journey/cookie';
import { redirectFor } from '@/lib/journey/flow';
import { questionCopy } from '@/lib/journey/question-copy';
import { journeyRuntime } from '@/lib/journey/runtime';

export async function generateMetadata(): Promise<Metadata> {
  const [t, common] = await Promise.all([getTranslations('advice'), getTranslations('common')]);
  return { title: t('metaTitle', { step: common('stepOf', { n: 3 }) }) };
}


export default async function AdvicePage() {
  const { deps } = journeyRuntime();
  const [{ session }, locale, t, common] = await Promise.all([readSession(), requestLocale(), getTranslations('advice'), getTranslations('common')]);
  const catalogue = getCatalogue(locale);
  const c = session.context;
  const away = redirectFor({ kind: 'advice' }, c, deps.isAsked);
  if (away) return localRedirect(away);

  const advice = advise(c.answers, catalogue, locale);
  const route = advice.route;
  const byId = new Map(catalogue.routes.map((r) => [r.id, r]));
  const benefit = c.answers.situation.benefit;
  const chosen = c.answers.priorities ?? [];
  const priorityOptions = questionCopy('priorities', locale).options ?? {};
  // "Wat vind jij belangrijk?" only reorders routes that are equal under the decision order;
  // the page says whether it did, with and without scripts (it is worked out here).
  const unweighed = chosen.length > 0 ? advise({ ...c.answers, priorities: [] }, catalogue, locale).route : undefined;
  const order = (r: typeof route) => [r.firstStep.id, ...r.alternatives.map((x) => x.id)].join(' ');
  const reordered = unweighed && order(unweighed) !== order(route);
  const crisis = route.rule === 'crisis';
  const otherSignals = advice.signals.filter((s) => s.id !== 'crisis');
  const fitting = [...advice.recommended, ...advice.conditional];
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

      <section aria-labelledby="belangrijk" className="no-print mt-8 card bg-slate-50">
        <h2 id="belangrijk">{t('prioritiesHeading')}</h2>
        <p className="mt-1">{t('prioritiesIntro')}</p>
        {unweighed && (
          <p className="mt-2 font-semibold" role="status" id="volgorde-uitleg">
            {reordered && route.alternatives[0]
              ? t('route.orderChanged', { name: byId.get(route.alternatives[0].id)?.name ?? route.alternatives[0].id })
              : t('route.orderSame')}
          </p>
        )}
        <form action={setPriorities} className="mt-3">
          <fieldset>
            <legend className="sr-only">{t('prioritiesHeading')}</legend>
            <div className="grid gap-2 sm:grid-cols-2">
              {PRIORITIES.map((p) => (
                <div key={p} className="choice bg-white">
                  <input type="checkbox" id={`prioriteit-${p}`} name="answer" value={p} defaultChecked={chosen.includes(p)} />
                  <label htmlFor={`prioriteit-${p}`} className="flex-1 cursor-pointer">
                    {priorityOptions[p]?.label ?? p}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
          <button type="submit" id="volgorde" className="btn-secondary mt-4">
            {t('reorder')}
          </button>
        </form>
      </section>

      <AlongsideAndChecks route={route} catalogue={catalogue} />

      {otherSignals.length > 0 && (
        <section aria-labelledby="goed-om-te-weten" className="mt-8">
          <h2 id="goed-om-te-weten">{t('route.goodToKnow')}</h2>
          <Signals signals={otherSignals} folded />
        </section>
      )}

      <section aria-labelledby="alle-routes" className="mt-8">
        <h2 id="alle-routes" className="text-xl">
          {t('route.allFitting', { count: fitting.length })}
        </h2>
        <details className="mt-2" id="alle-passende">
          <summary>{t('recommendedHeading', { count: advice.recommended.length })}</summary>
          {advice.recommended.length === 0 ? (
            <p className="mt-2">{t('noneRecommended')}</p>
          ) : (
            <ol className="mt-4 list-none space-y-6 p-0" id="lijst-aanbevolen">
              {advice.recommended.map((a) => (
                <li key={a.id}>
                  <RouteCard advice={a} route={byId.get(a.id)!} catalogue={catalogue} benefit={benefit} />
                </li>
              ))}
            </ol>
          )}
        </details>
        <details className="mt-2">
          <summary>{t('conditionalHeading', { count: advice.conditional.length })}</summary>
          <p className="mt-2">{t('conditionalIntro')}</p>
          <ul className="mt-4 list-none space-y-6 p-0" id="lijst-misschien">
            {advice.conditional.map((a) => (
              <li key={a.id}>
                <RouteCard advice={a} route={byId.get(a.id)!} catalogue={catalogue} benefit={benefit} conditional />
              </li>
            ))}
          </ul>
        </details>
        <details className="mt-2" id="niet">
          <summary>{t('notSuitableSummary', { count: advice.notSuitable.length })}</summary>
          <ul className="mt-3 space-y-3" id="lijst-niet">
            {advice.notSuitable.map((a) => (
              <li key={a.id} data-route={a.id}>
                <strong>{a.name}</strong>
                <ul className="list-disc pl-6">
                  {a.reasons.map((r, i) => (
                    <li key={i}>{r.text}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </details>
        <details className="mt-2" id="pad-uitklap">
          <summary>{t('route.path')}</summary>
          <YourPath answers={c.answers} catalogue={catalogue} locale={locale} />
        </details>
        <details className="mt-2" id="woordenlijst">
          <summary>{t('route.glossary')}</summary>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {(['ggz', 'poh', 'uwv', 'bijstand', 'doelgroepregister', 'werkervaringsplaats'] as const).map((k) => (
              <li key={k}>{t(`route.terms.${k}`)}</li>
            ))}
          </ul>
        </details>
      </section>

      <p className="mt-6">{t.rich('allRoutes', { link: link('/aanbod') })}</p>
    </>
  );

  return (
    <>
      <FocusOnNavigation id="advies" />
      <StepHeader step={3} />
      <h1 id="advies" tabIndex={-1}>
        {t('route.heading')}
      </h1>

      <FirstStep route={route} catalogue={catalogue} careProvider={c.answers.situation.careProvider} />
      {crisis && <Signals signals={advice.signals.filter((s) => s.id === 'crisis')} />}
      <div className="no-print mt-3">
        <ReadAloud label={common('readAloud')} stopLabel={common('stopReading')} />
      </div>

      {crisis ? (
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
      <div className="no-print mt-6">
        <Link href="/controleren" replace id="vorige" className="btn-secondary">
          {common('previous')}
        </Link>
      </div>
    </>
  );
}
