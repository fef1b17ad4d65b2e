import type { AnswerBenefit } from '@/lib/answers/schema';
import type { Catalogue, Route } from '@/lib/catalogue/schema';
import { costText, durationLines, factText, routeSources, sourceLabel } from '@/lib/catalogue/present';
import { Figures } from '@/components/advice/figures';

/** Everything a person may want to know about one route, in plain sections. */
export function RouteDetails({ route, benefit, catalogue, headingLevel = 4 }: { route: Route; benefit?: AnswerBenefit; catalogue: Catalogue; headingLevel?: 3 | 4 }) {
  const H = `h${headingLevel}` as 'h3' | 'h4';
  const publicTitles = new Map(catalogue.publicSources.map((s) => [s.id, s.title]));
  return (
    <div className="space-y-5">
      <section>
        <H>Wat je er doet</H>
        <ul className="mt-1 list-disc space-y-1 pl-6">
          {route.offers.map((o, i) => (
            <li key={i}>{o.text}</li>
          ))}
        </ul>
      </section>
      <section>
        <H>Voor wie</H>
        <p>{route.forWhom.text}</p>
      </section>
      <section>
        <H>Hoe lang</H>
        {durationLines(route, benefit).map((l, i) => (
          <p key={i}>{l}</p>
        ))}
      </section>
      <section>
        <H>Wie betaalt</H>
        <p>{factText(route.funder)}</p>
        <p className="mt-1">
          <strong>Kost het jou iets?</strong> {costText(route)}
        </p>
      </section>
      <section>
        <H>Wat gebeurt er met je uitkering?</H>
        <p>{factText(route.benefitEffect)}</p>
      </section>
      <section>
        <H>Wat de cijfers zeggen</H>
        <Figures route={route} />
      </section>
      {(route.pros.length > 0 || route.cons.length > 0) && (
        <section>
          <H>Wat ervoor en ertegen pleit</H>
          {route.pros.length > 0 && (
            <ul className="mt-1 space-y-1">
              {route.pros.map((p, i) => (
                <li key={i}>
                  <span aria-hidden="true">+ </span>
                  <span className="sr-only">Voordeel: </span>
                  {p.text}
                </li>
              ))}
            </ul>
          )}
          {route.cons.length > 0 && (
            <ul className="mt-2 space-y-1">
              {route.cons.map((p, i) => (
                <li key={i}>
                  <span aria-hidden="true">− </span>
                  <span className="sr-only">Nadeel: </span>
                  {p.text}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {route.experiences.length > 0 && (
        <section>
          <H>Hoe het is om mee te doen</H>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {route.experiences.map((e, i) => (
              <li key={i}>{e.text}</li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <H>Is het er nu?</H>
        <p>{route.availability.text}</p>
        {route.links.length > 0 && (
          <ul className="mt-1 space-y-1">
            {route.links.map((l) => (
              <li key={l.url}>
                <a href={l.url} rel="noreferrer">
                  {l.label}
                </a>{' '}
                <span className="text-base text-slate-700">(link uit de bron)</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <details>
        <summary>Bronnen van deze informatie</summary>
        <ul className="mt-2 list-disc pl-6 text-base">
          {routeSources(route).map((r) => (
            <li key={r}>{sourceLabel(r, catalogue.meta, publicTitles)}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}
