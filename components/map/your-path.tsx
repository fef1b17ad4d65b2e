import Link from '@/components/common/link';
import type { Answers } from '@/lib/answers/schema';
import type { Catalogue } from '@/lib/catalogue/schema';
import { andList } from '@/lib/engine/labels';
import { answerText } from '@/lib/journey/answer-labels';
import { pathOf, questionOf } from '@/lib/map/path';
import { stroomschema } from '@/lib/map/stroomschema';

/**
 * The person's own path through the stroomschema, on the advice page: each decision point
 * with every branch, theirs marked in words ("jouw antwoord", and "(jouw pad)" for screen
 * readers via aria-current), not only by colour. Server-rendered, no script.
 */
export function YourPath({ answers, catalogue }: { answers: Answers; catalogue: Catalogue }) {
  const data = stroomschema(catalogue);
  const names = new Map(catalogue.routes.map((r) => [r.id, r.name]));
  const name = (ids: readonly string[]) => andList(ids.map((id) => names.get(id) ?? id));
  return (
    <section aria-labelledby="jouw-pad" className="mt-10" id="pad">
      <h2 id="jouw-pad">Jouw pad door het stroomschema</h2>
      <p className="mt-1">
        Bij elke vraag zie je welk antwoord jij gaf, en wat dat doet met de routes. Het{' '}
        <Link href="/stroomschema">hele stroomschema</Link> laat alle antwoorden zien.
      </p>
      <ol className="mt-4 list-none space-y-4 p-0" id="pad-lijst">
        {pathOf(data, answers, catalogue.regions).map(({ point, branch }) => (
          <li key={point.id} data-decision={point.id} className="card">
            <h3 className="text-lg">{point.title}</h3>
            <p className="mt-1" data-answer>
              <strong>Jouw antwoord:</strong> {answerText(questionOf[point.id], answers, catalogue.regions) || 'niet gevraagd'}
              {branch ? ` (${branch.label}).` : '. Dit maakt voor jou niets uit, of je weet het nog niet: er valt hier niets af.'}
            </p>
            {branch && (
              <p className="mt-1">
                {branch.out.length ? `Hierdoor valt af: ${name(branch.out)}.` : 'Hierdoor valt geen route af.'}
                {branch.check.length > 0 && ` Vraag na: ${name(branch.check)}.`}
              </p>
            )}
            <ul className="mt-2 flex list-none flex-wrap gap-2 p-0 text-base" aria-label={`Alle antwoorden bij: ${point.title}`}>
              {point.branches.map((b) =>
                b === branch ? (
                  <li key={b.id} aria-current="true" data-current className="rounded border-2 border-green-800 bg-green-50 px-2 font-bold">
                    <span aria-hidden="true">✓ </span>
                    {b.label}
                    <span className="sr-only"> (jouw pad)</span>
                  </li>
                ) : (
                  <li key={b.id} className="rounded border border-slate-400 px-2 text-slate-700">
                    {b.label}
                  </li>
                ),
              )}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
