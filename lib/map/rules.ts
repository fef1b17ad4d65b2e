import type { Eligibility, Route, Test } from '@/lib/catalogue/schema';
import { labelsFor, orList } from '@/lib/engine/labels';
import type { Messages } from '@/content/messages';
import type { Locale } from '@/lib/i18n/locale';
import { translator } from '@/lib/i18n/translator';

/*
 * A route's eligibility rules as a professional reads them: one row per criterion, with
 * the values that fit, the values to check, and the sources. Straight from the data. The
 * words are in `locale` (content/messages/<locale>/aanbod.ts `rules`, and the engine's value
 * labels); pass the route from the catalogue of the same language for its own labels and notes.
 */

export type RuleRow = { criterion: string; rule: string; sources: string[]; note?: string };

const LABELLED = ['condition', 'severity', 'benefit', 'care', 'careProvider', 'work', 'goal'] as const;

type Criterion = keyof Messages['aanbod']['rules']['criteria'];

/** The name of a criterion ("Klachten"). Every criterion has one: tsc checks the messages. */
export function criterionLabel(field: Criterion, locale: Locale): string {
  return translator(locale, 'aanbod')(`rules.criteria.${field}`);
}

function valueText(field: string, v: string | boolean, locale: Locale): string {
  const t = translator(locale, 'aanbod');
  if (typeof v === 'boolean') return v ? t('rules.yes') : t('rules.no');
  const labels = labelsFor(locale);
  const byField: Record<(typeof LABELLED)[number], Record<string, string>> = {
    condition: labels.condition,
    severity: labels.severity,
    benefit: labels.benefitShort,
    care: labels.care,
    careProvider: labels.careProvider,
    work: labels.work,
    goal: labels.goal,
  };
  return (LABELLED as readonly string[]).includes(field) ? (byField[field as (typeof LABELLED)[number]][v] ?? v) : v;
}

const values = (field: string, vs: readonly (string | boolean)[], locale: Locale) => orList(vs.map((v) => valueText(field, v, locale)), locale);

function testText(test: Test, locale: Locale): string {
  const t = translator(locale, 'aanbod');
  const criterion = criterionLabel(test.field, locale);
  const v = values(test.field, test.in, locale);
  return test.ask?.length ? t('rules.testAsk', { criterion, values: v, ask: values(test.field, test.ask, locale) }) : t('rules.test', { criterion, values: v });
}

type Crit = Eligibility['benefit'];

function enumRule(field: string, c: Crit | undefined, locale: Locale): Omit<RuleRow, 'criterion'> | undefined {
  if (!c) return undefined;
  const t = translator(locale, 'aanbod');
  if ('open' in c) return { rule: t('rules.open'), sources: c.src, ...(c.note ? { note: c.note } : {}) };
  if ('unknown' in c) return { rule: t('rules.unknown', { where: labelsFor(locale).askAt[c.askAt] }), sources: [] };
  const parts = [
    ...(c.in.length ? [t('rules.fits', { values: values(field, c.in, locale) })] : []),
    ...(c.ask?.length ? [t('rules.ask', { values: values(field, c.ask, locale) })] : []),
    t('rules.otherwise'),
  ];
  return { rule: parts.join(' '), sources: c.src, ...(c.note ? { note: c.note } : {}) };
}

/** The rule rows of a route, in `locale` (Dutch when left out). */
export function ruleRows(route: Route, locale: Locale): RuleRow[] {
  const t = translator(locale, 'aanbod');
  const e = route.eligibility;
  const rows: RuleRow[] = [];
  for (const field of LABELLED) {
    const r = enumRule(field, e[field] as Crit | undefined, locale);
    if (r) rows.push({ criterion: criterionLabel(field, locale), ...r });
  }
  const a = e.age;
  const age = criterionLabel('age', locale);
  if ('open' in a) rows.push({ criterion: age, rule: t('rules.open'), sources: a.src });
  else if ('unknown' in a) rows.push({ criterion: age, rule: t('rules.unknown', { where: labelsFor(locale).askAt[a.askAt] }), sources: [] });
  else {
    // Ages as plain strings: no digit grouping.
    const min = String(a.min);
    const max = String(a.max);
    const range =
      a.min !== undefined && a.max !== undefined ? t('rules.ageRange', { min, max }) : a.min !== undefined ? t('rules.ageFrom', { min }) : t('rules.ageTo', { max });
    const ask = a.askAges?.length ? ` ${t('rules.ageAsk', { ages: a.askAges.join(', ') })}` : '';
    rows.push({ criterion: age, rule: `${range}.${ask}`, sources: a.src });
  }
  for (const o of e.other) {
    rows.push({
      criterion: o.label,
      rule: `${o.anyOf.map((clause) => clause.map((test) => testText(test, locale)).join(t('rules.and'))).join(t('rules.or'))}.`,
      sources: o.src,
      ...(o.note ? { note: o.note } : {}),
    });
  }
  return rows;
}
