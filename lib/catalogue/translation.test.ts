import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { completeTranslations, contentCopy, editYaml } from '@/tests/support/content-fixture';
import { ContentError, getCatalogue, loadCatalogue, type LoadOptions } from '@/lib/catalogue/load';
import {
  describeProblem,
  localiseEntry,
  META_TEXTS,
  numbersIn,
  translatableStrings,
  translationProblems,
} from '@/lib/catalogue/translatable';
import { getChangelog, loadChangelog } from '@/lib/map/changelog';

/*
 * The catalogue in two languages. Fixtures are temporary copies of content/ whose route files
 * are made fully translated first (completeTranslations), so these tests do not depend on
 * how far the translation of the real files has come.
 */

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** A fully translated copy of content/, changed by `change`. */
function fixture(change: (dir: string) => void = () => {}): { dir: string; english: Map<string, Record<string, string>> } {
  const { dir, cleanup } = contentCopy();
  cleanups.push(cleanup);
  const english = completeTranslations(dir);
  change(dir);
  return { dir, english };
}

function failure(dir: string, options: LoadOptions = { verifySources: true }): ContentError {
  try {
    loadCatalogue({ contentDir: dir, ...options });
  } catch (e) {
    if (e instanceof ContentError) return e;
    throw e;
  }
  throw new Error('expected the content check to fail');
}

describe('the English catalogue', () => {
  let dir: string;
  let english: Map<string, Record<string, string>>;
  let cleanup: () => void;
  beforeAll(() => {
    ({ dir, cleanup } = contentCopy());
    english = completeTranslations(dir);
  });
  afterAll(() => cleanup());

  it('passes the full check, translations included', () => {
    expect(() => loadCatalogue({ contentDir: dir, verifySources: true })).not.toThrow();
  });

  it('has every route, each with its English name, summary and texts', () => {
    const nl = loadCatalogue({ contentDir: dir });
    const en = loadCatalogue({ contentDir: dir, locale: 'en' });
    expect(en.routes.map((r) => r.id)).toEqual(nl.routes.map((r) => r.id));
    for (const route of en.routes) {
      const map = english.get(route.id)!;
      expect(route.name).toBe(map.name);
      expect(route.summary.text).toBe(map['summary.text']);
      expect(route.access.say).toBe(map['access.say']);
      // Every translatable text is the English one; nothing Dutch is left behind.
      expect(Object.fromEntries(translatableStrings(route))).toEqual(map);
    }
  });

  it('changes texts only: ids, sources, quotes and numbers stay as in Dutch', () => {
    const nl = loadCatalogue({ contentDir: dir });
    const en = loadCatalogue({ contentDir: dir, locale: 'en' });
    const facts = (r: unknown) => JSON.stringify(r, (k, v) => (typeof v === 'string' && translatableKey(k) ? '*' : v));
    expect(en.routes.map(facts)).toEqual(nl.routes.map(facts));
  });

  it('drops the en: maps from the entries in both languages', () => {
    for (const locale of ['nl', 'en'] as const) {
      const c = loadCatalogue({ contentDir: dir, locale });
      for (const entry of [...c.routes, ...c.help, ...c.publicSources, c.meta]) expect('en' in entry).toBe(false);
    }
  });
});

const translatableKey = (k: string) => translatableStrings({ [k]: 'x' }).size === 1;

describe('a translation problem stops the content check, naming file, route and path', () => {
  it('a Dutch text without English', () => {
    const { dir } = fixture((d) => editYaml(d, 'routes/ips.yaml', (r) => delete r.en['offers.0.text']));
    const e = failure(dir);
    expect(e.file).toMatch(/routes\/ips\.yaml$/);
    expect([e.entry, e.field]).toEqual(['ips', 'en["offers.0.text"]']);
    expect(e.problem).toMatch(/no English text for "offers.0.text"/);
    expect(e.message).toContain('ips');
  });

  it('an empty English text', () => {
    const { dir } = fixture((d) => editYaml(d, 'routes/ips.yaml', (r) => (r.en.name = '  ')));
    const e = failure(dir);
    expect([e.entry, e.field]).toEqual(['ips', 'en["name"]']);
    expect(e.problem).toMatch(/is empty/);
  });

  it('a stale path that matches no Dutch text', () => {
    const { dir } = fixture((d) => editYaml(d, 'routes/ips.yaml', (r) => (r.en['offers.99.text'] = 'An offer that is gone.')));
    const e = failure(dir);
    expect([e.entry, e.field]).toEqual(['ips', 'en["offers.99.text"]']);
    expect(e.problem).toMatch(/matches no Dutch text/);
  });

  it('an English text with other numbers than the Dutch', () => {
    let path = '';
    const { dir } = fixture((d) =>
      editYaml(d, 'routes/ips.yaml', (r) => {
        const [p, nl] = [...translatableStrings(r)].find(([, text]) => /\d/.test(text))!;
        path = p;
        r.en[p] = `${nl.replace(/\d+/, (n) => String(Number(n) + 1))}`;
      }),
    );
    const e = failure(dir);
    expect([e.entry, e.field]).toEqual(['ips', `en["${path}"]`]);
    expect(e.problem).toMatch(/other numbers than the Dutch/);
  });

  it('counts the other problems and says how to list them', () => {
    const { dir } = fixture((d) => editYaml(d, 'routes/ips.yaml', (r) => delete r.en));
    expect(failure(dir).problem).toMatch(/and \d+ more: npx tsx scripts\/missing-en\.ts .*ips\.yaml/);
  });

  it('a help line, a public source or the meta without English', () => {
    const help = failure(fixture((d) => editYaml(d, 'help.yaml', (h) => delete h.lines[0].en.when)).dir);
    expect(help.file).toMatch(/help\.yaml$/);
    expect([help.entry, help.field]).toEqual(['113', 'lines[0].en["when"]']);
    const pub = failure(fixture((d) => editYaml(d, 'public-sources.yaml', (s) => delete s[1].en.title)).dir);
    expect([pub.entry, pub.field]).toEqual(['112', '[1].en["title"]']);
    const meta = failure(fixture((d) => editYaml(d, 'catalogue.yaml', (m) => delete m.en['changes.0.text'])).dir);
    expect(meta.file).toMatch(/catalogue\.yaml$/);
    expect(meta.field).toBe('en["changes.0.text"]');
  });

  it('is not checked when sources are not verified: the English falls back to Dutch', () => {
    const { dir } = fixture((d) =>
      editYaml(d, 'routes/ips.yaml', (r) => {
        delete r.en.name;
        r.en['offers.99.text'] = 'stale';
      }),
    );
    const en = loadCatalogue({ contentDir: dir, locale: 'en' });
    const nl = loadCatalogue({ contentDir: dir });
    const ips = (c: typeof en) => c.routes.find((r) => r.id === 'ips')!;
    expect(ips(en).name).toBe(ips(nl).name);
    expect(ips(en).summary.text).not.toBe(ips(nl).summary.text);
    expect(ips(en).offers).toHaveLength(ips(nl).offers.length);
    expect(failure(dir).field).toBe('en["name"]');
    expect(() => loadCatalogue({ contentDir: dir, verifySources: true, checkTranslations: false })).not.toThrow();
  });
});

describe('the number guard', () => {
  const problems = (nl: string, en: string) => translationProblems({ text: nl, en: { text: en } });

  it('takes runs of digits, in any order', () => {
    expect(numbersIn('Na 18 maanden, 2 keer per week, 1,5 jaar')).toEqual(['1', '18', '2', '5']);
    expect(problems('Na 18 maanden, 2 keer per week.', 'Twice a week (2 times), after 18 months.')).toEqual([]);
    expect(problems('1,5 jaar; 12.000 mensen', '1.5 years; 12,000 people')).toEqual([]);
  });

  it('fails on a changed, dropped or added number', () => {
    expect(problems('Na 18 maanden.', 'After 12 months.')[0]).toMatchObject({ path: 'text', problem: 'numbers differ' });
    expect(problems('Na 2 jaar.', 'After two years.')[0]?.problem).toBe('numbers differ');
    expect(problems('Een paar weken.', 'About 6 weeks.')[0]?.problem).toBe('numbers differ');
    const [p] = problems('Na 18 maanden.', 'After 12 months.');
    expect(describeProblem(p!)).toMatch(/Dutch: 18; English: 12/);
  });
});

describe('texts outside the routes', () => {
  it('help lines, public sources, the meta and the change log are in English, with names and numbers kept', () => {
    const nl = getCatalogue('nl');
    const en = getCatalogue('en');
    expect(getCatalogue('en')).toBe(en);
    expect(en.regions).toBe(nl.regions);
    expect(en.help.map((h) => h.id)).toEqual(nl.help.map((h) => h.id));
    const huisarts = en.help.find((h) => h.id === 'huisarts')!;
    expect(huisarts.name).toBe('Your GP (huisarts)');
    expect(huisarts.when).toMatch(/^Are you not doing well right now\?/);
    const line113 = en.help.find((h) => h.id === '113')!;
    expect(line113.phone).toBe(nl.help.find((h) => h.id === '113')!.phone);
    expect(line113.hours).toMatch(/Day and night/);
    expect(nl.help.find((h) => h.id === 'huisarts')!.name).toBe('Je huisarts');
    expect(en.publicSources.find((s) => s.id === '112')!.title).toBe('112, the emergency number');
    // Seed titles name Dutch documents and stay as published; publishers are translated.
    expect(en.meta.seeds['001'].title).toBe(nl.meta.seeds['001'].title);
    expect(en.meta.seeds['004'].publisher).toMatch(/^unknown/);
    expect(en.meta.changes.at(-1)!.text).toMatch(/^First version/);
    expect(en.meta.changes[0]!.text).toMatch(/^New in the catalogue: EXIT/);
    expect(en.meta.changes[1]!.text).toMatch(/^Rules and facts checked again/);
    expect(getChangelog('en').map((e) => e.date)).toEqual(getChangelog('nl').map((e) => e.date));
    expect(getChangelog('en').at(-1)!.title).toBe('First version');
    expect(getChangelog('nl').at(-1)!.title).toBe('Eerste versie');
  });

  it('all pass the translation check as shipped', () => {
    expect(() => loadChangelog(undefined, 'nl', { checkTranslations: true })).not.toThrow();
    const { dir } = fixture();
    expect(() => loadCatalogue({ contentDir: dir, checkTranslations: true })).not.toThrow();
  });

  it('a change-log entry without English fails the check, naming the entry', () => {
    const { dir } = fixture((d) => editYaml(d, 'changelog.yaml', (log) => delete log[0].en['links.1.label']));
    expect(() => loadChangelog(dir, 'en', { checkTranslations: true })).toThrow(/changelog\.yaml \[\d{4}-\d\d-\d\d\] \[0\]\.en\["links\.1\.label"\]/);
    expect(loadChangelog(dir, 'en')[0]!.links[1]!.label).toBe(loadChangelog(dir, 'nl')[0]!.links[1]!.label);
  });

  it('localiseEntry keeps the meta seed titles and drops en', () => {
    const meta = { seeds: { '000': { title: 'Titel', publisher: 'onbekend' } }, en: { 'seeds.000.publisher': 'unknown' } };
    expect(translatableStrings(meta, META_TEXTS).has('seeds.000.title')).toBe(false);
    expect(localiseEntry(meta, 'en', META_TEXTS)).toEqual({ seeds: { '000': { title: 'Titel', publisher: 'unknown' } } });
    expect(localiseEntry(meta, 'nl', META_TEXTS)).toEqual({ seeds: { '000': { title: 'Titel', publisher: 'onbekend' } } });
  });
});
