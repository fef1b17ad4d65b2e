import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '@/lib/catalogue/load';
import { listRoutes, parseFilters, regionText } from '@/lib/map/aanbod';
import { figureGroups } from '@/lib/map/figures';
import { ruleRows } from '@/lib/map/rules';

const catalogue = loadCatalogue();
const ids = (q: Record<string, string>) => listRoutes(catalogue, parseFilters(q, catalogue, 'nl').filters, 'nl').map((l) => l.route.id);

describe('the /aanbod filters', () => {
  it('without filters lists every route', () => {
    expect(ids({})).toEqual(catalogue.routes.map((r) => r.id));
  });

  it('by postcode or gemeente name: regional routes of that region only', () => {
    const utrecht = ids({ regio: '3511' });
    expect(utrecht).toEqual(ids({ regio: 'Utrecht' }));
    expect(utrecht).toContain('sterk-met-werk');
    expect(utrecht).not.toContain('werkwijzer');
    expect(ids({ regio: 'Almere' })).not.toContain('sterk-met-werk');
  });

  it('by benefit, age and kind, using the same rules as the advice', () => {
    expect(ids({ uitkering: 'ww' })).not.toContain('sterk-met-werk');
    expect(ids({ uitkering: 'bijstand' })).toContain('sterk-met-werk');
    expect(ids({ leeftijd: '20' })).not.toContain('sterk-met-werk');
    const listed = listRoutes(catalogue, parseFilters({ leeftijd: '27' }, catalogue, 'nl').filters, 'nl').find((l) => l.route.id === 'sterk-met-werk')!;
    expect(listed.status).toBe('ask');
    expect(listed.checks.join(' ')).toMatch(/27/);
    for (const id of ids({ soort: 'jobcoaching' })) expect(catalogue.routes.find((r) => r.id === id)!.kind).toBe('jobcoaching');
  });

  it('turns bad values into messages and ignores them, never throws', () => {
    const bad = parseFilters({ regio: 'Atlantis', uitkering: 'lottery', leeftijd: 'abc', soort: '<script>' }, catalogue, 'nl');
    expect(bad.errors.map((e) => e.param)).toEqual(['regio', 'uitkering', 'leeftijd', 'soort']);
    expect(bad.filters).toEqual({});
    expect(parseFilters({ leeftijd: '99' }, catalogue, 'nl').errors[0]!.text).toMatch(/15 tot en met 70/);
    expect(parseFilters({ leeftijd: ['30', '40'] }, catalogue, 'nl').filters.age).toBe(30);
    expect(parseFilters({ regio: 'x'.repeat(10_000) }, catalogue, 'nl').raw.regio).toHaveLength(100);
  });
});

describe('route facts for professionals', () => {
  it('gives a rule row for every stated criterion, with its sources', () => {
    for (const r of catalogue.routes) {
      const rows = ruleRows(r, 'nl');
      expect(rows.length).toBeGreaterThanOrEqual(8 + r.eligibility.other.length - (r.eligibility.careProvider ? 0 : 1));
      for (const row of rows) if (!row.rule.startsWith('Onbekend')) expect(row.sources.length, `${r.id} ${row.criterion}`).toBeGreaterThan(0);
    }
  });

  it('groups figures by what they measure, every figure once', () => {
    const groups = figureGroups(catalogue.routes, 'nl');
    expect(groups.flatMap((g) => g.rows)).toHaveLength(catalogue.routes.reduce((n, r) => n + r.outcomes.length, 0));
    for (const g of groups) for (const row of g.rows) expect(row.outcome.measure).toBe(g.measure);
    expect(new Set(groups.map((g) => g.key)).size).toBe(groups.length);
  });
});

describe('in English', () => {
  const en = loadCatalogue({ locale: 'en' });

  it('gives filter messages and region texts in English, and lists the same routes', () => {
    const bad = parseFilters({ regio: 'Atlantis', leeftijd: '99' }, en, 'en');
    expect(bad.errors.map((e) => e.text)).toEqual([
      'We don’t know this municipality or postcode. Type the name of your municipality (gemeente) or your postcode (4 digits).',
      'Fill in an age from 15 to 70 years.',
    ]);
    const q = { regio: '3511', uitkering: 'bijstand', leeftijd: '27' };
    expect(listRoutes(en, parseFilters(q, en, 'en').filters, 'en').map((l) => l.route.id)).toEqual(ids(q));
    const smw = en.routes.find((r) => r.id === 'sterk-met-werk')!;
    expect(regionText(smw, en, 'en')).toMatch(/^Only in the region Midden-Utrecht/);
    expect(regionText(catalogue.routes.find((r) => r.id === 'sterk-met-werk')!, catalogue, 'nl')).toMatch(/^Alleen in de regio Midden-Utrecht/);
  });

  it('writes the rules in English, row for row', () => {
    for (const r of en.routes) {
      const nl = ruleRows(catalogue.routes.find((x) => x.id === r.id)!, 'nl');
      const rows = ruleRows(r, 'en');
      expect(rows.map((x) => x.sources)).toEqual(nl.map((x) => x.sources));
      for (const row of rows) expect(row.rule, `${r.id} ${row.criterion}`).not.toMatch(/\b(Past bij|Navragen|Anders past|Onbekend|jaar)\b/);
    }
    const age = ruleRows(en.routes.find((r) => r.id === 'sterk-met-werk')!, 'en').find((x) => x.criterion === 'Age')!;
    expect(age.rule).toContain('27 years and older');
  });

  it('names the figure groups in English', () => {
    const titles = figureGroups(en.routes, 'en').map((g) => g.title);
    expect(titles).toContain('Found paid work');
    // The same figures in the same groups: measures match, rows per measure match.
    const shape = (gs: ReturnType<typeof figureGroups>) => gs.map((g) => [g.measure, g.rows.map((r) => [r.routeId, r.outcome.value])]);
    expect(shape(figureGroups(en.routes, 'en'))).toEqual(shape(figureGroups(catalogue.routes, 'nl')));
  });
});
