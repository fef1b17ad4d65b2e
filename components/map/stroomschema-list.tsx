import { questions } from '@/content/copy/nl';
import { isQuestionId } from '@/lib/journey/questions';
import { andList } from '@/lib/engine/labels';
import { edgeText, stepHeading, stepNotes } from '@/lib/map/layout';
import type { StroomschemaData } from '@/lib/map/stroomschema';

/** The stroomschema as nested lists: the same data as the drawing, complete, for everyone. */
export function StroomschemaList({ data }: { data: StroomschemaData }) {
  const names = new Map(data.routes.map((r) => [r.id, r.name]));
  const name = (ids: readonly string[]) => andList(ids.map((id) => names.get(id) ?? id));
  return (
    <ol className="mt-3 list-none space-y-6 p-0" id="stroomschema-tekst">
      {data.steps.map((step) => (
        <li key={step.id} data-step={step.id}>
          <h3>{stepHeading(step)}</h3>
          {step.questions.length > 0 && (
            <p className="mt-1">
              Vragen in deze stap: {andList(step.questions.map((q) => (isQuestionId(q) ? questions[q].short : q)))}. Sommige vragen komen
              alleen als het antwoord het advies nog kan veranderen.
            </p>
          )}
          {step.decisions.length > 0 && (
            <ul className="mt-2 list-disc space-y-3 pl-6">
              {step.decisions.map((p) => (
                <li key={p.id} data-decision={p.id}>
                  <strong>{p.title}</strong>
                  <ul className="list-[circle] space-y-2 pl-6">
                    {p.branches.map((b) => (
                      <li key={b.id} data-branch={b.id}>
                        {b.label}: {b.fits.length + b.check.length} routes mogelijk.
                        <ul className="list-disc pl-6">
                          <li data-verdict="fits">Past: {b.fits.length ? name(b.fits) : 'geen'}.</li>
                          {b.check.length > 0 && <li data-verdict="check">Vraag na: {name(b.check)}.</li>}
                          {b.out.length > 0 && <li data-verdict="out">Valt af: {name(b.out)}.</li>}
                        </ul>
                      </li>
                    ))}
                  </ul>
                  {p.silent.length > 0 && (
                    <p className="text-base text-slate-700">
                      De bronnen zeggen hier niets over bij {name(p.silent)}. Die routes tellen dan als “past”: onbekend, vraag het na.
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )}
          {stepNotes(step, data).length > 0 && (
            <ul className="mt-2 list-disc space-y-1 pl-6">
              {stepNotes(step, data).map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
          {data.edges.some((e) => e.from === step.id) && (
            <>
              <p className="mt-2">Daarna:</p>
              <ul className="list-disc pl-6">
                {data.edges
                  .filter((e) => e.from === step.id)
                  .map((e) => (
                    <li key={e.to}>{edgeText(e, data.steps)}</li>
                  ))}
              </ul>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
