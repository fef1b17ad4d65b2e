import { MEASURES, type Measure, type Outcome, type Route } from '@/lib/catalogue/schema';
import type { Locale } from '@/lib/i18n/locale';
import { translator } from '@/lib/i18n/translator';

/*
 * Outcome figures grouped by what they measure. Figures that count different things
 * ("found paid work" vs "completed the trajectory") never share an axis; "other" figures
 * each get their own group, since they need not measure the same thing either.
 */

/** What a group of figures measures, e.g. "Vonden betaald werk". */
export function measureLabel(measure: Measure, locale: Locale): string {
  return translator(locale, 'aanbod')(`measures.${measure}`);
}

export type FigureRow = { routeId: string; routeName: string; outcome: Outcome };
export type FigureGroup = { key: string; measure: Measure; title: string; rows: FigureRow[] };

/** Pass routes of the catalogue in the same language (getCatalogue(locale)). */
export function figureGroups(routes: readonly Route[], locale: Locale): FigureGroup[] {
  const t = translator(locale, 'aanbod');
  const groups = new Map<string, FigureGroup>();
  for (const route of routes) {
    for (const outcome of route.outcomes) {
      const key = outcome.measure === 'other' ? `other:${outcome.text}` : outcome.measure;
      const title = outcome.measure === 'other' ? t('otherMeasure', { label: measureLabel('other', locale), text: outcome.text }) : measureLabel(outcome.measure, locale);
      const g = groups.get(key) ?? { key, measure: outcome.measure, title, rows: [] };
      g.rows.push({ routeId: route.id, routeName: route.name, outcome });
      groups.set(key, g);
    }
  }
  const order: readonly string[] = MEASURES;
  return [...groups.values()].sort((a, b) => order.indexOf(a.measure) - order.indexOf(b.measure) || a.key.localeCompare(b.key));
}
