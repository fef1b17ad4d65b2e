import type { Metadata } from 'next';
import Link from '@/components/common/link';
import { redirect } from 'next/navigation';
import { FocusOnNavigation } from '@/components/common/focus-on-navigation';
import { PrintButton } from '@/components/common/print-button';
import { ReadAloud } from '@/components/common/read-aloud';
import { SavePlanLink } from '@/components/plan/save-plan-link';
import { StepHeader } from '@/components/wizard/step-header';
import { ui } from '@/content/copy/nl';
import { readSession } from '@/lib/journey/cookie';
import { redirectFor } from '@/lib/journey/flow';
import { journeyRuntime } from '@/lib/journey/runtime';
import { currentPlan } from '@/lib/plan/current-plan';

export const metadata: Metadata = { title: `${ui.stepOf(4)}: Jouw plan` };

export default async function PlanPage() {
  const { deps } = journeyRuntime();
  const { session } = await readSession();
  const away = redirectFor({ kind: 'plan' }, session.context, deps.isAsked);
  if (away) redirect(away);
  const plan = currentPlan(session);
  if (!plan) redirect('/advies');

  return (
    <article aria-labelledby="plan">
      <FocusOnNavigation id="plan" />
      <StepHeader step={4} />
      <h1 id="plan" tabIndex={-1}>
        Jouw plan: {plan.route.name}
      </h1>
      <p className="mt-2">{plan.summary}</p>
      <div className="no-print mt-4 flex flex-wrap gap-3">
        <PrintButton label="Print je plan" />
        <a href="/plan/pdf" download id="download-pdf" className="btn-secondary">
          Download als PDF
        </a>
        <SavePlanLink />
        <ReadAloud />
      </div>
      <p className="no-print mt-3 text-base text-slate-700">
        Het bestand bewaar je zelf, op je eigen apparaat. Later open je het weer via “Open je plan” op de startpagina.
      </p>

      <section aria-labelledby="stappen" className="mt-8">
        <h2 id="stappen">Dit ga je doen</h2>
        <ol className="mt-2 list-decimal space-y-2 pl-6">
          {plan.steps.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="vragen" className="mt-8">
        <h2 id="vragen">Vragen om mee te nemen</h2>
        <p className="mt-1">Naar je klantmanager, behandelaar of de organisatie die de route aanbiedt.</p>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {plan.questions.map((q, i) => (
            <li key={i}>{q}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="niet-lukt" className="mt-8">
        <h2 id="niet-lukt">Wat als het niet lukt?</h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {plan.ifItFails.map((t, i) => (
            <li key={i}>{t}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="situatie" className="mt-8">
        <h2 id="situatie">Mijn situatie</h2>
        <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[14rem_1fr]">
          {plan.situation.map((s) => (
            <div key={s.label} className="contents">
              <dt className="font-semibold">{s.label}</dt>
              <dd>{s.value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <p className="mt-8 text-base text-slate-700">
        Gemaakt met Routewijzer werk, catalogus versie {plan.catalogue.version} ({plan.catalogue.date}).
      </p>
      <section aria-labelledby="later" className="no-print mt-8 rounded-md bg-slate-100 p-4">
        <h2 id="later">Later: hoe ging het?</h2>
        <p className="mt-1">Ben je een tijdje bezig, of is de route klaar? Vertel hoe het ging. Dan kijken we samen wat je nu nodig hebt.</p>
        <Link href="/evaluatie" id="naar-evaluatie" className="btn-secondary mt-3 inline-block">
          Naar stap 5: hoe ging het?
        </Link>
      </section>
      <div className="no-print mt-8 flex flex-wrap gap-4">
        <Link href="/advies" replace id="vorige" className="btn-secondary">
          {ui.previous}: kies een andere route
        </Link>
      </div>
    </article>
  );
}
