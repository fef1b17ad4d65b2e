import type { Metadata } from 'next';
import { longDate } from '@/lib/dates';
import Link from '@/components/common/link';
import { getCatalogue } from '@/lib/catalogue/load';
import { loadChangelog } from '@/lib/map/changelog';

export const metadata: Metadata = { title: 'Wat is nieuw' };

const day = longDate;

export default function NewsPage() {
  const { meta, routes } = getCatalogue();
  const log = loadChangelog();
  return (
    <>
      <h1>Wat is nieuw</h1>
      <section aria-labelledby="versie" className="mt-6">
        <h2 id="versie">Welke versie je ziet</h2>
        <p className="mt-2">
          De informatie over de {routes.length} routes is versie {meta.version}. We hebben alles laatst nagekeken op{' '}
          <time dateTime={meta.date}>{day(meta.date)}</time>. <Link href="/bronnen">Bekijk de bronnen</Link>.
        </p>
      </section>

      <section aria-labelledby="website" className="mt-8">
        <h2 id="website">Wat er veranderd is aan de website</h2>
        <ol className="mt-2 list-none space-y-4 p-0" id="wijzigingen">
          {log.map((e) => (
            <li key={`${e.date}-${e.title}`} className="card">
              <h3>
                <time dateTime={e.date}>{day(e.date)}</time>: {e.title}
              </h3>
              <p className="mt-1">{e.text}</p>
              {e.links.length > 0 && (
                <ul className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
                  {e.links.map((l) => (
                    <li key={l.href}>
                      <Link href={l.href}>{l.label}</Link>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="routes" className="mt-8">
        <h2 id="routes">Wat er veranderd is aan de routes</h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {meta.changes.map((c) => (
            <li key={c.version}>
              Versie {c.version} (<time dateTime={c.date}>{day(c.date)}</time>): {c.text}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="voorstel" className="mt-8">
        <h2 id="voorstel">Een verandering voorstellen</h2>
        <p className="mt-2">Mist er een route, of klopt er iets niet? Dan horen we dat graag. Geef dan door:</p>
        <ul className="mt-1 list-disc space-y-1 pl-6">
          <li>over welke route het gaat, of de naam van de nieuwe route;</li>
          <li>wat er anders moet;</li>
          <li>waar het staat: een rapport met de bladzijde, of een openbare website van bijvoorbeeld UWV of de gemeente.</li>
        </ul>
        <p className="mt-2">
          Zonder bron passen we niets aan. Elk feit in de routewijzer heeft een bron, en een computer controleert dat. Weten we iets niet,
          dan schrijven we “onbekend”.
        </p>
        <p className="mt-2">
          Voor beheerders: een route is één bestand. Hoe je er een toevoegt, staat in de handleiding <code>docs/content.md</code> bij de
          broncode.
        </p>
      </section>
    </>
  );
}
