import type { Metadata } from 'next';
import Link from '@/components/common/link';
import { redirect } from 'next/navigation';
import { FocusOnNavigation } from '@/components/common/focus-on-navigation';
import { chooseOther, continueWith, finishJourney, reportResult } from '@/components/plan/actions';
import { SavePlanLink } from '@/components/plan/save-plan-link';
import { ErrorSummary } from '@/components/wizard/error-summary';
import { StepHeader } from '@/components/wizard/step-header';
import { errors, resultLabels, ui } from '@/content/copy/nl';
import { RESULTS } from '@/lib/catalogue/schema';
import { longDate } from '@/lib/dates';
import { getCatalogue } from '@/lib/catalogue/load';
import { readSession } from '@/lib/journey/cookie';
import { redirectFor } from '@/lib/journey/flow';
import { journeyRuntime } from '@/lib/journey/runtime';

export async function generateMetadata({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }): Promise<Metadata> {
  return { title: `${(await searchParams).fout === 'required' ? 'Fout: ' : ''}${ui.stepOf(5)}: Hoe ging het?` };
}


/**
 * Stap 5 (004:2333): when a result is reached, assess what is needed — finish, or continue.
 * Reached from the plan page, or by opening a saved plan file.
 */
export default async function AssessmentPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { deps } = journeyRuntime();
  const catalogue = getCatalogue();
  const { session } = await readSession();
  const c = session.context;
  const away = redirectFor({ kind: 'assessment' }, c, deps.isAsked);
  if (away) redirect(away);
  const sp = await searchParams;
  const opened = sp.geopend === '1';
  const migrated = sp.gemigreerd === '1';
  const error = sp.fout === 'required' ? errors.required : undefined;
  const name = (id: string) => catalogue.routes.find((r) => r.id === id)?.name ?? id;
  const route = name(c.chosenRoute!);
  const last = c.history.at(-1);

  const history = c.history.length > 0 && (
    <section aria-labelledby="eerder" className="mt-10">
      <h2 id="eerder">Jouw routes tot nu toe</h2>
      <ol className="mt-2 list-decimal space-y-1 pl-6" id="geschiedenis">
        {c.history.map((h, i) => (
          <li key={i}>
            {name(h.route)}: {resultLabels[h.result].past} ({longDate(h.date)})
          </li>
        ))}
      </ol>
    </section>
  );

  let body;
  if (session.state === 'journey.done') {
    body = (
      <>
        <h1 id="evaluatie" tabIndex={-1}>
          Je hebt je route afgerond
        </h1>
        <p className="mt-2">Goed gedaan. Bewaar je plan, dan heb je alles bij elkaar als je later iets nieuws wilt.</p>
        <div className="mt-6 flex flex-wrap gap-4">
          <SavePlanLink />
          <Link href="/" className="btn-secondary">
            Naar de startpagina
          </Link>
        </div>
      </>
    );
  } else if (session.state === 'journey.assessment.decide' && last) {
    const next = c.suggested.filter((id) => catalogue.routes.some((r) => r.id === id));
    body = (
      <>
        <h1 id="evaluatie" tabIndex={-1}>
          Afronden of doorgaan?
        </h1>
        <p className="mt-2" id="uitkomst">
          {name(last.route)}: {resultLabels[last.result].past}. Wat is er nu nodig?
        </p>
        {next.length > 0 ? (
          <section aria-labelledby="volgende-route" className="mt-6">
            <h2 id="volgende-route">Een volgende route die hierop aansluit</h2>
            <ul className="mt-3 list-none space-y-4 p-0" id="lijst-vervolg">
              {next.map((id) => {
                const r = catalogue.routes.find((x) => x.id === id)!;
                return (
                  <li key={id} className="rounded-md border-2 border-slate-300 p-4">
                    <h3>{r.name}</h3>
                    <p className="mt-1">{r.summary.text}</p>
                    <form action={continueWith} className="mt-3">
                      <input type="hidden" name="route" value={id} />
                      <button type="submit" id={`verder-${id}`} className="btn-primary">
                        Ga verder met {r.name}
                      </button>
                    </form>
                  </li>
                );
              })}
            </ul>
          </section>
        ) : (
          <p className="mt-4">Er is geen route die vast aansluit op deze uitkomst. Kies zelf een andere route, of rond af.</p>
        )}
        <div className="mt-8 flex flex-wrap gap-4">
          <form action={chooseOther}>
            <button type="submit" id="andere-route" className="btn-secondary">
              Kies een andere route
            </button>
          </form>
          <form action={finishJourney}>
            <button type="submit" id="afronden" className="btn-secondary">
              Afronden: ik heb nu niets meer nodig
            </button>
          </form>
        </div>
      </>
    );
  } else {
    body = (
      <>
        {error && <ErrorSummary errors={[{ href: `#result-${RESULTS[0]}`, text: error }]} />}
        <form action={reportResult} noValidate>
          <fieldset aria-describedby={error ? 'result-error' : undefined}>
            <legend>
              <h1 id="evaluatie" tabIndex={-1}>
                Hoe gaat het met {route}?
              </h1>
            </legend>
            <p className="mt-2">Vertel wat er gebeurd is. Dan kijken we wat je nu nodig hebt: afronden, of doorgaan met een volgende stap.</p>
            {error && (
              <p id="result-error" className="mt-2 font-bold text-red-800">
                <span className="sr-only">Fout: </span>
                {error}
              </p>
            )}
            <div className="mt-4 space-y-3">
              {RESULTS.map((r) => (
                <div key={r} className="flex items-start gap-3">
                  <input type="radio" name="result" value={r} id={`result-${r}`} className="mt-1 size-6" />
                  <label htmlFor={`result-${r}`}>{resultLabels[r].label}</label>
                </div>
              ))}
            </div>
          </fieldset>
          <div className="mt-8 flex flex-wrap gap-4">
            <button type="submit" id="volgende" className="btn-primary">
              {ui.next}
            </button>
            <Link href="/plan" replace id="vorige" className="btn-secondary">
              {ui.previous}
            </Link>
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
          Je plan is geopend{migrated ? ' (het was gemaakt met een oudere versie en is bijgewerkt)' : ''}. Je gaat verder bij stap 5.
        </p>
      )}
      <StepHeader step={5} />
      {body}
      {history}
    </>
  );
}
