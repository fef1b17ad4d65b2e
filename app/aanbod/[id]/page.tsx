import type { Metadata } from 'next';
import Link from '@/components/common/link';
import { notFound } from 'next/navigation';
import { RouteDetails } from '@/components/advice/route-details';
import { OutcomeChart } from '@/components/map/outcome-chart';
import { getCatalogue } from '@/lib/catalogue/load';
import { costText, evidenceLabel, factText, kindLabel, routeSources, sourceLabel } from '@/lib/catalogue/present';
import { askAtLabel, benefitShort, orList } from '@/lib/engine/labels';
import { regionText } from '@/lib/map/aanbod';
import { figureGroups } from '@/lib/map/figures';
import { ruleRows } from '@/lib/map/rules';

type Props = { params: Promise<{ id: string }> };

/** One page per route, known at build time; any other id is the Dutch 404. */
export const dynamicParams = false;
export function generateStaticParams() {
  return getCatalogue().routes.map((r) => ({ id: r.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const route = getCatalogue().routes.find((r) => r.id === id);
  return { title: route ? `${route.name}: alles over deze route` : 'Route niet gevonden' };
}

const viaLabel: Record<string, string> = { ...askAtLabel, uwv: 'UWV', gemeente: 'de gemeente', self: 'jezelf: je kunt je zelf aanmelden' };

export default async function RoutePage({ params }: Props) {
  const catalogue = getCatalogue();
  const { id } = await params;
  const route = catalogue.routes.find((r) => r.id === id);
  if (!route) notFound();
  const publicTitles = new Map(catalogue.publicSources.map((s) => [s.id, s.title]));
  const source = (ref: string) => sourceLabel(ref, catalogue.meta, publicTitles);
  const groups = figureGroups([route]);

  return (
    <article data-route={route.id}>
      <p className="no-print text-base">
        <Link href="/aanbod">← Alle routes</Link>
      </p>
      <h1 className="mt-2">{route.name}</h1>
      <p className="mt-1 text-base text-slate-700">{kindLabel[route.kind]}</p>
      {route.availability.status !== 'available' && (
        <p className="mt-2 card border-amber-700">
          <strong>Let op:</strong> {route.availability.text}
        </p>
      )}
      <p className="mt-4 text-lg">{route.summary.text}</p>
      <p className="mt-2">
        <strong>Waar:</strong> {regionText(route, catalogue)}
      </p>
      <p className="no-print mt-2 text-base text-slate-700">Je kunt deze pagina printen: de opmaak past op A4.</p>

      <section aria-labelledby="voor-jou" className="mt-8">
        <h2 id="voor-jou">Voor jou: wat het is</h2>
        <div className="mt-3">
          <RouteDetails route={route} catalogue={catalogue} headingLevel={3} />
        </div>
        <p className="mt-4">
          <strong>Hoe je begint:</strong> {factText(route.access.how)}
        </p>
        <p className="mt-1">
          <strong>Wat je kunt zeggen:</strong> “{route.access.say}”
        </p>
      </section>

      <section aria-labelledby="voor-professionals" className="mt-10">
        <h2 id="voor-professionals">Voor professionals</h2>

        <h3 className="mt-4" id="regels">Wie mee kan doen: de regels</h3>
        <p className="mt-1 text-base">Zo leest de routewijzer deze route. “Navragen” betekent: de route komt bij “misschien”.</p>
        <div className="mt-2">
          <table className="w-full table-fixed border-collapse text-left text-base [overflow-wrap:anywhere]" id="regels-tabel">
            <caption className="sr-only">Regels voor deelname aan {route.name}</caption>
            <thead>
              <tr className="border-b-2 border-slate-700">
                <th scope="col" className="w-1/4 p-1">Wat</th>
                <th scope="col" className="p-1">Regel</th>
                <th scope="col" className="w-1/3 p-1">Bron</th>
              </tr>
            </thead>
            <tbody>
              {ruleRows(route).map((r) => (
                <tr key={r.criterion} className="border-b border-slate-300 align-top">
                  <th scope="row" className="p-1">
                    {r.criterion}
                  </th>
                  <td className="p-1">
                    {r.rule}
                    {r.note && <span className="block text-slate-700">{r.note}</span>}
                  </td>
                  <td className="p-1">{r.sources.length ? r.sources.map(source).join('; ') : 'onbekend'}</td>
                </tr>
              ))}
              <tr className="border-b border-slate-300 align-top">
                <th scope="row" className="p-1">
                  Regio
                </th>
                <td className="p-1">{regionText(route, catalogue)}</td>
                <td className="p-1">{'src' in route.regions ? route.regions.src.map(source).join('; ') : 'onbekend'}</td>
              </tr>
            </tbody>
          </table>
        </div>

        <h3 className="mt-6" id="duur">Duur en uren</h3>
        <ul className="mt-1 list-disc space-y-1 pl-6">
          {route.duration.perBenefit.map((d, i) => (
            <li key={i}>
              <strong>{orList(d.benefits.map((b) => benefitShort[b]))}:</strong> {d.text}
              {d.maxMonths ? ` (hooguit ${d.maxMonths} maanden)` : ''}
            </li>
          ))}
          <li>
            <strong>Algemeen:</strong> {factText(route.duration.general)}
          </li>
          <li>
            <strong>Uren:</strong> {factText(route.duration.hours)}
          </li>
        </ul>

        <h3 className="mt-6" id="geld">Aanbieder, financiering en wet</h3>
        <dl className="mt-1 space-y-1">
          <div>
            <dt className="inline font-semibold">Aanbieder: </dt>
            <dd className="inline">{factText(route.provider)}</dd>
          </div>
          <div>
            <dt className="inline font-semibold">Wie betaalt: </dt>
            <dd className="inline">{factText(route.funder)}</dd>
          </div>
          <div>
            <dt className="inline font-semibold">Kosten voor de deelnemer: </dt>
            <dd className="inline">{costText(route)}</dd>
          </div>
          <div>
            <dt className="inline font-semibold">Uitkering tijdens de route: </dt>
            <dd className="inline">{factText(route.benefitEffect)}</dd>
          </div>
          <div>
            <dt className="inline font-semibold">Wettelijke basis: </dt>
            <dd className="inline">{factText(route.legalBasis)}</dd>
          </div>
          <div>
            <dt className="inline font-semibold">Toegang via: </dt>
            <dd className="inline">{orList(route.access.via.map((v) => viaLabel[v] ?? v))}</dd>
          </div>
        </dl>

        <h3 className="mt-6" id="cijfers">Cijfers</h3>
        <p className="mt-1">
          <strong>{evidenceLabel[route.evidence.level]}.</strong> {route.evidence.text}
        </p>
        {groups.length === 0 ? (
          <p className="mt-2">Er zijn nog geen cijfers over deze route: onbekend.</p>
        ) : (
          groups.map((g, i) => (
            <section key={g.key} aria-labelledby={`groep-${i}`} className="mt-4">
              <h4 id={`groep-${i}`}>{g.title}</h4>
              <OutcomeChart group={g} id={`cijfers-${i}`} byRoute={false} sources={{ meta: catalogue.meta, publicTitles }} />
            </section>
          ))
        )}
        <p className="mt-3">
          <Link href="/aanbod/resultaten">Vergelijk de cijfers van alle routes</Link>
        </p>

        <h3 className="mt-6" id="bronnen">Bronnen</h3>
        <ul className="mt-1 list-disc space-y-1 pl-6 text-base">
          {routeSources(route).map((s) => (
            <li key={s}>{source(s)}</li>
          ))}
        </ul>
        {route.links.length > 0 && (
          <ul className="mt-2 list-disc pl-6">
            {route.links.map((l) => (
              <li key={l.url}>
                <a href={l.url} rel="noreferrer">
                  {l.label}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
