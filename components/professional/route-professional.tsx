import type { Catalogue, Route } from '@/lib/catalogue/schema';
import { evidenceLabel, routeSources, sourceLabel } from '@/lib/catalogue/present';
import { availabilityText, durationRows, figureRows, fundingRows, type Row } from '@/lib/catalogue/professional';
import { regionText } from '@/lib/map/aanbod';
import { ruleRows } from '@/lib/map/rules';

function Rows({ rows }: { rows: Row[] }) {
  return (
    <dl className="mt-1 grid gap-x-3 gap-y-1 text-base sm:grid-cols-[11rem_1fr]">
      {rows.map((r, i) => (
        <div key={i} className="contents">
          <dt className="font-semibold">{r.label}</dt>
          <dd>{r.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The professional view of one route, collapsed: rules as data, funding, duration, figures, sources. */
export function RouteProfessional({ route, catalogue }: { route: Route; catalogue: Catalogue }) {
  const figures = figureRows(route);
  const titles = new Map(catalogue.publicSources.map((s) => [s.id, s.title]));
  return (
    <details className="mt-2" id={`prof-${route.id}`}>
      <summary>
        Professionele gegevens<span className="sr-only"> van {route.name}</span>
      </summary>
      <div className="mt-2 space-y-3 border-l-4 border-slate-300 pl-3">
        <p className="text-base">
          <a href={`/aanbod/${route.id}`}>Alles over {route.name}</a>
        </p>
        <p className="text-base">
          <strong>Status:</strong> {availabilityText(route)} · <strong>Bewijs:</strong> {evidenceLabel[route.evidence.level]}
        </p>
        <section>
          <h4 className="text-base">Toelating (regels uit de catalogus)</h4>
          <Rows rows={[...ruleRows(route).map((r) => ({ label: r.criterion, value: r.note ? `${r.rule} ${r.note}` : r.rule })), { label: 'Regio', value: regionText(route, catalogue) }]} />
        </section>
        <section>
          <h4 className="text-base">Wet, financiering en toegang</h4>
          <Rows rows={fundingRows(route)} />
        </section>
        <section>
          <h4 className="text-base">Duur en uren</h4>
          <Rows rows={durationRows(route)} />
        </section>
        <section>
          <h4 className="text-base">Uitkomsten</h4>
          {figures.length === 0 ? (
            <p className="text-base">Geen cijfers in de bronnen.</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="mt-1 text-left text-base">
                <caption className="sr-only">Uitkomsten van {route.name}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="pr-3">Waarde</th>
                    <th scope="col" className="pr-3">Gemeten</th>
                    <th scope="col" className="pr-3">Jaar</th>
                    <th scope="col">Type onderzoek, bron</th>
                  </tr>
                </thead>
                <tbody>
                  {figures.map((f, i) => (
                    <tr key={i} className="align-top">
                      <td className="pr-3">{f.value}%</td>
                      <td className="pr-3">
                        {f.text} ({f.population}
                        {f.timeframe ? `, ${f.timeframe}` : ''})
                      </td>
                      <td className="pr-3">{f.year}</td>
                      <td>
                        {f.studyType}; {f.study}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        <section>
          <h4 className="text-base">Bronnen</h4>
          <ul className="mt-1 list-disc pl-6 text-base">
            {routeSources(route).map((s) => (
              <li key={s}>{sourceLabel(s, catalogue.meta, titles)}</li>
            ))}
          </ul>
        </section>
      </div>
    </details>
  );
}
