import type { Metadata } from 'next';
import { ErrorSummary } from '@/components/wizard/error-summary';
import { FocusOnNavigation } from '@/components/common/focus-on-navigation';
import { planFileErrorText } from '@/lib/plan/file';
import { planErrorFromQuery } from '@/lib/plan/error-query';

/** "Fout: …" in the title when the file was refused, as on the wizard's questions. */
export async function generateMetadata({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }): Promise<Metadata> {
  return { title: `${planErrorFromQuery(await searchParams) ? 'Fout: ' : ''}Open je plan` };
}

/** Opens a saved plan file (a real multipart form: works without JavaScript). */
export default async function OpenPlanPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const error = planErrorFromQuery(await searchParams);
  const message = error && planFileErrorText(error);
  return (
    <>
      {message ? <ErrorSummary errors={[{ href: '#plan-bestand', text: message }]} /> : <FocusOnNavigation id="openen" />}
      <h1 id="openen" tabIndex={-1}>
        Open je plan
      </h1>
      <p className="mt-2">
        Heb je eerder een plan opgeslagen? Open het hier. Je gaat dan verder bij stap 5: hoe ging het, en wat is er nu nodig?
      </p>
      <p className="mt-2">
        Het bestand wordt alleen gelezen om je antwoorden terug te zetten op dit apparaat. We bewaren het niet op onze server.
        {message ? ' Er is niets veranderd aan wat je al had ingevuld.' : ''}
      </p>
      <form action="/plan/openen/bestand" method="post" encType="multipart/form-data" className="mt-6" noValidate>
        <label htmlFor="plan-bestand" className="block font-semibold">
          Kies je plan (een bestand dat eindigt op .json)
        </label>
        {message && (
          <p id="plan-fout" className="mt-1 font-bold text-red-800">
            <span className="sr-only">Fout: </span>
            {message}
          </p>
        )}
        <input
          type="file"
          id="plan-bestand"
          name="plan"
          accept=".json,application/json"
          aria-describedby={message ? 'plan-fout' : undefined}
          className="mt-2 block w-full max-w-full"
        />
        <button type="submit" id="open-plan" className="btn-primary mt-6">
          Open mijn plan
        </button>
      </form>
    </>
  );
}
