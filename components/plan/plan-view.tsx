import Link from '@/components/common/link';
import { KeepOnDevice } from '@/components/common/keep-on-device';
import { FocusOnNavigation } from '@/components/common/focus-on-navigation';
import { PrintButton } from '@/components/common/print-button';
import { ReadAloud } from '@/components/common/read-aloud';
import { SavePlanLink } from '@/components/plan/save-plan-link';
import { StepHeader } from '@/components/wizard/step-header';
import { getTranslations, localHref } from '@/lib/i18n/server';
import type { Plan } from '@/lib/plan/build-plan';

/** Stap 4, the plan: the steps on the chosen route, what comes after, the alternatives, questions to ask, and what if it fails. */
export async function PlanView({ plan }: { plan: Plan }) {
  const [t, common] = await Promise.all([getTranslations('plan'), getTranslations('common')]);
  return (
    <article aria-labelledby="plan">
      <FocusOnNavigation id="plan" />
      <StepHeader step={4} />
      <h1 id="plan" tabIndex={-1}>
        {t('heading', { name: plan.route.name })}
      </h1>
      <p className="mt-2">{plan.summary}</p>
      <p className="mt-2 font-semibold" id="plan-keuze" data-position={plan.choice.position}>
        {plan.choice.text}
      </p>
      <div className="no-print mt-4 flex flex-wrap gap-3">
        <PrintButton label={t('print')} />
        {/* A GET form, so that "ook mijn situatie" (in the situation section) goes with it: the
            query carries only that choice, nothing personal. */}
        <form action={await localHref('/plan/pdf')} method="get" id="pdf-form">
          <button type="submit" id="download-pdf" className="btn-secondary">
            {t('downloadPdf')}
          </button>
        </form>
        <SavePlanLink />
        <ReadAloud label={common('readAloud')} stopLabel={common('stopReading')} />
      </div>
      <p className="no-print mt-3 text-base text-slate-700">{t('fileNote')}</p>

      <section aria-labelledby="stappen" className="mt-8">
        <h2 id="stappen">{t('stepsHeading')}</h2>
        <ol className="mt-2 list-decimal space-y-2 pl-6">
          {plan.steps.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ol>
      </section>
      {plan.then.length > 0 && (
        <section aria-labelledby="daarna" className="mt-8">
          <h2 id="daarna">{t('thenHeading')}</h2>
          <ol className="mt-2 list-decimal space-y-2 pl-6" id="plan-daarna">
            {plan.then.map((x) => (
              <li key={x.id} data-route={x.id}>
                {x.whenText}: <Link href={`/aanbod/${x.id}`}>{x.name}</Link>
              </li>
            ))}
          </ol>
        </section>
      )}
      {plan.alternatives.length > 0 && (
        <section aria-labelledby="ook-mogelijk" className="mt-8">
          <h2 id="ook-mogelijk">{t('alternativesHeading')}</h2>
          <p className="mt-1">{t('alternativesIntro')}</p>
          <ul className="mt-2 list-disc space-y-2 pl-6" id="plan-ook-mogelijk">
            {plan.alternatives.map((x) => (
              <li key={x.id} data-route={x.id}>
                <Link href={`/aanbod/${x.id}`}>{x.name}</Link>: {x.tradeOff}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="vragen" className="mt-8">
        <h2 id="vragen">{t('questionsHeading')}</h2>
        <p className="mt-1">{t('questionsIntro')}</p>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {plan.questions.map((q, i) => (
            <li key={i}>{q}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="niet-lukt" className="mt-8">
        <h2 id="niet-lukt">{t('ifItFailsHeading')}</h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {plan.ifItFails.map((text, i) => (
            <li key={i}>{text}</li>
          ))}
        </ul>
      </section>
      {/* Complaints, severity and treatment: on screen, but on paper and in the PDF only when the
          person chooses it (issue 16). What to tell an employer is their own choice (003:170). */}
      <section aria-labelledby="situatie" className="mt-8" data-print-optional>
        <h2 id="situatie">{t('situationHeading')}</h2>
        <p className="no-print mt-1 text-base text-slate-700">{t('situationPrivate')}</p>
        <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[14rem_1fr]">
          {plan.situation.map((s) => (
            <div key={s.label} className="contents">
              <dt className="font-semibold">{s.label}</dt>
              <dd>{s.value}</dd>
            </div>
          ))}
        </dl>
        <div className="no-print choice mt-3">
          <input type="checkbox" id="met-situatie" name="situatie" value="ja" form="pdf-form" aria-describedby="met-situatie-let-op" />
          <label htmlFor="met-situatie">{t('situationInclude')}</label>
        </div>
        <p id="met-situatie-let-op" className="no-print mt-1 text-base">
          {t('situationWarning')}
        </p>
      </section>
      <p className="mt-8 text-base text-slate-700">{t('madeWith', { version: plan.catalogue.version, date: plan.catalogue.date })}</p>
      <section aria-labelledby="later" className="no-print mt-8 rounded-md bg-slate-100 p-4">
        <h2 id="later">{t('laterHeading')}</h2>
        <p className="mt-1">{t('laterText')}</p>
        <Link href="/evaluatie" id="naar-evaluatie" className="btn-secondary mt-3 inline-block">
          {t('toEvaluation')}
        </Link>
      </section>
      <KeepOnDevice />
      <div className="no-print mt-8 flex flex-wrap gap-4">
        <Link href="/advies" replace id="vorige" className="btn-secondary">
          {t('previousOther', { previous: common('previous') })}
        </Link>
      </div>
    </article>
  );
}
