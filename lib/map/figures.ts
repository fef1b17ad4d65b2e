import type { Measure, Outcome, Route } from '@/lib/catalogue/schema';

/*
 * Outcome figures grouped by what they measure. Figures that count different things
 * ("found paid work" vs "completed the trajectory") never share an axis; "other" figures
 * each get their own group, since they need not measure the same thing either.
 */

export const measureLabel: Record<Measure, string> = {
  'paid-work': 'Vonden betaald werk',
  'completed-successfully': 'Rondden het traject goed af',
  'still-working': 'Werkten later nog steeds',
  'return-to-work': 'Gingen weer aan het werk',
  'work-or-education': 'Vonden werk of begonnen een opleiding',
  other: 'Een ander cijfer',
};

export type FigureRow = { routeId: string; routeName: string; outcome: Outcome };
export type FigureGroup = { key: string; measure: Measure; title: string; rows: FigureRow[] };

export function figureGroups(routes: readonly Route[]): FigureGroup[] {
  const groups = new Map<string, FigureGroup>();
  for (const route of routes) {
    for (const outcome of route.outcomes) {
      const key = outcome.measure === 'other' ? `other:${outcome.text}` : outcome.measure;
      const title = outcome.measure === 'other' ? `${measureLabel.other}: ${outcome.text}` : measureLabel[outcome.measure];
      const g = groups.get(key) ?? { key, measure: outcome.measure, title, rows: [] };
      g.rows.push({ routeId: route.id, routeName: route.name, outcome });
      groups.set(key, g);
    }
  }
  const order = Object.keys(measureLabel);
  return [...groups.values()].sort((a, b) => order.indexOf(a.measure) - order.indexOf(b.measure) || a.key.localeCompare(b.key));
}
