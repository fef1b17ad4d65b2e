import { isUnknown, type Route } from '@/lib/catalogue/schema';
import { factText, studyTypeLabel } from '@/lib/catalogue/present';
import { askAtLabel, benefitShort, careLabel, careProviderLabel, conditionLabel, goalLabel, severityLabel, workLabel } from '@/lib/engine/labels';

/*
 * The professional view of a route (klantmanager, behandelaar): the eligibility rules as
 * data, legal basis and funding, duration and hours per benefit, outcome figures with their
 * source, and the sources. One model for the intake screen, its plain-text summary and the
 * driegesprek. Every value comes from the catalogue; gaps read "onbekend, vraag na bij …".
 */

export type Row = { label: string; value: string };

type EnumCrit = { open: true } | { unknown: true; askAt: keyof typeof askAtLabel } | { in: readonly string[]; ask?: readonly string[] };

function enumRule(c: EnumCrit | undefined, label: (v: string) => string): string {
  if (c === undefined || 'open' in c) return 'geen eis';
  if ('unknown' in c) return `onbekend, vraag na bij ${askAtLabel[c.askAt]}`;
  const parts = [c.in.length ? c.in.map(label).join(', ') : ''];
  if (c.ask?.length) parts.push(`navragen bij: ${c.ask.map(label).join(', ')}`);
  return parts.filter(Boolean).join('; ');
}

export function eligibilityRows(route: Route): Row[] {
  const e = route.eligibility;
  const age = (() => {
    const a = e.age;
    if ('open' in a) return 'geen eis';
    if ('unknown' in a) return `onbekend, vraag na bij ${askAtLabel[a.askAt]}`;
    const range = a.min !== undefined && a.max !== undefined ? `${a.min}–${a.max} jaar` : a.min !== undefined ? `${a.min} jaar of ouder` : `tot en met ${a.max} jaar`;
    return a.askAges?.length ? `${range} (navragen bij ${a.askAges.join(', ')} jaar: bronnen verschillen)` : range;
  })();
  const r = route.regions;
  const region =
    r.scope === 'nationwide'
      ? 'landelijk'
      : r.scope === 'online'
        ? 'online, landelijk'
        : r.scope === 'unknown'
          ? `onbekend, vraag na bij ${askAtLabel[r.askAt]}`
          : `arbeidsmarktregio ${r.arbeidsmarktregios.join(', ')}${r.gemeenten?.length ? ` (zeker in gemeentecode ${r.gemeenten.join(', ')})` : ''}`;
  return [
    { label: 'Doelgroep', value: enumRule(e.condition as EnumCrit, (v) => conditionLabel[v as keyof typeof conditionLabel] ?? v) },
    { label: 'Ernst', value: enumRule(e.severity as EnumCrit, (v) => severityLabel[v as keyof typeof severityLabel] ?? v) },
    { label: 'Leeftijd', value: age },
    { label: 'Uitkering', value: enumRule(e.benefit as EnumCrit, (v) => benefitShort[v as keyof typeof benefitShort] ?? v) },
    { label: 'Zorg', value: enumRule(e.care as EnumCrit, (v) => careLabel[v as keyof typeof careLabel] ?? v) },
    { label: 'Zorgaanbieder', value: enumRule(e.careProvider as EnumCrit | undefined, (v) => careProviderLabel[v as keyof typeof careProviderLabel] ?? v) },
    { label: 'Werksituatie', value: enumRule(e.work as EnumCrit, (v) => workLabel[v as keyof typeof workLabel] ?? v) },
    { label: 'Doel', value: enumRule(e.goal as EnumCrit, (v) => goalLabel[v as keyof typeof goalLabel] ?? v) },
    ...e.other.map((o) => ({ label: o.label, value: o.note ?? 'zie bron' })),
    { label: 'Regio', value: region },
  ];
}

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
