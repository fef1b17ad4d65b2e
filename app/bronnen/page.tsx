import type { Metadata } from 'next';
import { longDate } from '@/lib/dates';
import { getCatalogue } from '@/lib/catalogue/load';

export const metadata: Metadata = { title: 'Bronnen' };

export default function SourcesPage() {
  const { meta, publicSources, routes } = getCatalogue();
  const date = longDate(meta.date);
  return (
    <>
      <h1>Waar deze informatie vandaan komt</h1>
      <p className="mt-4">
        Alles wat we over de {routes.length} routes zeggen, komt uit de vijf rapporten hieronder. Bij elke route staat uit welke regels
        van welk rapport een feit komt. Zeggen de rapporten iets niet, dan schrijven we “onbekend” en waar je het kunt navragen.
      </p>
      <p className="mt-2">
        Laatst nagekeken: {date} (versie {meta.version}).
      </p>
      <h2 className="mt-8">De rapporten</h2>
      <ul className="mt-2 list-disc space-y-2 pl-6">
        {Object.entries(meta.seeds).map(([id, s]) => (
          <li key={id} id={`bron-${id}`}>
            <strong>{s.title}</strong>. {s.publisher}, {s.year}.
          </li>
        ))}
      </ul>
      <h2 className="mt-8">Andere bronnen</h2>
      <ul className="mt-2 list-disc space-y-2 pl-6">
        {publicSources.map((s) => (
          <li key={s.id}>
            <a href={s.url} rel="noreferrer">
              {s.title}
            </a>{' '}
            ({s.publisher})
          </li>
        ))}
      </ul>
      <h2 className="mt-8">Gemeenten en regio’s</h2>
      <p className="mt-2">
        Welke gemeente bij welke arbeidsmarktregio hoort, komt van het CBS (Gebieden in Nederland 2026). Welke postcode bij welke
        gemeente hoort, komt van PDOK (Kadaster, BAG), stand 1 oktober 2026.
      </p>
      <h2 className="mt-8">Wat er veranderd is</h2>
      <ul className="mt-2 list-disc space-y-2 pl-6">
        {meta.changes.map((c) => (
          <li key={c.version}>
            Versie {c.version} ({c.date}): {c.text}
          </li>
        ))}
      </ul>
    </>
  );
}
