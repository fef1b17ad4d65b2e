import { BackLink } from '@/components/common/back-link';
import Link from '@/components/common/link';
import { ErrorSummary } from '@/components/common/error-summary';
import { FieldError } from '@/components/common/field-error';
import { FocusOnNavigation } from '@/components/common/focus-on-navigation';
import { chooseOther, continueWith, finishJourney, reportResult } from '@/components/plan/actions';
import { SavePlanLink } from '@/components/plan/save-plan-link';
import { StepHeader } from '@/components/wizard/step-header';
import { RESULTS, type Catalogue } from '@/lib/catalogue/schema';
import { longDate } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/locale';
import type { Session } from '@/lib/journey/session';
import { currentPlan } from '@/lib/plan/current-plan';
import { getTranslations } from '@/lib/i18n/server';

type Props = {
  session: Session;
  catalogue: Catalogue;
  locale: Locale;
  /** The report came back without a result chosen. */
  required: boolean;
  /** Arrived by opening a saved plan file (and whether that file was of an older version). */
  opened: boolean;
  migrated: boolean;
};

/**
 * Stap 5 (004:2333): when a result is reached, assess what is needed — finish, or continue.
 * Three screens by the journey's state: report the result, decide what next, or done.
 */
export async function Assessment({ session, catalogue, locale, required, opened, migrated }: Props) {
  const [t, common] = await Promise.all([getTranslations('evaluation'), getTranslations('common')]);
  const c = session.context;
  const error = required ? t('report.required') : undefined;
  const name = (id: string) => catalogue.routes.find((r) => r.id === id)?.name ?? id;
  const route = name(c.chosenRoute!);
  const last = c.history.at(-1);

  let body;
  if (session.state === 'journey.done') {
    body = (
      <>
        <h1 id="evaluatie" tabIndex={-1}>
          {t('done.heading')}
        </h1>
        <p className="mt-2">{t('done.text')}</p>
        <div className="mt-6 flex flex-wrap gap-4">
          <SavePlanLink />
          <Link href="/" className="btn-secondary">
            {t('done.home')}
          </Link>
        </div>
      </>
    );
  } else if (session.state === 'journey.assessment.decide' && last) {
    const next = c.suggested.filter((id) => catalogue.routes.some((r) => r.id === id));
    // Stopped, could not start, or not there: the plan's own alternatives, without the routes
    // already tried (issue 16: "Gestopt" showed none, though the plan had three).
    const tried = new Set(c.history.map((h) => h.route));
    const plan = next.length === 0 ? currentPlan(session, locale) : undefined;
    const alternatives = (plan?.alternatives ?? []).filter((a) => !tried.has(a.id) && !next.includes(a.id));
    const continueButton = (id: string, routeName: string) => (
      <form action={continueWith} className="mt-3">
        <input type="hidden" name="route" value={id} />
        <button type="submit" id={`verder-${id}`} className="btn-primary">
          {t('decide.continue', { route: routeName })}
        </button>
      </form>
    );
    body = (
      <>
        <h1 id="evaluatie" tabIndex={-1}>
          {t('decide.heading')}
        </h1>
        <p className="mt-2" id="uitkomst">
          {t('decide.outcome', { route: name(last.route), result: t(`results.${last.result}.past`) })}
        </p>
        {next.length > 0 ? (
          <section aria-labelledby="volgende-route" className="mt-6">
            <h2 id="volgende-route">{t('decide.nextHeading')}</h2>
            <ul className="mt-3 list-none space-y-4 p-0" id="lijst-vervolg">
              {next.map((id) => {
                const r = catalogue.routes.find((x) => x.id === id)!;
                return (
                  <li key={id} className="rounded-md border-2 border-slate-300 p-4">
                    <h3>{r.name}</h3>
                    <p className="mt-1">{r.summary.text}</p>
                    {continueButton(id, r.name)}
                  </li>
                );
              })}
            </ul>
          </section>
        ) : (
          <>
            <p className="mt-4">{t('decide.noNext')}</p>
            {last.result === 'not-available' && <p className="mt-2">{t('decide.notAvailable')}</p>}
            {alternatives.length > 0 && (
              <section aria-labelledby="andere-routes" className="mt-6">
                <h2 id="andere-routes">{t('decide.alternativesHeading')}</h2>
                <p className="mt-1">{t('decide.alternativesIntro')}</p>
                <ul className="mt-3 list-none space-y-4 p-0" id="lijst-alternatieven">
                  {alternatives.map((a) => (
                    <li key={a.id} data-route={a.id} className="rounded-md border-2 border-slate-300 p-4">
                      <h3>
                        <Link href={`/aanbod/${a.id}`}>{a.name}</Link>
                      </h3>
                      <p className="mt-1">{a.tradeOff}</p>
                      {continueButton(a.id, a.name)}
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </>
        )}
        <div className="mt-8 flex flex-wrap gap-4">
          <form action={chooseOther}>
            <button type="submit" id="andere-route" className="btn-secondary">
              {t('decide.other')}
            </button>
          </form>
          <form action={finishJourney}>
            <button type="submit" id="afronden" className="btn-secondary">
              {t('decide.finish')}
            </button>
          </form>
        </div>
        <section aria-labelledby="bewaar-bijgewerkt" className="mt-8 rounded-md bg-slate-100 p-4">
          <h2 id="bewaar-bijgewerkt">{t('decide.saveHeading')}</h2>
          <p className="mt-1">{t('decide.saveText')}</p>
          <div className="mt-3">
            <SavePlanLink />
          </div>
        </section>
      </>
    );
  } else {
    body = (
      <>
        <BackLink href="/plan" label={common('back')} />
        {error && <ErrorSummary errors={[{ href: `#result-${RESULTS[0]}`, text: error }]} />}
        <form action={reportResult} noValidate>
          <fieldset aria-describedby={error ? 'result-error' : undefined}>
            <legend>
              <h1 id="evaluatie" tabIndex={-1}>
                {t('report.heading', { route })}
              </h1>
            </legend>
            <p className="mt-2">{t('report.intro')}</p>
            {error && (
              <FieldError id="result-error" className="mt-2">
                {error}
              </FieldError>
            )}
            <div className="mt-4 space-y-3">
              {RESULTS.map((r) => (
                <div key={r} className="flex items-start gap-3">
                  <input type="radio" name="result" value={r} id={`result-${r}`} className="mt-1 size-6" />
                  <label htmlFor={`result-${r}`}>{t(`results.${r}.label`)}</label>
                </div>
              ))}
            </div>
          </fieldset>
          <div className="mt-8">
            <button type="submit" id="volgende" className="btn-primary">
              {common('continue')}
            </button>
          </div>
        </form>
      </>
    );
  }

  return (
    <>
      <FocusOnNavigation id={error ? 'error-summary' : 'evaluatie'} />
      {opened && (
        <p id="melding" className="mb-4 rounded-md border-2 border-green-700 bg-green-50 p-3">
          {migrated ? t('openedMigrated') : t('opened')}
        </p>
      )}
      <StepHeader step={5} />
      {body}
      {c.history.length > 0 && (
        <section aria-labelledby="eerder" className="mt-10">
          <h2 id="eerder">{t('history')}</h2>
          <ol className="mt-2 list-decimal space-y-1 pl-6" id="geschiedenis">
            {c.history.map((h, i) => (
              <li key={i}>
                {name(h.route)}: {t(`results.${h.result}.past`)} ({longDate(h.date, locale)})
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
