import { Fragment } from 'react';
import Link from '@/components/common/link';
import { SourceLabel } from '@/components/common/source-label';
import { OutcomeChart } from '@/components/map/outcome-chart';
import type { Catalogue, Route } from '@/lib/catalogue/schema';
import { costText, factText, presentLabels, routeSources } from '@/lib/present/present';
import { labelsFor, orList } from '@/lib/engine/labels';
import type { Locale } from '@/lib/i18n/locale';
import { regionText } from '@/lib/map/aanbod';
import { figureGroups } from '@/lib/map/figures';
import { ruleRows } from '@/lib/map/rules';
import { getTranslations } from '@/lib/i18n/server';

/** A route's rules with their sources, its duration, money matters, figures and sources: for the professional. */
export async function RouteForProfessionals({ route, catalogue, locale }: { route: Route; catalogue: Catalogue; locale: Locale }) {
  const t = await getTranslations('aanbod');
  const publicTitles = new Map(catalogue.publicSources.map((s) => [s.id, s.title]));
  const sourceList = (refs: readonly string[]) =>
    refs.map((s, i) => (
      <Fragment key={s}>
        {i > 0 ? '; ' : ''}
        <SourceLabel refId={s} meta={catalogue.meta} publicTitles={publicTitles} locale={locale} />
      </Fragment>
    ));
  const evidenceLabel = presentLabels(locale).evidence;
  const fact = (f: Parameters<typeof factText>[0]) => factText(f, locale);
  const groups = figureGroups([route], locale);
  const benefitShort = labelsFor(locale).benefitShort;
  const via = (v: Route['access']['via'][number]) => t(`via.${v}`);

  return (
    <section aria-labelledby="voor-professionals" className="mt-10">
      <h2 id="voor-professionals">{t('route.forProfessionals')}</h2>

      <h3 className="mt-4" id="regels">
        {t('route.rules')}
      </h3>
      <p className="mt-1 text-base">{t('route.rulesIntro')}</p>
      <div className="mt-2">
        <table className="table-reflow" id="regels-tabel">
          <caption className="sr-only">{t('route.rulesCaption', { name: route.name })}</caption>
          <thead>
            <tr className="border-b-2 border-slate-700">
              <th scope="col" className="w-1/4 p-1">
                {t('route.what')}
              </th>
              <th scope="col" className="p-1">
                {t('route.rule')}
              </th>
              <th scope="col" className="w-1/3 p-1">
                {t('route.source')}
              </th>
            </tr>
          </thead>
          <tbody>
            {ruleRows(route, locale).map((r) => (
              <tr key={r.criterion} className="border-b border-slate-300 align-top">
                <th scope="row" className="p-1">
                  {r.criterion}
                </th>
                <td className="p-1">
                  {r.rule}
                  {r.note && <span className="block text-slate-700">{r.note}</span>}
                </td>
                <td className="p-1">{r.sources.length ? sourceList(r.sources) : t('route.unknown')}</td>
              </tr>
            ))}
            <tr className="border-b border-slate-300 align-top">
              <th scope="row" className="p-1">
                {t('route.region')}
              </th>
              <td className="p-1">{regionText(route, catalogue, locale)}</td>
              <td className="p-1">{'src' in route.regions ? sourceList(route.regions.src) : t('route.unknown')}</td>
            </tr>
          </tbody>
        </table>
      </div>

      <h3 className="mt-6" id="duur">
        {t('route.duration')}
      </h3>
      <ul className="mt-1 list-disc space-y-1 pl-6">
        {route.duration.perBenefit.map((d, i) => (
          <li key={i}>
            <strong>{orList(d.benefits.map((b) => benefitShort[b]), locale)}:</strong> {d.text}
            {d.maxMonths ? t('route.maxMonths', { months: d.maxMonths }) : ''}
          </li>
        ))}
        <li>
          <strong>{t('route.general')}</strong> {fact(route.duration.general)}
        </li>
        <li>
          <strong>{t('route.hours')}</strong> {fact(route.duration.hours)}
        </li>
      </ul>

      <h3 className="mt-6" id="geld">
        {t('route.money')}
      </h3>
      <dl className="mt-1 space-y-1">
        <div>
          <dt className="inline font-semibold">{t('route.provider')}</dt>
          <dd className="inline">{fact(route.provider)}</dd>
        </div>
        <div>
          <dt className="inline font-semibold">{t('route.funder')}</dt>
          <dd className="inline">{fact(route.funder)}</dd>
        </div>
        <div>
          <dt className="inline font-semibold">{t('route.cost')}</dt>
          <dd className="inline">{costText(route, locale)}</dd>
        </div>
        <div>
          <dt className="inline font-semibold">{t('route.benefitEffect')}</dt>
          <dd className="inline">{fact(route.benefitEffect)}</dd>
        </div>
        <div>
          <dt className="inline font-semibold">{t('route.legalBasis')}</dt>
          <dd className="inline">{fact(route.legalBasis)}</dd>
        </div>
        <div>
          <dt className="inline font-semibold">{t('route.via')}</dt>
          <dd className="inline">{orList(route.access.via.map(via), locale)}</dd>
        </div>
      </dl>

      <h3 className="mt-6" id="cijfers">
        {t('route.figures')}
      </h3>
      <p className="mt-1">
        <strong>{evidenceLabel[route.evidence.level]}.</strong> {route.evidence.text}
      </p>
      {groups.length === 0 ? (
        <p className="mt-2">{t('route.noFigures')}</p>
      ) : (
        groups.map((g, i) => (
          <section key={g.key} aria-labelledby={`groep-${i}`} className="mt-4">
            <h4 id={`groep-${i}`}>{g.title}</h4>
            <OutcomeChart group={g} id={`cijfers-${i}`} byRoute={false} sources={{ meta: catalogue.meta, publicTitles }} locale={locale} />
          </section>
        ))
      )}
      <p className="mt-3">
        <Link href="/aanbod/resultaten">{t('route.compare')}</Link>
      </p>

      <h3 className="mt-6" id="bronnen">
        {t('route.sources')}
      </h3>
      <ul className="mt-1 list-disc space-y-1 pl-6 text-base">
        {routeSources(route).map((s) => (
          <li key={s}>
            <SourceLabel refId={s} meta={catalogue.meta} publicTitles={publicTitles} locale={locale} />
          </li>
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
  );
}
