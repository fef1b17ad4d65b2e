import type { Metadata } from 'next';
import { longDate } from '@/lib/dates';
import Link from '@/components/common/link';
import { redirect } from 'next/navigation';
import { FocusOnNavigation } from '@/components/common/focus-on-navigation';
import { ReadAloud } from '@/components/common/read-aloud';
import { RouteCard } from '@/components/advice/route-card';
import { Signals } from '@/components/advice/signals';
import { setPriorities } from '@/components/wizard/actions';
import { StepHeader } from '@/components/wizard/step-header';
import { YourPath } from '@/components/map/your-path';
import { questions, ui } from '@/content/copy/nl';
import { PRIORITIES } from '@/lib/answers/schema';
import { getCatalogue } from '@/lib/catalogue/load';
import { advise } from '@/lib/engine/advise';
import { readSession } from '@/lib/journey/cookie';
import { redirectFor } from '@/lib/journey/flow';
import { journeyRuntime } from '@/lib/journey/runtime';

export const metadata: Metadata = { title: `${ui.stepOf(3)}: Routes die bij je passen` };

const WORK_GOALS = ['paid-work', 'keep-job', 'education'];

export default async function AdvicePage() {
  const { deps } = journeyRuntime();
  const catalogue = getCatalogue();
  const { session } = await readSession();
  const c = session.context;
  const away = redirectFor({ kind: 'advice' }, c, deps.isAsked);
  if (away) redirect(away);

  const advice = advise(c.answers, catalogue);
  const byId = new Map(catalogue.routes.map((r) => [r.id, r]));
  const benefit = c.answers.situation.benefit;
  const coral = byId.get('coral');
  const showCoral = coral && WORK_GOALS.includes(c.answers.wish.goal ?? '') && !advice.recommended.some((r) => r.id === 'coral');
  const chosen = c.answers.priorities ?? [];

  return (
    <>
      <FocusOnNavigation id="advies" />
      <StepHeader step={3} />
      <h1 id="advies" tabIndex={-1}>
        Routes naar werk die bij je passen
      </h1>
      <div className="no-print mt-3">
        <ReadAloud />
      </div>

      <section aria-labelledby="keuze" className="mt-4 space-y-2">
        <h2 id="keuze" className="sr-only">
          Waar gaat het om?
        </h2>
        {/* The problem and the decision (IPDAS): 003:48-54 and 003:74 on work and recovery; 004:2207-2214 and 2269-2270 on what decides. */}
        <p>
          Werk kan goed zijn voor je herstel, als het werk bij je past. Er zijn veel routes naar werk. Welke past, hangt af van je klachten,
          je hulp, je uitkering, je wens en waar je woont.
        </p>
        <p>
          <strong>De keuze die je nu maakt:</strong> met welke route wil je beginnen? Je kiest zelf. Bespreek je keuze met je klantmanager,
          behandelaar of huisarts: dit advies vervangt geen gesprek.
        </p>
        <p>Wil je nog niet kiezen? Dat mag. Je antwoorden blijven bewaard op dit apparaat, ook als je het venster sluit.</p>
      </section>

      <Signals signals={advice.signals} />

      <section aria-labelledby="aanbevolen" className="mt-8">
        <h2 id="aanbevolen">Dit past het best bij jou ({advice.recommended.length})</h2>
        {advice.recommended.length === 0 ? (
          <p className="mt-2">
            We vonden geen route die zeker bij je past. Kijk hieronder bij “misschien ook iets voor jou”, en vraag je gemeente of
            behandelaar wat er voor jou is.
          </p>
        ) : (
          <ol className="mt-4 list-none space-y-6 p-0" id="lijst-aanbevolen">
            {advice.recommended.map((a) => (
              <li key={a.id}>
                <RouteCard advice={a} route={byId.get(a.id)!} catalogue={catalogue} benefit={benefit} />
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="belangrijk" className="no-print mt-10 card bg-slate-50">
        <h2 id="belangrijk">Wat vind jij belangrijk?</h2>
        <p className="mt-1">Kies wat voor jou zwaar weegt. Dan zetten we de routes opnieuw op volgorde.</p>
        <form action={setPriorities} className="mt-3">
          <fieldset>
            <legend className="sr-only">Wat vind jij belangrijk?</legend>
            <div className="grid gap-2 sm:grid-cols-2">
              {PRIORITIES.map((p) => (
                <div key={p} className="choice bg-white">
                  <input type="checkbox" id={`prioriteit-${p}`} name="answer" value={p} defaultChecked={chosen.includes(p)} />
                  <label htmlFor={`prioriteit-${p}`} className="flex-1 cursor-pointer">
                    {questions.priorities.options[p].label}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
          <button type="submit" id="volgorde" className="btn-secondary mt-4">
            Zet de routes op volgorde
          </button>
        </form>
      </section>

      {showCoral && (
        <section aria-labelledby="openheid" className="mt-10 card">
          <h2 id="openheid">Twijfel je of je over je klachten vertelt?</h2>
          <p className="mt-1">{coral.summary.text}</p>
          {coral.links[0] && (
            <p className="mt-2">
              <a href={coral.links[0].url} rel="noreferrer">
                {coral.links[0].label}
              </a>
            </p>
          )}
        </section>
      )}

      <section aria-labelledby="misschien" className="mt-10">
        <h2 id="misschien">Misschien ook iets voor jou ({advice.conditional.length})</h2>
        <p className="mt-1">Deze routes kunnen passen. Ga eerst na wat erbij staat.</p>
        <ul className="mt-4 list-none space-y-6 p-0" id="lijst-misschien">
          {advice.conditional.map((a) => (
            <li key={a.id}>
              <RouteCard advice={a} route={byId.get(a.id)!} catalogue={catalogue} benefit={benefit} conditional />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="niet" className="mt-10">
        <h2 id="niet">Wat niet bij je past</h2>
        <details className="mt-2">
          <summary>Bekijk {advice.notSuitable.length} routes die niet passen, en waarom</summary>
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
      </section>

      <YourPath answers={c.answers} catalogue={catalogue} />

      <p className="mt-6">
        <Link href="/aanbod">Bekijk alle routes</Link>, ook die niet bij je passen.
      </p>

      <p className="mt-10 text-base text-slate-700">
        Deze informatie komt uit vijf rapporten over werk en psychische klachten (2015–2025). Bijgewerkt op{' '}
        {longDate(advice.catalogue.date)} (versie{' '}
        {advice.catalogue.version}). <Link href="/bronnen">Bekijk de bronnen</Link>.
      </p>
      <div className="no-print mt-6">
        <Link href="/controleren" replace id="vorige" className="btn-secondary">
          {ui.previous}
        </Link>
      </div>
    </>
  );
}
