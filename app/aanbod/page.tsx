import type { Metadata } from 'next';
import Link from '@/components/common/link';
import { ErrorSummary } from '@/components/wizard/error-summary';
import { questions } from '@/content/copy/nl';
import { BENEFITS, MAX_AGE, MIN_AGE } from '@/lib/answers/schema';
import { getCatalogue } from '@/lib/catalogue/load';
import { kindLabel } from '@/lib/catalogue/present';
import { KINDS } from '@/lib/catalogue/schema';
import { listRoutes, parseFilters, regionText } from '@/lib/map/aanbod';

export const metadata: Metadata = { title: 'Alle routes naar werk' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const benefitOptions = questions.benefit.options as Record<string, { label: string }>;

export default async function AanbodPage({ searchParams }: Props) {
  const catalogue = getCatalogue();
  const { filters, errors, raw } = parseFilters(await searchParams, catalogue);
  const listed = listRoutes(catalogue, filters);
  const filtered = Object.keys(filters).length > 0;
  const described = [
    filters.gemeente && `in ${filters.gemeente.name} (regio ${filters.gemeente.arbeidsmarktregio})`,
    filters.benefit && `met ${benefitOptions[filters.benefit]?.label ?? filters.benefit}`,
    filters.age !== undefined && `voor ${filters.age} jaar`,
    filters.kind && `soort: ${kindLabel[filters.kind]}`,
  ].filter(Boolean);
  const errorOf = (p: string) => errors.find((e) => e.param === p)?.text;
  const field = 'mt-1 block w-full max-w-sm rounded-md border-2 border-slate-700 px-3 py-2 text-lg';

  return (
    <>
      <ErrorSummary errors={errors.map((e) => ({ href: `#${e.param}`, text: e.text }))} />
      <h1>Alle routes naar werk</h1>
      <p className="mt-4">
        Hier staan alle {catalogue.routes.length} routes die de routewijzer kent. Zoek op waar je woont, je uitkering, je leeftijd of de
        soort hulp. Wil je weten wat bij jou past? <Link href="/">Beantwoord dan de vragen</Link>. Je ziet ook hoe alles samenhangt in het{' '}
        <Link href="/stroomschema">stroomschema</Link>, en <Link href="/aanbod/resultaten">de cijfers van alle routes</Link>.
      </p>

      <form method="get" action="/aanbod" className="mt-6 card bg-slate-50" aria-labelledby="filter-kop">
        <h2 id="filter-kop">Zoek routes</h2>
        <p className="mt-1 text-base">Alles is vrij te laten. We bewaren niets van wat je hier invult.</p>
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor="regio" className="font-semibold">
              Gemeente of postcode
            </label>
            {errorOf('regio') && (
              <p id="regio-fout" className="font-semibold text-red-800">
                <span className="sr-only">Fout: </span>
                {errorOf('regio')}
              </p>
            )}
            <input
              id="regio"
              name="regio"
              type="text"
              autoComplete="off"
              defaultValue={raw.regio ?? ''}
              aria-describedby={errorOf('regio') ? 'regio-fout' : undefined}
              aria-invalid={errorOf('regio') ? true : undefined}
              className={field}
            />
          </div>
          <div>
            <label htmlFor="uitkering" className="font-semibold">
              Uitkering
            </label>
            {errorOf('uitkering') && (
              <p id="uitkering-fout" className="font-semibold text-red-800">
                <span className="sr-only">Fout: </span>
                {errorOf('uitkering')}
              </p>
            )}
            <select
              id="uitkering"
              name="uitkering"
              defaultValue={filters.benefit ?? ''}
              aria-describedby={errorOf('uitkering') ? 'uitkering-fout' : undefined}
              className={field}
            >
              <option value="">Alle uitkeringen</option>
              {BENEFITS.map((b) => (
                <option key={b} value={b}>
                  {benefitOptions[b]?.label ?? b}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="leeftijd" className="font-semibold">
              Leeftijd
            </label>
            {errorOf('leeftijd') && (
              <p id="leeftijd-fout" className="font-semibold text-red-800">
                <span className="sr-only">Fout: </span>
                {errorOf('leeftijd')}
              </p>
            )}
            <input
              id="leeftijd"
              name="leeftijd"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              defaultValue={raw.leeftijd ?? ''}
              aria-describedby={errorOf('leeftijd') ? 'leeftijd-fout leeftijd-hint' : 'leeftijd-hint'}
              aria-invalid={errorOf('leeftijd') ? true : undefined}
              className={`${field} max-w-[8rem]`}
            />
            <p id="leeftijd-hint" className="text-base text-slate-700">
              Van {MIN_AGE} tot en met {MAX_AGE} jaar.
            </p>
          </div>
          <div>
            <label htmlFor="soort" className="font-semibold">
              Soort hulp
            </label>
            {errorOf('soort') && (
              <p id="soort-fout" className="font-semibold text-red-800">
                <span className="sr-only">Fout: </span>
                {errorOf('soort')}
              </p>
            )}
            <select id="soort" name="soort" defaultValue={filters.kind ?? ''} aria-describedby={errorOf('soort') ? 'soort-fout' : undefined} className={field}>
              <option value="">Alle soorten</option>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {kindLabel[k]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <button type="submit" id="zoek" className="btn-primary">
            Toon routes
          </button>
          {(filtered || errors.length > 0) && (
            <Link href="/aanbod" id="wis-filters">
              Wis de filters
            </Link>
          )}
        </div>
      </form>

      <section aria-labelledby="resultaat-kop" className="mt-8">
        <h2 id="resultaat-kop">
          {listed.length === 1 ? '1 route' : `${listed.length} routes`}
          {described.length > 0 ? ` ${described.join(', ')}` : ''}
        </h2>
        {listed.length === 0 && <p className="mt-2">Geen routes gevonden. Probeer minder filters.</p>}
        <ul className="mt-4 list-none space-y-4 p-0" id="aanbod-lijst">
          {listed.map(({ route, status, checks }) => (
            <li key={route.id} data-route={route.id} className="card">
              <h3>
                <Link href={`/aanbod/${route.id}`}>{route.name}</Link>
              </h3>
              <p className="text-base text-slate-700">{kindLabel[route.kind]}</p>
              <p className="mt-1">{route.summary.text}</p>
              <p className="mt-1">
                <strong>Waar:</strong> {regionText(route, catalogue)}
              </p>
              {route.availability.status !== 'available' && (
                <p className="mt-1">
                  <strong>Let op:</strong> {route.availability.text}
                </p>
              )}
              {status === 'ask' && (
                <div className="mt-1">
                  <strong>Vraag na:</strong>
                  <ul className="list-disc pl-6">
                    {checks.map((c) => (
                      <li key={c}>{c}</li>
                    ))}
                  </ul>
                </div>
              )}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
