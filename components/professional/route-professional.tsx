import type { Catalogue, Route } from '@/lib/catalogue/schema';
import { presentLabels, routeSources } from '@/lib/present/present';
import { availabilityText, durationRows, figureRows, fundingRows, type Row } from '@/lib/present/professional';
import { regionText } from '@/lib/map/aanbod';
import { ruleRows } from '@/lib/map/rules';
import { getTranslations, localHref, requestLocale } from '@/lib/i18n/server';
import { SourceLabel } from '@/components/common/source-label';

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

/**
 * The professional view of one route, collapsed: rules as data, funding, duration, figures,
 * sources. `catalogue` is the catalogue in the language of the request (getCatalogue(locale)).
 * `id`: the element's id, `prof-<route id>` unless the route is shown twice on a page.
 */
export async function RouteProfessional({ route, catalogue, id }: { route: Route; catalogue: Catalogue; id?: string }) {
  const locale = await requestLocale();
  const t = await getTranslations('professional');
  const figures = figureRows(route, locale);
  const titles = new Map(catalogue.publicSources.map((s) => [s.id, s.title]));
  return (
    <details className="mt-2" id={id ?? `prof-${route.id}`}>
      <summary>
        {t('details')}
        <span className="sr-only">{t('detailsOf', { name: route.name })}</span>
      </summary>
      <div className="mt-2 space-y-3 border-l-4 border-slate-300 pl-3">
        <p className="text-base">
          <a href={await localHref(`/aanbod/${route.id}`)}>{t('allAbout', { name: route.name })}</a>
        </p>
        <p className="text-base">
          <strong>{t('status')}</strong> {availabilityText(route, locale)} · <strong>{t('evidence')}</strong> {presentLabels(locale).evidence[route.evidence.level]}
        </p>
        <section>
          <h4 className="text-base">{t('eligibility')}</h4>
          <Rows
            rows={[
              ...ruleRows(route, locale).map((r) => ({ label: r.criterion, value: r.note ? `${r.rule} ${r.note}` : r.rule })),
              { label: t('region'), value: regionText(route, catalogue, locale) },
            ]}
          />
        </section>
        <section>
          <h4 className="text-base">{t('fundingHeading')}</h4>
          <Rows rows={fundingRows(route, locale)} />
        </section>
        <section>
          <h4 className="text-base">{t('durationHeading')}</h4>
          <Rows rows={durationRows(route, locale)} />
        </section>
        <section>
          <h4 className="text-base">{t('outcomes')}</h4>
          {figures.length === 0 ? (
            <p className="text-base">{t('noFigures')}</p>
          ) : (
            <table className="table-reflow mt-1">
              <caption className="sr-only">{t('outcomesOf', { name: route.name })}</caption>
              <thead>
                <tr>
                  <th scope="col" className="pr-3">
                    {t('columns.value')}
                  </th>
                  <th scope="col" className="pr-3">
                    {t('columns.measured')}
                  </th>
                  <th scope="col" className="pr-3">
                    {t('columns.year')}
                  </th>
                  <th scope="col">{t('columns.study')}</th>
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
          )}
        </section>
        <section>
          <h4 className="text-base">{t('sources')}</h4>
          <ul className="mt-1 list-disc pl-6 text-base">
            {routeSources(route).map((s) => (
              <li key={s}>
                <SourceLabel refId={s} meta={catalogue.meta} publicTitles={titles} locale={locale} />
              </li>
            ))}
          </ul>
        </section>
      </div>
    </details>
  );
}
