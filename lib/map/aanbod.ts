import { BENEFITS, MAX_AGE, MIN_AGE, type Answers, type Benefit } from '@/lib/answers/schema';
import { KINDS, type Catalogue, type Kind, type Route } from '@/lib/catalogue/schema';
import { evaluateRoute, type Status } from '@/lib/engine/evaluate';
import { findMunicipality } from '@/lib/journey/forms';
import type { Gemeente } from '@/lib/regions/regions';
import { labelsFor } from '@/lib/engine/labels';
import type { Locale } from '@/lib/i18n/locale';
import { translator } from '@/lib/i18n/translator';

/*
 * The /aanbod list: every catalogue entry, narrowed by generic filters from the filter form
 * (region, benefit, age, kind; never health answers), kept in a short-lived cookie and never in
 * the URL (lib/map/filter-cookie.ts). Filtering uses the engine's own
 * criterion checks, so the list and the advice cannot disagree on who a route is for.
 * A bad value never throws: it becomes a message and that filter is left out. Messages,
 * reasons and region texts are in `locale` (content/messages/<locale>/aanbod.ts).
 */

export const FILTER_PARAMS = ['regio', 'uitkering', 'leeftijd', 'soort'] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

export type Filters = { gemeente?: Gemeente; benefit?: Benefit; age?: number; kind?: Kind };
export type FilterError = { param: FilterParam; text: string };
export type ParsedFilters = { filters: Filters; errors: FilterError[]; raw: Partial<Record<FilterParam, string>> };

type Query = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? '';

export function parseFilters(query: Query, catalogue: Catalogue, locale: Locale): ParsedFilters {
  const t = translator(locale, 'aanbod');
  const filters: Filters = {};
  const errors: FilterError[] = [];
  const raw: Partial<Record<FilterParam, string>> = {};
  for (const p of FILTER_PARAMS) {
    const v = first(query[p]).slice(0, 100);
    if (v) raw[p] = v;
  }
  if (raw.regio) {
    const found = findMunicipality(raw.regio, catalogue.regions);
    const g = found && catalogue.regions.gemeenten.get(found.code);
    if (g) filters.gemeente = g;
    else errors.push({ param: 'regio', text: t('errors.region') });
  }
  if (raw.uitkering) {
    if ((BENEFITS as readonly string[]).includes(raw.uitkering)) filters.benefit = raw.uitkering as Benefit;
    else errors.push({ param: 'uitkering', text: t('errors.benefit') });
  }
  if (raw.leeftijd) {
    const n = /^\d{1,3}$/.test(raw.leeftijd) ? Number(raw.leeftijd) : NaN;
    if (Number.isNaN(n)) errors.push({ param: 'leeftijd', text: t('errors.ageNumber') });
    else if (n < MIN_AGE || n > MAX_AGE) errors.push({ param: 'leeftijd', text: t('errors.ageRange', { min: MIN_AGE, max: MAX_AGE }) });
    else filters.age = n;
  }
  if (raw.soort) {
    if ((KINDS as readonly string[]).includes(raw.soort)) filters.kind = raw.soort as Kind;
    else errors.push({ param: 'soort', text: t('errors.kind') });
  }
  return { filters, errors, raw };
}

export type ListedRoute = {
  route: Route;
  /** "pass": fits every filter; "ask": something to check (reasons say what). */
  status: Exclude<Status, 'fail'>;
  checks: string[];
};

/** The routes that the filters leave, in the catalogue's order; each with what to check (in `locale`). */
export function listRoutes(catalogue: Catalogue, filters: Filters, locale: Locale): ListedRoute[] {
  const answers: Answers = { situation: {}, wish: {} };
  const paths: string[] = [];
  if (filters.gemeente) {
    answers.situation.municipality = filters.gemeente.code;
    paths.push('situation.municipality');
  }
  if (filters.benefit) {
    answers.situation.benefit = filters.benefit;
    paths.push('situation.benefit');
  }
  if (filters.age !== undefined) {
    answers.situation.age = filters.age;
    paths.push('situation.age');
  }
  const out: ListedRoute[] = [];
  for (const route of catalogue.routes) {
    if (filters.kind && route.kind !== filters.kind) continue;
    const results = evaluateRoute(route, answers, filters.gemeente, catalogue, locale).filter((r) => r.reason.answers.some((a) => paths.includes(a)));
    if (results.some((r) => r.status === 'fail')) continue;
    const asks = results.filter((r) => r.status === 'ask');
    out.push({ route, status: asks.length ? 'ask' : 'pass', checks: asks.map((r) => r.reason.text) });
  }
  return out;
}

/** Where a route is offered, in words in `locale`; "onbekend" when the sources are silent. */
export function regionText(route: Route, catalogue: Catalogue, locale: Locale): string {
  const t = translator(locale, 'aanbod');
  const r = route.regions;
  switch (r.scope) {
    case 'nationwide':
      return t('regions.nationwide');
    case 'online':
      return t('regions.online');
    case 'regional': {
      const names = r.arbeidsmarktregios.join(', ');
      const certain = (r.gemeenten ?? []).map((c) => catalogue.regions.gemeenten.get(c)?.name ?? c);
      return certain.length ? t('regions.regionalCertain', { names, gemeenten: certain.join(', ') }) : t('regions.regional', { names });
    }
    case 'unknown':
      return t('regions.unknown', { where: labelsFor(locale).askAt[r.askAt] });
  }
}
