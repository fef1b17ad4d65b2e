import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from '@/components/common/link';
import { Signals } from '@/components/advice/signals';
import { AutoSubmit } from '@/components/intake/auto-submit';
import { saveIntake, updateIntake } from '@/components/intake/actions';
import { RouteProfessional } from '@/components/professional/route-professional';
import { chooseRoute } from '@/components/wizard/actions';
import { ErrorSummary } from '@/components/wizard/error-summary';
import { getCatalogue } from '@/lib/catalogue/load';
import { presentLabels } from '@/lib/present/present';
import { advise, type RouteAdvice } from '@/lib/engine/advise';
import { labelsFor } from '@/lib/engine/labels';
import { requestLocale } from '@/lib/i18n/server';
import { intakeErrorsFromQuery } from '@/lib/intake/intake-form';
import { readSession } from '@/lib/journey/cookie';
import { currentValues, fieldKind, optionValues } from '@/lib/journey/forms';
import { firstOpenQuestion } from '@/lib/journey/flow';
import { questionCopy } from '@/lib/journey/question-copy';
import { QUESTION_IDS, SITUATION_QUESTIONS, WISH_QUESTIONS, type QuestionId } from '@/lib/journey/questions';
import { journeyRuntime } from '@/lib/journey/runtime';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** "Fout: …" in the title when the page shows errors, as on the wizard's questions. */
export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const [t, tc] = await Promise.all([getTranslations('intake'), getTranslations('common')]);
  const title = t('title');
  return { title: intakeErrorsFromQuery((await searchParams).fout).length > 0 ? tc('errorPrefix', { title }) : title };
}

const fieldId = (q: QuestionId) => `intake-${q}`;

/**
 * The klantmanager's intake: every situation and wish question on one screen in
 * professional words, the advice beside it, and the professional view of each route.
 * Works without scripts (a button recomputes); with scripts the advice follows each change.
 */
export default async function IntakePage({ searchParams }: { searchParams: SearchParams }) {
  const locale = await requestLocale();
  const [t, tc] = await Promise.all([getTranslations('intake'), getTranslations('common')]);
  const catalogue = getCatalogue(locale);
  const kindLabel = presentLabels(locale).kind;
  const who = labelsFor(locale).askAt;
  const { deps } = journeyRuntime();
  const { session } = await readSession();
  const c = session.context;
  const errs = intakeErrorsFromQuery((await searchParams).fout);
  const advice = advise(c.answers, catalogue, locale);
  const open = firstOpenQuestion(c, deps.isAsked);
  const openCount = QUESTION_IDS.filter((q) => deps.isAsked(q, c.answers) && !c.answered.includes(q)).length;
  const byId = new Map(catalogue.routes.map((r) => [r.id, r]));
  const gemeenten = [...catalogue.regions.gemeenten.values()].map((g) => g.name).sort((a, b) => a.localeCompare(b, 'nl'));
  const errorText = (q: QuestionId) => {
    const e = errs.find((x) => x.question === q)?.error;
    return e ? t(`errors.${e}`) : undefined;
  };
  const optionLabel = (q: QuestionId, v: string): string => {
    if (q === 'crisis') return v === 'yes' ? t('yes') : t('no');
    return questionCopy(q, locale).options?.[v]?.label ?? v;
  };

  const field = (q: QuestionId) => {
    const kind = fieldKind(q);
    const answered = c.answered.includes(q);
    const values = currentValues(q, c.answers, answered, catalogue.regions);
    const asked = deps.isAsked(q, c.answers);
    const error = errorText(q);
    const hintId = `${fieldId(q)}-hint`;
    const errorId = `${fieldId(q)}-fout`;
    const described = [asked ? '' : hintId, error ? errorId : ''].filter(Boolean).join(' ') || undefined;
    const hint = !asked && (
      <span id={hintId} className="block text-sm text-slate-700">
        {t('notAsked')}
      </span>
    );
    const errorLine = error && (
      <span id={errorId} className="block font-bold text-red-800">
        <span className="sr-only">{t('errorMark')} </span>
        {error}
      </span>
    );
    if (kind === 'checkbox') {
      return (
        <fieldset key={q} className="py-2" aria-describedby={described}>
          <legend className="font-semibold">{t(`labels.${q}`)}</legend>
          {hint}
          <input type="hidden" name={`${q}-present`} value="1" />
          <div className="mt-1 grid gap-1 sm:grid-cols-2">
            {optionValues(q).map((v) => (
              <div key={v} className="flex items-start gap-2">
                <input type="checkbox" name={q} value={v} id={`${fieldId(q)}-${v}`} defaultChecked={values.includes(v)} className="mt-1 size-5" />
                <label htmlFor={`${fieldId(q)}-${v}`} className="text-base">
                  {optionLabel(q, v)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      );
    }
    const label = (
      <label htmlFor={fieldId(q)} className="font-semibold">
        {t(`labels.${q}`)}
      </label>
    );
    if (kind === 'radio') {
      return (
        <div key={q} className="py-2">
          {label}
          {hint}
          {errorLine}
          <select
            id={fieldId(q)}
            name={q}
            defaultValue={answered ? (values[0] ?? '') : ''}
            aria-describedby={described}
            className="mt-1 block w-full rounded-md border-2 border-slate-700 bg-white px-2 py-1 text-base"
          >
            <option value="">{t('notFilled')}</option>
            {optionValues(q).map((v) => (
              <option key={v} value={v}>
                {optionLabel(q, v)}
              </option>
            ))}
          </select>
        </div>
      );
    }
    return (
      <div key={q} className="py-2">
        {label}
        {hint}
        {errorLine}
        <input
          id={fieldId(q)}
          name={q}
          defaultValue={values[0] ?? ''}
          aria-describedby={described}
          {...(kind === 'age' ? { inputMode: 'numeric' as const, autoComplete: 'off', className: 'mt-1 block w-24 rounded-md border-2 border-slate-700 px-2 py-1 text-base' } : { list: 'intake-gemeenten', autoComplete: 'off', className: 'mt-1 block w-full rounded-md border-2 border-slate-700 px-2 py-1 text-base' })}
        />
        <div className="mt-1 flex items-start gap-2">
          <input type="checkbox" name={`${q}-skip`} value="1" id={`${fieldId(q)}-skip`} defaultChecked={answered && values.length === 0} className="mt-1 size-5" />
          <label htmlFor={`${fieldId(q)}-skip`} className="text-base">
            {t('unknownOrDeclined')}
          </label>
        </div>
        {kind === 'municipality' && (
          <datalist id="intake-gemeenten">
            {gemeenten.map((g) => (
              <option key={g} value={g} />
            ))}
          </datalist>
        )}
      </div>
    );
  };

  const route = advice.route;
  const first = route.firstStep;
  const firstRoute = first.type === 'route' ? byId.get(first.id) : undefined;
  const chooseButton = (id: string, name: string, buttonId: string) =>
    !open && (
      <form action={chooseRoute} className="mt-2">
        <input type="hidden" name="route" value={id} />
        <button type="submit" id={buttonId} className="btn-link">
          {t('choose', { name })}
        </button>
      </form>
    );

  const routeItem = (a: RouteAdvice, choose: boolean) => {
    const route = byId.get(a.id)!;
    const fits = a.reasons.filter((r) => r.type === 'fits').slice(0, 2);
    const checks = a.reasons.filter((r) => r.type === 'check');
    return (
      <li key={a.id} className="rounded-md border-2 border-slate-300 p-3">
        <h4 className="text-lg">{a.name}</h4>
        <p className="text-sm text-slate-700">{kindLabel[a.kind]}</p>
        <ul className="mt-1 list-disc pl-5 text-base">
          {[...fits, ...checks].map((r, i) => (
            <li key={i}>
              {r.type === 'check' ? t('checkPrefix') : ''}
              {r.text}
            </li>
          ))}
        </ul>
        <RouteProfessional route={route} catalogue={catalogue} />
        {choose && chooseButton(a.id, a.name, `kies-${a.id}`)}
      </li>
    );
  };

  return (
    <div className="wide">
      {errs.length > 0 && <ErrorSummary errors={errs.map((e) => ({ href: `#${fieldId(e.question)}`, text: `${t(`labels.${e.question}`)}: ${errorText(e.question)}` }))} />}
      <h1 id="intake">{t('heading')}</h1>
      <p className="mt-2 max-w-3xl">{t('intro', { clear: tc('clear') })}</p>
      {c.answers.situation.crisis && (
        <p id="intake-crisis" className="mt-4 rounded-md border-4 border-red-700 p-3 font-semibold">
          {t.rich('crisis', { link: (chunks) => <Link href="/hulp">{chunks}</Link> })}
        </p>
      )}
      <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,26rem)_minmax(0,1fr)]">
        <form id="intake-form" action={saveIntake} noValidate aria-labelledby="intake-vragen">
          <h2 id="intake-vragen">{t('formHeading')}</h2>
          <h3 className="mt-4 text-lg">{t('situation')}</h3>
          {SITUATION_QUESTIONS.map(field)}
          <h3 className="mt-4 text-lg">{t('wish')}</h3>
          {WISH_QUESTIONS.map(field)}
          <div className="mt-4 flex flex-wrap gap-3">
            <button type="submit" id="herbereken" className="btn-primary">
              {t('update')}
            </button>
            <button type="submit" name="then" value="summary" id="naar-samenvatting" className="btn-secondary">
              {t('toSummary')}
            </button>
          </div>
          <AutoSubmit formId="intake-form" action={updateIntake} />
        </form>
        <section aria-labelledby="intake-advies">
          <h2 id="intake-advies">{t('adviceHeading')}</h2>
          <p id="intake-status" aria-live="polite" className="mt-1 font-semibold">
            {t('status', { recommended: advice.recommended.length, conditional: advice.conditional.length, open: openCount })}
          </p>
          <Signals signals={advice.signals.filter((s) => s.id === 'crisis')} />
          {/* The recommended route first, as on the advice page (advice.route); every route that may fit is folded below. */}
          <section aria-labelledby="intake-eerste-stap-kop" id="intake-eerste-stap" data-step={first.id} data-step-type={first.type}
            className={first.id === 'crisis-help' ? 'mt-4 rounded-md border-4 border-red-700 p-3' : 'mt-4 rounded-md border-2 border-green-800 bg-green-50 p-3'}
          >
            <h3 id="intake-eerste-stap-kop" className="text-lg">
              {t('firstStep')}
            </h3>
            <h4 id="intake-eerste-stap-titel" className="text-lg">
              {first.title}
            </h4>
            {firstRoute && <p className="text-sm text-slate-700">{kindLabel[firstRoute.kind]}</p>}
            <ul className="mt-1 list-disc pl-5 text-base" aria-label={t('why')}>
              {first.why.map((w, i) => (
                <li key={i}>{w.text}</li>
              ))}
            </ul>
            <p className="mt-1 text-base">
              <strong>{t('howToStart')}</strong> {first.howToStart}
            </p>
            {firstRoute && (
              <>
                <RouteProfessional route={firstRoute} catalogue={catalogue} id="prof-eerste-stap" />
                {chooseButton(firstRoute.id, firstRoute.name, 'kies-eerste-stap')}
              </>
            )}
          </section>
          {route.then.length > 0 && (
            <>
              <h3 className="mt-4 text-lg">{t('then')}</h3>
              <ol id="intake-daarna" className="mt-1 list-decimal space-y-1 pl-6 text-base">
                {route.then.map((x) => (
                  <li key={x.id} data-route={x.id}>
                    {x.whenText}: {byId.get(x.id)?.name ?? x.id}
                  </li>
                ))}
              </ol>
            </>
          )}
          {route.alternatives.length > 0 && (
            <>
              <h3 className="mt-4 text-lg">{t('alternatives')}</h3>
              <ol id="intake-ook-mogelijk" className="mt-2 list-none space-y-3 p-0">
                {route.alternatives.map((x) => {
                  const r = byId.get(x.id)!;
                  return (
                    <li key={x.id} data-route={x.id} className="rounded-md border-2 border-slate-300 p-3">
                      <h4 className="text-lg">{r.name}</h4>
                      <p className="text-sm text-slate-700">{kindLabel[r.kind]}</p>
                      <p className="mt-1 text-base">{x.tradeOff}</p>
                      <RouteProfessional route={r} catalogue={catalogue} id={`prof-ook-${r.id}`} />
                      {chooseButton(r.id, r.name, `kies-ook-${r.id}`)}
                    </li>
                  );
                })}
              </ol>
            </>
          )}
          {route.checkFirst.length > 0 && (
            <>
              <h3 className="mt-4 text-lg">{t('checkFirst')}</h3>
              <ul id="intake-eerst-nagaan" className="mt-1 list-disc space-y-1 pl-6 text-base">
                {route.checkFirst.map((x, i) => (
                  <li key={i}>{t('summary.check', { text: x.text, who: who[x.askAt] })}</li>
                ))}
              </ul>
            </>
          )}
          <Signals signals={advice.signals.filter((s) => s.id !== 'crisis')} />
          <h3 className="mt-6 text-lg">{t('allFitting')}</h3>
          <details className="mt-2" id="intake-alle-aanbevolen">
            <summary>{t('recommended', { count: advice.recommended.length })}</summary>
            {advice.recommended.length === 0 ? (
              <p>{t('noneRecommended')}</p>
            ) : (
              <ol id="intake-aanbevolen" className="mt-2 list-none space-y-3 p-0">
                {advice.recommended.map((a) => routeItem(a, true))}
              </ol>
            )}
          </details>
          {advice.conditional.length > 0 && (
            <details className="mt-2" id="intake-alle-nagaan">
              <summary>{t('conditional', { count: advice.conditional.length })}</summary>
              <ol id="intake-nagaan" className="mt-2 list-none space-y-3 p-0">
                {advice.conditional.map((a) => routeItem(a, true))}
              </ol>
            </details>
          )}
          {advice.notSuitable.length > 0 && (
            <details className="mt-4">
              <summary>{t('notSuitable', { count: advice.notSuitable.length })}</summary>
              <ul className="mt-2 list-disc pl-5 text-base">
                {advice.notSuitable.map((a) => (
                  <li key={a.id}>
                    {a.name}: {a.reasons.find((r) => r.type === 'against')?.text ?? t('notSuitableFallback')}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </section>
      </div>
    </div>
  );
}
