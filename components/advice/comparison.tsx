import type { Catalogue, Route } from '@/lib/catalogue/schema';
import { factText, presentLabels } from '@/lib/present/present';
import { firstSentence, type RecommendedRoute } from '@/lib/engine/route';
import { getTranslations, requestLocale } from '@/lib/i18n/server';
import { messages } from '@/content/messages';

/*
 * The first step and the alternatives side by side, one question a row, in the manner of an
 * Option Grid, with "do nothing yet" as an option of its own. Figures are shown only where
 * the measure is the same (paid work); they come from different studies, and the table says
 * so rather than inviting a ranking by number.
 */

/** A name short enough to label a cell on a phone: "IPS", "IRB", "Actief herstel". */
export function shortName(name: string): string {
  const acronym = /\(([A-Z0-9]{2,8})\)/.exec(name)?.[1];
  if (acronym) return acronym;
  const cut = name.search(/:| \(/);
  return cut > 0 ? name.slice(0, cut) : name;
}
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export async function Comparison({ route, catalogue }: { route: RecommendedRoute; catalogue: Catalogue }) {
  const [locale, t] = await Promise.all([requestLocale(), getTranslations('advice.route')]);
  const labels = presentLabels(locale);
  const who = messages[locale].engine.route.who;
  const byId = new Map(catalogue.routes.map((r) => [r.id, r]));
  const ids = [...(route.firstStep.type === 'route' ? [route.firstStep.id] : []), ...route.alternatives.map((a) => a.id)];
  const options = ids.map((id) => byId.get(id)).filter((r): r is Route => r !== undefined);
  if (options.length === 0) return null;

  const pace = (r: Route) => {
    const v = 'value' in r.pace ? r.pace.value : undefined;
    return v === 'fast' ? t('paceFast') : v === 'own-pace' ? t('paceOwn') : v === 'both' ? t('paceBoth') : t('paceUnknown');
  };
  const withCare = (r: Route) => r.kind === 'integrated-care-work' || r.supports.some((s) => s.value === 'treatment-and-work');
  const figure = (r: Route) => {
    const o = r.outcomes.find((x) => x.measure === 'paid-work');
    return o ? t('figure', { value: String(Math.round(o.value)) }) : t('figureNone');
  };
  const rows: { key: string; label: string; cell: (r: Route) => string; nothing: string }[] = [
    { key: 'doen', label: t('rowDo'), cell: (r) => labels.kind[r.kind], nothing: t('nothingDo') },
    { key: 'tempo', label: t('rowPace'), cell: pace, nothing: t('none') },
    { key: 'behandeling', label: t('rowCare'), cell: (r) => (withCare(r) ? t('withCare') : t('withoutCare')), nothing: t('nothingCare') },
    { key: 'onderzoek', label: t('rowEvidence'), cell: (r) => labels.evidence[r.evidence.level], nothing: t('none') },
    { key: 'werk', label: t('rowFigure'), cell: figure, nothing: t('none') },
    { key: 'uitkering', label: t('rowBenefit'), cell: (r) => firstSentence(factText(r.benefitEffect, locale)), nothing: t('nothingBenefit') },
    { key: 'begin', label: t('rowStart'), cell: (r) => r.access.via.map((v) => capitalise(who[v])).join(' / '), nothing: t('nothingStart') },
  ];
  return (
    <section aria-labelledby="vergelijking" className="mt-8">
      <h2 id="vergelijking">{t('compare')}</h2>
      <table className="compare mt-3" role="table" id="tabel-vergelijking">
        <caption className="sr-only">{t('compareCaption')}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              <span className="sr-only">{t('option')}</span>
            </th>
            {options.map((r) => (
              <th key={r.id} scope="col" role="columnheader" data-route={r.id}>
                {r.name}
              </th>
            ))}
            <th scope="col" role="columnheader">
              {t('nothingTitle')}
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((row) => (
            <tr key={row.key} role="row" data-row={row.key}>
              <th scope="row" role="rowheader">
                {row.label}
              </th>
              {options.map((r) => (
                <td key={r.id} role="cell" data-label={shortName(r.name)}>
                  {row.cell(r)}
                </td>
              ))}
              <td role="cell" data-label={t('nothingTitle')} data-empty={row.nothing === t('none') ? '' : undefined}>
                {row.nothing}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-base text-slate-700">{t('figureNote')}</p>
    </section>
  );
}
