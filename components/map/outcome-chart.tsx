import { Fragment } from 'react';
import type { CatalogueMeta } from '@/lib/catalogue/schema';
import { figurePercent, presentLabels } from '@/lib/present/present';
import { maxChars, wrap } from '@/lib/map/layout';
import type { FigureGroup } from '@/lib/map/figures';
import { localePath, type Locale } from '@/lib/i18n/locale';
import { SourceLabel } from '@/components/common/source-label';
import { translator } from '@/lib/i18n/translator';

const W = 320;
const FONT = 16;
const BAR = 230;

type Sources = { meta: CatalogueMeta; publicTitles: ReadonlyMap<string, string> };

/**
 * One group of figures that measure the same thing: bars (0–100 out of 100 people), then
 * the same numbers with what was measured, year, study type and source as a table. The
 * bars are an image labelled by the group's heading; the table is the full record.
 * `locale`: the page's language (the group comes from figureGroups(routes, locale)).
 */
export function OutcomeChart({ group, id, byRoute, sources, locale }: { group: FigureGroup; id: string; byRoute: boolean; sources: Sources; locale: Locale }) {
  const t = translator(locale, 'aanbod');
  const studyTypeLabel = presentLabels(locale).studyType;
  const year = (y: number | 'unknown') => (y === 'unknown' ? t('chart.yearUnknown') : String(y));
  const shapes: React.ReactNode[] = [];
  let y = 0;
  group.rows.forEach((row, i) => {
    const label = byRoute ? `${row.routeName} (${row.outcome.study})` : row.outcome.study;
    const o = row.outcome;
    const about = `${year(o.year)}, ${studyTypeLabel[o.studyType]}`;
    for (const l of [...wrap(label, maxChars(W, FONT)), ...wrap(about, maxChars(W, FONT))]) {
      y += 20;
      shapes.push(
        <text key={`l${i}-${y}`} x={0} y={y} fontSize={FONT} fill="#0f172a">
          {l}
        </text>,
      );
    }
    y += 6;
    const v = row.outcome.value;
    const top = row.outcome.max;
    shapes.push(<rect key={`b${i}`} x={0} y={y} width={BAR} height={18} fill="#e2e8f0" />);
    shapes.push(<rect key={`v${i}`} x={0} y={y} width={(BAR * v) / 100} height={18} fill="#166534" />);
    // A range: solid up to its lower end, lighter up to its upper end, labelled with both ends.
    if (top !== undefined) shapes.push(<rect key={`r${i}`} x={(BAR * v) / 100} y={y} width={(BAR * (top - v)) / 100} height={18} fill="#86efac" />);
    shapes.push(
      <text key={`t${i}`} x={BAR + 6} y={y + 15} fontSize={FONT} fontWeight={700} fill="#0f172a">
        {figurePercent(row.outcome)}
      </text>,
    );
    y += 18;
    const c = row.outcome.comparison;
    if (c) {
      y += 4;
      shapes.push(<rect key={`c${i}`} x={0} y={y} width={(BAR * c.value) / 100} height={10} fill="#64748b" />);
      shapes.push(
        <text key={`ct${i}`} x={BAR + 6} y={y + 10} fontSize={FONT} fill="#0f172a">
          {`${Math.round(c.value)}%`}
        </text>,
      );
      y += 10;
      for (const l of wrap(t('chart.grey', { label: c.label }), maxChars(W, FONT))) {
        y += 20;
        shapes.push(
          <text key={`cl${i}-${y}`} x={0} y={y} fontSize={FONT} fill="#334155">
            {l}
          </text>,
        );
      }
    }
    y += 12;
  });
  const height = y + 4;
  const titleId = `${id}-titel`;
  return (
    <figure className="mt-3" data-measure={group.measure}>
      <svg
        viewBox={`0 0 ${W} ${height}`}
        width="100%"
        role="img"
        aria-labelledby={`${titleId} ${id}-uitleg`}
        className="block h-auto max-w-[26rem]"
        fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"
        data-testid="cijfers-svg"
      >
        <title id={titleId}>{t('chart.title', { title: group.title })}</title>
        <desc id={`${id}-uitleg`}>{t('chart.desc', { count: group.rows.length })}</desc>
        {shapes}
      </svg>
      <figcaption className="mt-1 text-base text-slate-700">
        {group.rows.some((r) => r.outcome.comparison) ? t('chart.captionComparison') : t('chart.caption')}
      </figcaption>
      <div className="mt-3">
        <table className="table-reflow" data-testid="cijfers-tabel">
          <caption className="sr-only">{t('chart.tableCaption', { title: group.title })}</caption>
          <thead>
            <tr className="border-b-2 border-slate-700">
              {byRoute && (
                <th scope="col" className="p-1">
                  {t('chart.route')}
                </th>
              )}
              <th scope="col" className="p-1">
                {t('chart.figure')}
              </th>
              <th scope="col" className="p-1">
                {t('chart.whatWho')}
              </th>
              <th scope="col" className="p-1">
                {t('chart.study')}
              </th>
            </tr>
          </thead>
          <tbody>
            {group.rows.map((row, i) => {
              const o = row.outcome;
              return (
                <tr key={i} className="border-b border-slate-300 align-top">
                  {byRoute && (
                    <th scope="row" className="p-1 font-semibold">
                      <a href={localePath(locale, `/aanbod/${row.routeId}`)}>{row.routeName}</a>
                    </th>
                  )}
                  <td className="p-1 font-bold">
                    {figurePercent(o)}
                    {o.comparison && (
                      <span className="block font-normal">{t('chart.comparison', { value: Math.round(o.comparison.value), label: o.comparison.label })}</span>
                    )}
                  </td>
                  <td className="p-1">
                    {o.text}. {o.population}
                    {o.timeframe ? `, ${o.timeframe}` : ''}.
                  </td>
                  <td className="p-1">
                    {o.study}, {year(o.year)}. {studyTypeLabel[o.studyType]}
                    {o.n ? t('chart.people', { n: String(o.n) }) : ''}. {t.rich('chart.source', {
                      sources: () =>
                        o.src.map((s, i) => (
                          <Fragment key={s}>
                            {i > 0 ? '; ' : ''}
                            <SourceLabel refId={s} meta={sources.meta} publicTitles={sources.publicTitles} locale={locale} />
                          </Fragment>
                        )),
                    })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
