import type { Metadata } from 'next';
import Link from '@/components/common/link';
import { Signals } from '@/components/advice/signals';
import { AutoSubmit } from '@/components/intake/auto-submit';
import { saveIntake, updateIntake } from '@/components/intake/actions';
import { RouteProfessional } from '@/components/professional/route-professional';
import { chooseRoute } from '@/components/wizard/actions';
import { ErrorSummary } from '@/components/wizard/error-summary';
import { errors as errorCopy, intakeLabels, questions } from '@/content/copy/nl';
import { getCatalogue } from '@/lib/catalogue/load';
import { kindLabel } from '@/lib/catalogue/present';
import { advise, type RouteAdvice } from '@/lib/engine/advise';
import { intakeErrorsFromQuery } from '@/lib/intake/intake-form';
import { readSession } from '@/lib/journey/cookie';
import { currentValues, fieldKind, optionValues } from '@/lib/journey/forms';
import { firstOpenQuestion } from '@/lib/journey/flow';
import { QUESTION_IDS, SITUATION_QUESTIONS, WISH_QUESTIONS, type QuestionId } from '@/lib/journey/questions';
import { journeyRuntime } from '@/lib/journey/runtime';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** "Fout: …" in the title when the page shows errors, as on the wizard's questions. */
export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: `${intakeErrorsFromQuery((await searchParams).fout).length > 0 ? 'Fout: ' : ''}Intake voor klantmanagers` };
}

const optionLabel = (q: QuestionId, v: string): string => {
  if (q === 'crisis') return v === 'yes' ? 'Ja' : 'Nee';
  const copy = questions[q] as { options?: Record<string, { label: string }> };
  return copy.options?.[v]?.label ?? v;
};

const fieldId = (q: QuestionId) => `intake-${q}`;

/**
 * The klantmanager's intake: every situation and wish question on one screen in
 * professional words, the advice beside it, and the professional view of each route.
 * Works without scripts (a button recomputes); with scripts the advice follows each change.
 */
export default async function IntakePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const catalogue = getCatalogue();
  const { deps } = journeyRuntime();
  const { session } = await readSession();
  const c = session.context;
  const errs = intakeErrorsFromQuery((await searchParams).fout);
  const advice = advise(c.answers, catalogue);
  const open = firstOpenQuestion(c, deps.isAsked);
  const openCount = QUESTION_IDS.filter((q) => deps.isAsked(q, c.answers) && !c.answered.includes(q)).length;
  const byId = new Map(catalogue.routes.map((r) => [r.id, r]));
  const gemeenten = [...catalogue.regions.gemeenten.values()].map((g) => g.name).sort((a, b) => a.localeCompare(b, 'nl'));
  const errorText = (q: QuestionId) => {
    const e = errs.find((x) => x.question === q)?.error;
    if (!e) return undefined;
    return e === 'required' ? errorCopy.required : errorCopy[e];
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
        Nu niet van invloed op het advies
      </span>
    );
    const errorLine = error && (
      <span id={errorId} className="block font-bold text-red-800">
        <span className="sr-only">Fout: </span>
        {error}
      </span>
    );
    if (kind === 'checkbox') {
      return (
        <fieldset key={q} className="py-2" aria-describedby={described}>
          <legend className="font-semibold">{intakeLabels[q]}</legend>
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
        {intakeLabels[q]}
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
            <option value="">— nog niet ingevuld —</option>
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
            Onbekend, of de klant wil het niet zeggen
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
              {r.type === 'check' ? 'Nagaan: ' : ''}
              {r.text}
            </li>
          ))}
        </ul>
        <RouteProfessional route={route} catalogue={catalogue} />
        {choose && !open && (
          <form action={chooseRoute} className="mt-2">
            <input type="hidden" name="route" value={a.id} />
            <button type="submit" id={`kies-${a.id}`} className="btn-link">
              Kies {a.name} en maak het plan
            </button>
          </form>
        )}
      </li>
    );
  };

  return (
    <div className="wide">
      {errs.length > 0 && <ErrorSummary errors={errs.map((e) => ({ href: `#${fieldId(e.question)}`, text: `${intakeLabels[e.question]}: ${errorText(e.question)}` }))} />}
      <h1 id="intake">Intake: route naar werk</h1>
      <p className="mt-2 max-w-3xl">
        Voor klantmanagers van gemeente en UWV. Vul samen met de klant in wat bekend is; laat leeg wat niet bekend is. Het advies verandert
        mee met de antwoorden. Alles blijft op dit apparaat; wis het na het gesprek met “Wis mijn antwoorden” onderaan.
      </p>
      {c.answers.situation.crisis && (
        <p id="intake-crisis" className="mt-4 rounded-md border-4 border-red-700 p-3 font-semibold">
          Acute crisis gemeld: eerst hulp. 113 Zelfmoordpreventie: 0800-0113. Huisarts of huisartsenpost. Bij direct gevaar 112.{' '}
          <Link href="/hulp">Meer hulp</Link>
        </p>
      )}
      <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,26rem)_minmax(0,1fr)]">
        <form id="intake-form" action={saveIntake} noValidate aria-labelledby="intake-vragen">
          <h2 id="intake-vragen">Situatie en wens</h2>
          <h3 className="mt-4 text-lg">Situatie (stap 1)</h3>
          {SITUATION_QUESTIONS.map(field)}
          <h3 className="mt-4 text-lg">Wens (stap 2)</h3>
          {WISH_QUESTIONS.map(field)}
          <div className="mt-4 flex flex-wrap gap-3">
            <button type="submit" id="herbereken" className="btn-primary">
              Werk het advies bij
            </button>
            <button type="submit" name="then" value="summary" id="naar-samenvatting" className="btn-secondary">
              Naar de samenvatting
            </button>
          </div>
          <AutoSubmit formId="intake-form" action={updateIntake} />
        </form>
        <section aria-labelledby="intake-advies">
          <h2 id="intake-advies">Advies</h2>
          <p id="intake-status" aria-live="polite" className="mt-1 font-semibold">
            {advice.recommended.length} aanbevolen, {advice.conditional.length} nagaan
            {openCount > 0 ? `; nog ${openCount} ${openCount === 1 ? 'vraag' : 'vragen'} open` : '; alle vragen beantwoord'}.
          </p>
          <Signals signals={advice.signals} />
          <h3 className="mt-4 text-lg">Aanbevolen</h3>
          {advice.recommended.length === 0 ? (
            <p>Geen route die zeker past.</p>
          ) : (
            <ol id="intake-aanbevolen" className="mt-2 list-none space-y-3 p-0">
              {advice.recommended.map((a) => routeItem(a, true))}
            </ol>
          )}
          {advice.conditional.length > 0 && (
            <>
              <h3 className="mt-4 text-lg">Nagaan</h3>
              <ol id="intake-nagaan" className="mt-2 list-none space-y-3 p-0">
                {advice.conditional.map((a) => routeItem(a, true))}
              </ol>
            </>
          )}
          {advice.notSuitable.length > 0 && (
            <details className="mt-4">
              <summary>Past niet ({advice.notSuitable.length})</summary>
              <ul className="mt-2 list-disc pl-5 text-base">
                {advice.notSuitable.map((a) => (
                  <li key={a.id}>
                    {a.name}: {a.reasons.find((r) => r.type === 'against')?.text ?? 'past niet'}
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
