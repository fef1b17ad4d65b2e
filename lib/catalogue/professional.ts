import type { Route } from '@/lib/catalogue/schema';
import { factText, studyTypeLabel } from '@/lib/catalogue/present';
import { benefitShort } from '@/lib/engine/labels';

/*
 * The professional view of a route (klantmanager, behandelaar), next to the eligibility rules
 * of lib/map/rules.ts: legal basis and funding, duration and hours per benefit, outcome figures with their
 * source, and the sources. One model for the intake screen, its plain-text summary and the
 * driegesprek. Every value comes from the catalogue; gaps read "onbekend, vraag na bij …".
 */

export type Row = { label: string; value: string };

export function fundingRows(route: Route): Row[] {
  return [
    { label: 'Wettelijke basis', value: factText(route.legalBasis) },
    { label: 'Financiering', value: factText(route.funder) },
    { label: 'Aanbieder', value: factText(route.provider) },
    { label: 'Toegang', value: factText(route.access.how) },
  ];
}

export function durationRows(route: Route): Row[] {
  const d = route.duration;
  return [
    ...d.perBenefit.map((p) => ({
      label: `Duur bij ${p.benefits.map((b) => benefitShort[b]).join(', ')}`,
      value: p.maxMonths !== undefined ? `max. ${p.maxMonths} maanden. ${p.text}` : p.text,
    })),
    { label: 'Duur algemeen', value: factText(d.general) },
    { label: 'Uren', value: factText(d.hours) },
  ];
}

export type FigureRow = { value: number; text: string; population: string; timeframe?: string; year: string; studyType: string; study: string; src: readonly string[] };

export function figureRows(route: Route): FigureRow[] {
  return route.outcomes.map((o) => ({
    value: o.value,
    text: o.text,
    population: o.population,
    ...(o.timeframe ? { timeframe: o.timeframe } : {}),
    year: o.year === 'unknown' ? 'onbekend' : String(o.year),
    studyType: studyTypeLabel[o.studyType],
    study: o.study,
    src: o.src,
  }));
}

export const availabilityText = (route: Route) => (route.availability.status === 'available' ? 'beschikbaar' : route.availability.text);
