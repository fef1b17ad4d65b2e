import type { Route } from '@/lib/catalogue/schema';
import { factText, figureValue, presentLabels } from '@/lib/present/present';
import { labelsFor } from '@/lib/engine/labels';
import type { Locale } from '@/lib/i18n/locale';
import { translator } from '@/lib/i18n/translator';

/*
 * The professional view of a route (klantmanager, behandelaar), next to the eligibility rules
 * of lib/map/rules.ts: legal basis and funding, duration and hours per benefit, outcome figures with their
 * source, and the sources. One model for the intake screen, its plain-text summary and the
 * driegesprek. Every value comes from the catalogue; gaps read "onbekend, vraag na bij …".
 * Labels come from the `professional` messages; the route's texts are those of the catalogue
 * in the same language (getCatalogue(locale)).
 */

export type Row = { label: string; value: string };

export function fundingRows(route: Route, locale: Locale): Row[] {
  const t = translator(locale, 'professional');
  return [
    { label: t('rows.legalBasis'), value: factText(route.legalBasis, locale) },
    { label: t('rows.funding'), value: factText(route.funder, locale) },
    { label: t('rows.provider'), value: factText(route.provider, locale) },
    { label: t('rows.access'), value: factText(route.access.how, locale) },
  ];
}

export function durationRows(route: Route, locale: Locale): Row[] {
  const t = translator(locale, 'professional');
  const { benefitShort } = labelsFor(locale);
  const d = route.duration;
  return [
    ...d.perBenefit.map((p) => ({
      label: t('rows.durationFor', { benefits: p.benefits.map((b) => benefitShort[b]).join(', ') }),
      value: p.maxMonths !== undefined ? t('rows.maxMonths', { months: p.maxMonths, text: p.text }) : p.text,
    })),
    { label: t('rows.durationGeneral'), value: factText(d.general, locale) },
    { label: t('rows.hours'), value: factText(d.hours, locale) },
  ];
}

/** `value` is the figure as written: "48.8", or a range "66.7–75" (see figureValue). */
export type FigureRow = { value: string; text: string; population: string; timeframe?: string; year: string; studyType: string; study: string; src: readonly string[] };

export function figureRows(route: Route, locale: Locale): FigureRow[] {
  const t = translator(locale, 'professional');
  const studyTypeLabel = presentLabels(locale).studyType;
  return route.outcomes.map((o) => ({
    value: figureValue(o, { exact: true }),
    text: o.text,
    population: o.population,
    ...(o.timeframe ? { timeframe: o.timeframe } : {}),
    year: o.year === 'unknown' ? t('yearUnknown') : String(o.year),
    studyType: studyTypeLabel[o.studyType],
    study: o.study,
    src: o.src,
  }));
}

export function availabilityText(route: Route, locale: Locale): string {
  return route.availability.status === 'available' ? translator(locale, 'professional')('available') : route.availability.text;
}
