import type { Metadata } from 'next';
import Link from '@/components/common/link';
import { OutcomeChart } from '@/components/map/outcome-chart';
import { getCatalogue } from '@/lib/catalogue/load';
import { figureGroups } from '@/lib/map/figures';

export const metadata: Metadata = { title: 'De cijfers van alle routes' };

export default function ResultsPage() {
  const catalogue = getCatalogue();
  const groups = figureGroups(catalogue.routes);
  const publicTitles = new Map(catalogue.publicSources.map((s) => [s.id, s.title]));
  const without = catalogue.routes.filter((r) => r.outcomes.length === 0);
  return (
    <>
      <p className="no-print text-base">
        <Link href="/aanbod">← Alle routes</Link>
      </p>
      <h1 className="mt-2">De cijfers van alle routes</h1>
      <p className="mt-4">
        Hoeveel mensen vonden werk? Hier staan de cijfers uit de onderzoeken, per soort cijfer. Cijfers die iets anders meten, staan
        nooit in dezelfde grafiek: “werk gevonden” is iets anders dan “traject goed afgerond”.
      </p>
      <p className="mt-2">
        Let op: de onderzoeken zijn verschillend. Ze gingen over andere mensen, in andere jaren, en soms zonder vergelijkingsgroep. Een
        hoger cijfer betekent dus niet altijd dat een route beter is. Kijk bij elk cijfer naar het soort onderzoek.
      </p>
      {groups.map((g, i) => (
        <section key={g.key} aria-labelledby={`meting-${i}`} className="mt-10">
          <h2 id={`meting-${i}`}>
            {g.title} ({g.rows.length} {g.rows.length === 1 ? 'cijfer' : 'cijfers'})
          </h2>
          <OutcomeChart group={g} id={`vergelijk-${i}`} byRoute sources={{ meta: catalogue.meta, publicTitles }} />
        </section>
      ))}
      <section aria-labelledby="zonder" className="mt-10">
        <h2 id="zonder">Routes zonder cijfers ({without.length})</h2>
        <p className="mt-1">Over deze routes hebben de bronnen geen cijfers: onbekend.</p>
        <ul className="mt-2 list-disc pl-6">
          {without.map((r) => (
            <li key={r.id}>
              <Link href={`/aanbod/${r.id}`}>{r.name}</Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
