import type { Eligibility, Route, Test } from '@/lib/catalogue/schema';
import { askAtLabel, benefitShort, careLabel, careProviderLabel, conditionLabel, goalLabel, orList, severityLabel, workLabel } from '@/lib/engine/labels';

/*
 * A route's eligibility rules as a professional reads them: one row per criterion, with
 * the values that fit, the values to check, and the sources. Straight from the data.
 */

export type RuleRow = { criterion: string; rule: string; sources: string[]; note?: string };

const valueLabel: Record<string, Record<string, string>> = {
  condition: conditionLabel,
  severity: severityLabel,
  benefit: benefitShort,
  care: careLabel,
  careProvider: careProviderLabel,
  work: workLabel,
  goal: goalLabel,
};

export const criterionLabel: Record<string, string> = {
  condition: 'Klachten',
  severity: 'Hoe zwaar',
  age: 'Leeftijd',
  benefit: 'Uitkering',
  care: 'Hulp of behandeling',
  careProvider: 'GGZ-instelling',
  work: 'Werk of opleiding',
  goal: 'Doel',
  region: 'Regio',
  targetGroupRegister: 'Doelgroepregister',
  careOverOneYear: 'Langer dan een jaar in zorg',
  dayActivities: 'Dagbesteding',
  veteran: 'Veteraan',
};

const values = (field: string, vs: readonly (string | boolean)[]) =>
  orList(vs.map((v) => (typeof v === 'boolean' ? (v ? 'ja' : 'nee') : (valueLabel[field]?.[v] ?? v))));

const testText = (t: Test) =>
  `${criterionLabel[t.field] ?? t.field}: ${values(t.field, t.in)}${t.ask?.length ? ` (navragen: ${values(t.field, t.ask)})` : ''}`;

type Crit = Eligibility['benefit'];

function enumRule(field: string, c: Crit | undefined): Omit<RuleRow, 'criterion'> | undefined {
  if (!c) return undefined;
  if ('open' in c) return { rule: 'Open voor iedereen.', sources: c.src, ...(c.note ? { note: c.note } : {}) };
  if ('unknown' in c) return { rule: `Onbekend. Vraag het na bij ${askAtLabel[c.askAt]}.`, sources: [] };
  const fit = c.in.length ? `Past bij: ${values(field, c.in)}.` : '';
  const ask = c.ask?.length ? ` Navragen bij: ${values(field, c.ask)}.` : '';
  return { rule: `${fit}${ask} Anders past het niet.`.trim(), sources: c.src, ...(c.note ? { note: c.note } : {}) };
}

export function ruleRows(route: Route): RuleRow[] {
  const e = route.eligibility;
  const rows: RuleRow[] = [];
  for (const field of ['condition', 'severity', 'benefit', 'care', 'careProvider', 'work', 'goal'] as const) {
    const r = enumRule(field, e[field] as Crit | undefined);
    if (r) rows.push({ criterion: criterionLabel[field]!, ...r });
  }
  const a = e.age;
  if ('open' in a) rows.push({ criterion: 'Leeftijd', rule: 'Open voor iedereen.', sources: a.src });
  else if ('unknown' in a) rows.push({ criterion: 'Leeftijd', rule: `Onbekend. Vraag het na bij ${askAtLabel[a.askAt]}.`, sources: [] });
  else {
    const range = a.min !== undefined && a.max !== undefined ? `${a.min} tot en met ${a.max} jaar` : a.min !== undefined ? `${a.min} jaar en ouder` : `tot en met ${a.max} jaar`;
    rows.push({ criterion: 'Leeftijd', rule: `${range}.${a.askAges?.length ? ` Navragen bij: ${a.askAges.join(', ')} jaar.` : ''}`, sources: a.src });
  }
  for (const o of e.other) {
    rows.push({
      criterion: o.label,
      rule: `${o.anyOf.map((clause) => clause.map(testText).join(' en ')).join('; of ')}.`,
      sources: o.src,
      ...(o.note ? { note: o.note } : {}),
    });
  }
  return rows;
}
