import type { AnswerBenefit } from '@/lib/answers/schema';
import type { Catalogue, Route } from '@/lib/catalogue/schema';
import { costText, durationLines, factText, routeSources } from '@/lib/present/present';
import { Figures } from '@/components/advice/figures';
import { getTranslations, requestLocale } from '@/lib/i18n/server';
import { SourceLabel } from '@/components/common/source-label';

/**
 * Everything a person may want to know about one route, in plain sections, in the request's
 * language: pass the route and catalogue of that language (getCatalogue(locale)).
 */
export async function RouteDetails({ route, benefit, catalogue, headingLevel = 4 }: { route: Route; benefit?: AnswerBenefit; catalogue: Catalogue; headingLevel?: 3 | 4 }) {
  const [locale, t] = await Promise.all([requestLocale(), getTranslations('advice.details')]);
  const H = `h${headingLevel}` as 'h3' | 'h4';
  const publicTitles = new Map(catalogue.publicSources.map((s) => [s.id, s.title]));
  return (
    <div className="space-y-5">
      <section>
        <H>{t('offers')}</H>
        <ul className="mt-1 list-disc space-y-1 pl-6">
          {route.offers.map((o, i) => (
            <li key={i}>{o.text}</li>
          ))}
        </ul>
      </section>
      <section>
        <H>{t('forWhom')}</H>
        <p>{route.forWhom.text}</p>
      </section>
      <section>
        <H>{t('duration')}</H>
        {durationLines(route, benefit, locale).map((l, i) => (
          <p key={i}>{l}</p>
        ))}
      </section>
      <section>
        <H>{t('funder')}</H>
        <p>{factText(route.funder, locale)}</p>
        <p className="mt-1">
          <strong>{t('cost')}</strong> {costText(route, locale)}
        </p>
      </section>
      <section>
        <H>{t('benefit')}</H>
        <p>{factText(route.benefitEffect, locale)}</p>
      </section>
      <section>
        <H>{t('figures')}</H>
        <Figures route={route} />
      </section>
      {(route.pros.length > 0 || route.cons.length > 0) && (
        <section>
          <H>{t('prosCons')}</H>
          {route.pros.length > 0 && (
            <ul className="mt-1 space-y-1">
              {route.pros.map((p, i) => (
                <li key={i}>
                  <span aria-hidden="true">+ </span>
                  <span className="sr-only">{t('pro')} </span>
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
                  <span className="sr-only">{t('con')} </span>
                  {p.text}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {route.experiences.length > 0 && (
        <section>
          <H>{t('experiences')}</H>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {route.experiences.map((e, i) => (
              <li key={i}>{e.text}</li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <H>{t('available')}</H>
        <p>{route.availability.text}</p>
        {route.links.length > 0 && (
          <ul className="mt-1 space-y-1">
            {route.links.map((l) => (
              <li key={l.url}>
                <a href={l.url} rel="noreferrer">
                  {l.label}
                </a>{' '}
                <span className="text-base text-slate-700">{t('linkFromSource')}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <details>
        <summary>{t('sources')}</summary>
        <ul className="mt-2 list-disc pl-6 text-base">
          {routeSources(route).map((r) => (
            <li key={r}>
              <SourceLabel refId={r} meta={catalogue.meta} publicTitles={publicTitles} locale={locale} />
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
