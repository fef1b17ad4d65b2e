import type { CatalogueMeta } from '@/lib/catalogue/schema';
import { sourceLabel, studyTypeLabel } from '@/lib/catalogue/present';
import { maxChars, wrap } from '@/lib/map/layout';
import type { FigureGroup } from '@/lib/map/figures';

const W = 320;
const FONT = 16;
const BAR = 230;

type Sources = { meta: CatalogueMeta; publicTitles: ReadonlyMap<string, string> };

/**
 * One group of figures that measure the same thing: bars (0–100 out of 100 people), then
 * the same numbers with what was measured, year, study type and source as a table. The
 * bars are an image labelled by the group's heading; the table is the full record.
 */
export function OutcomeChart({ group, id, byRoute, sources }: { group: FigureGroup; id: string; byRoute: boolean; sources: Sources }) {
  const shapes: React.ReactNode[] = [];
  let y = 0;
  group.rows.forEach((row, i) => {
    const label = byRoute ? `${row.routeName} (${row.outcome.study})` : row.outcome.study;
    const o = row.outcome;
    const about = `${o.year === 'unknown' ? 'jaar onbekend' : o.year}, ${studyTypeLabel[o.studyType]}`;
    for (const l of [...wrap(label, maxChars(W, FONT)), ...wrap(about, maxChars(W, FONT))]) {
      y += 20;
      shapes.push(
        <text key={`l${i}-${y}`} x={0} y={y} fontSize={FONT} fill="#0f172a">
          {l}
        </text>,
      );
    }
    y += 6;
    const v = row.outcome.value;
    shapes.push(<rect key={`b${i}`} x={0} y={y} width={BAR} height={18} fill="#e2e8f0" />);
    shapes.push(<rect key={`v${i}`} x={0} y={y} width={(BAR * v) / 100} height={18} fill="#166534" />);
    shapes.push(
      <text key={`t${i}`} x={BAR + 6} y={y + 15} fontSize={FONT} fontWeight={700} fill="#0f172a">
        {`${Math.round(v)}%`}
      </text>,
    );
    y += 18;
    const c = row.outcome.comparison;
    if (c) {
      y += 4;
      shapes.push(<rect key={`c${i}`} x={0} y={y} width={(BAR * c.value) / 100} height={10} fill="#64748b" />);
      shapes.push(
        <text key={`ct${i}`} x={BAR + 6} y={y + 10} fontSize={FONT} fill="#0f172a">
          {`${Math.round(c.value)}%`}
        </text>,
      );
      y += 10;
      for (const l of wrap(`grijs: ${c.label}`, maxChars(W, FONT))) {
        y += 20;
        shapes.push(
          <text key={`cl${i}-${y}`} x={0} y={y} fontSize={FONT} fill="#334155">
            {l}
          </text>,
        );
      }
    }
    y += 12;
  });
  const height = y + 4;
  const titleId = `${id}-titel`;
  return (
    <figure className="mt-3" data-measure={group.measure}>
      <svg
        viewBox={`0 0 ${W} ${height}`}
        width="100%"
        role="img"
        aria-labelledby={`${titleId} ${id}-uitleg`}
        className="block h-auto max-w-[26rem]"
        fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"
        data-testid="cijfers-svg"
      >
        <title id={titleId}>{`${group.title}: staafdiagram`}</title>
        <desc id={`${id}-uitleg`}>{`Van de 100 mensen. ${group.rows.length} cijfers; de getallen staan ook in de tabel eronder.`}</desc>
        {shapes}
      </svg>
      <figcaption className="mt-1 text-base text-slate-700">
        Het percentage is het aantal van de 100 mensen. Groen: deze route{group.rows.some((r) => r.outcome.comparison) ? '; grijs: de vergelijkingsgroep' : ''}.
      </figcaption>
      <div className="mt-3">
        {/* Fixed columns that wrap anywhere: the table never pushes a 320 px page sideways. */}
        <table className="w-full table-fixed border-collapse text-left text-base [overflow-wrap:anywhere]" data-testid="cijfers-tabel">
          <caption className="sr-only">{group.title}, met bron</caption>
          <thead>
            <tr className="border-b-2 border-slate-700">
              {byRoute && <th scope="col" className="p-1">Route</th>}
              <th scope="col" className="p-1">Cijfer</th>
              <th scope="col" className="p-1">Wat en wie</th>
              <th scope="col" className="p-1">Onderzoek</th>
            </tr>
          </thead>
          <tbody>
            {group.rows.map((row, i) => {
              const o = row.outcome;
              return (
                <tr key={i} className="border-b border-slate-300 align-top">
                  {byRoute && (
                    <th scope="row" className="p-1 font-semibold">
                      <a href={`/aanbod/${row.routeId}`}>{row.routeName}</a>
                    </th>
                  )}
                  <td className="p-1 font-bold">
                    {Math.round(o.value)}%
                    {o.comparison && (
                      <span className="block font-normal">
                        vergelijking: {Math.round(o.comparison.value)}% ({o.comparison.label})
                      </span>
                    )}
                  </td>
                  <td className="p-1">
                    {o.text}. {o.population}
                    {o.timeframe ? `, ${o.timeframe}` : ''}.
                  </td>
                  <td className="p-1">
                    {o.study}, {o.year === 'unknown' ? 'jaar onbekend' : o.year}. {studyTypeLabel[o.studyType]}
                    {o.n ? `, ${o.n} mensen` : ''}. Bron: {o.src.map((s) => sourceLabel(s, sources.meta, sources.publicTitles)).join('; ')}.
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
