import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { ContentError, loadCatalogue } from '@/lib/catalogue/load';
import { namesOneOf, numberStandsIn, quotedNumbers, regionNames } from '@/lib/catalogue/sources';

const real = path.join(process.cwd(), 'content');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of content/ with the IPS entry changed by `mutate`, written as `file`. */
function withIps(mutate: (ips: Record<string, any>) => void, file = 'ips.yaml'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'content-test-'));
  dirs.push(dir);
  cpSync(real, dir, { recursive: true });
  const ips = parse(readFileSync(path.join(real, 'routes/ips.yaml'), 'utf8'));
  mutate(ips);
  writeFileSync(path.join(dir, 'routes', file), stringify(ips));
  return dir;
}

/** A copy of content/ with route `id` changed by `mutate`. */
function withRoute(id: string, mutate: (route: Record<string, any>) => void): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'content-test-'));
  dirs.push(dir);
  cpSync(real, dir, { recursive: true });
  const route = parse(readFileSync(path.join(real, 'routes', `${id}.yaml`), 'utf8'));
  mutate(route);
  writeFileSync(path.join(dir, 'routes', `${id}.yaml`), stringify(route));
  return dir;
}

/** The Dutch checks only: translations have their own tests (translation.test.ts). */
function failure(dir: string): ContentError {
  try {
    loadCatalogue({ contentDir: dir, verifySources: true, checkTranslations: false });
  } catch (e) {
    if (e instanceof ContentError) return e;
    throw e;
  }
  throw new Error('expected the content check to fail');
}

describe('the shipped content', () => {
  it('passes every check, sources, quotes and English translations included', () => {
    const c = loadCatalogue({ verifySources: true });
    expect(c.routes.length).toBeGreaterThanOrEqual(12);
    expect(new Set(c.routes.map((r) => r.id)).size).toBe(c.routes.length);
  });

  it('has every route in English, with the name and summary from its en: map', () => {
    const en = loadCatalogue({ locale: 'en', checkTranslations: true });
    for (const route of en.routes) {
      const file = parse(readFileSync(path.join(real, 'routes', `${route.id}.yaml`), 'utf8'));
      expect(route.name).toBe(file.en.name);
      expect(route.summary.text).toBe(file.en['summary.text']);
    }
    expect(en.help.find((h) => h.id === 'huisarts')!.name).toBe('Your GP (huisarts)');
  });

  it('calls only offers where treatment and work go together "integrated care and work" (004:2231-2237)', () => {
    const kinds = new Map(loadCatalogue().routes.map((r) => [r.id, r.kind]));
    for (const id of ['ips', 'werk-als-beste-zorg', 'wgb']) expect(kinds.get(id), id).toBe('integrated-care-work');
    // IRB: talks about wishes and steps (001:281-283); Sterk met Werk (of Scholing): a jobcoach
    // with GGZ expertise from the gemeente's re-integratiebedrijf (004:1438-1461, 004:1713-1717);
    // Werkwijze(r): work in intake and treatment, the driegesprek (003:235).
    expect(kinds.get('irb')).toBe('stepwise');
    expect(kinds.get('sterk-met-werk')).toBe('municipal-service');
    expect(kinds.get('sterk-met-werk-of-scholing')).toBe('municipal-service');
    expect(kinds.get('werkwijzer')).toBe('support-tool');
  });

  it('has an entry for each of the twelve named routes', () => {
    const ids = loadCatalogue().routes.map((r) => r.id);
    for (const id of [
      'ips', 'werkfit-maken', 'naar-werk', 'gemeentelijke-re-integratie', 'werk-als-beste-zorg', 'sterk-met-werk',
      'sterk-met-werk-of-scholing', 'jobcoaching', 'clubhuis-de-waterheuvel', 'actief-herstel', 'de-harde-leerschool',
      'participatieve-aanpak',
    ]) expect(ids).toContain(id);
  });
});

describe('content:check fails closed, naming file, entry and field', () => {
  it('rejects an unknown arbeidsmarktregio', () => {
    const e = failure(withIps((r) => (r.regions = { scope: 'regional', arbeidsmarktregios: ['Atlantis'], src: ['004:1462'] })));
    expect(e.file).toMatch(/routes\/ips.yaml$/);
    expect([e.entry, e.field]).toEqual(['ips', 'regions.arbeidsmarktregios[0]']);
    expect(e.problem).toContain('Atlantis');
  });

  it('rejects a duplicate id', () => {
    const e = failure(withIps(() => {}, 'zz-kopie.yaml'));
    expect(e.entry).toBe('ips');
    expect(e.field).toBe('id');
    expect(e.problem).toMatch(/duplicate id/);
  });

  it('rejects a figure without a source', () => {
    const e = failure(withIps((r) => delete r.outcomes[0].src));
    expect(e.field).toBe('outcomes[0].src');
  });

  it('rejects a quote that does not stand in the cited lines', () => {
    const e = failure(withIps((r) => (r.outcomes[0].quote = '99,9% van de cliénten')));
    expect(e.field).toBe('outcomes[0].quote');
    expect(e.problem).toMatch(/does not stand in 004:410-414/);
  });

  it('rejects a line range beyond the end of a seed', () => {
    const e = failure(withIps((r) => (r.summary.src = ['003:9999'])));
    expect(e.field).toBe('summary.src');
    expect(e.problem).toMatch(/has \d+ lines/);
  });

  it('rejects an unknown public source and an unknown follow-up route', () => {
    expect(failure(withIps((r) => (r.summary.src = ['pub:nergens']))).problem).toMatch(/unknown public source/);
    const e = failure(withIps((r) => (r.followUps = [{ result: 'job-found', routes: ['bestaat-niet'], src: ['004:850-853'] }])));
    expect(e.field).toBe('followUps[0].routes[0]');
  });

  it('rejects a value outside the schema and a file that is not YAML', () => {
    const e = failure(withIps((r) => (r.kind = 'wonder-cure')));
    expect(e.field).toBe('kind');
    const dir = withIps(() => {});
    writeFileSync(path.join(dir, 'routes', 'ips.yaml'), 'id: ips\n  naam: [\n');
    expect(failure(dir).problem).toMatch(/not valid YAML/);
  });
});

describe('content:check proves that a quote supports the value it sources', () => {
  it('rejects a regional route whose region quote names another region', () => {
    // A copy of Sterk met Werk moved to Groningen, still quoting the line about Midden-Utrecht.
    const e = failure(withRoute('sterk-met-werk', (r) => (r.regions.arbeidsmarktregios = ['Groningen'])));
    expect([e.entry, e.field]).toEqual(['sterk-met-werk', 'regions.quote']);
    expect(e.problem).toMatch(/"worden aangeboden in de regio Midden-Utrecht" names none of the route's regions or gemeenten \(Groningen\)/);
  });

  it('rejects a regional route without a region quote, and accepts one that names a listed gemeente', () => {
    const e = failure(withRoute('sterk-met-werk', (r) => delete r.regions.quote));
    expect(e.field).toBe('regions.quote');
    expect(e.problem).toMatch(/needs a quote that names its region/);
    // Clubhuis de Waterheuvel: Groot Amsterdam, certain in Amsterdam (0363); its quote names Amsterdam.
    const c = loadCatalogue({ verifySources: true, checkTranslations: false });
    expect(c.routes.find((r) => r.id === 'clubhuis-de-waterheuvel')!.regions).toMatchObject({ gemeenten: ['0363'] });
    const other = failure(withRoute('clubhuis-de-waterheuvel', (r) => ((r.regions.arbeidsmarktregios = ['Twente']), (r.regions.gemeenten = ['0153']))));
    expect(other.problem).toMatch(/names none of the route's regions or gemeenten \(Twente, Enschede\)/);
  });

  it('rejects a figure whose quote does not hold its number', () => {
    const e = failure(withIps((r) => (r.outcomes[0].value = 49)));
    expect(e.field).toBe('outcomes[0].quote');
    expect(e.problem).toMatch(/"48,8% van de cliénten met psychische" does not hold the figure's value 49/);
  });

  it('rejects a range whose quote does not hold its upper end, and a range upside down', () => {
    const e = failure(withRoute('werkfit-maken', (r) => (r.outcomes[0].max = 80)));
    expect(e.field).toBe('outcomes[0].quote');
    expect(e.problem).toMatch(/"twee derde tot driekwart" does not hold the figure's max 80/);
    const upsideDown = failure(withRoute('werkfit-maken', (r) => (r.outcomes[0].max = 50)));
    expect(upsideDown.field).toBe('outcomes[0].max');
  });

  it('rejects a figure without a quote', () => {
    const e = failure(withIps((r) => delete r.outcomes[1].quote));
    expect(e.field).toBe('outcomes[1].quote');
    expect(e.problem).toMatch(/needs a quote that holds its number \(61\)/);
  });

  it('rejects an age limit whose quote does not hold the age', () => {
    const e = failure(withRoute('sterk-met-werk', (r) => ((r.eligibility.age.min = 25), (r.eligibility.age.askAges = []))));
    expect([e.entry, e.field]).toEqual(['sterk-met-werk', 'eligibility.age.quote']);
    expect(e.problem).toMatch(/"27 jaar en ouder" does not hold the age min 25/);
    const max = failure(withRoute('sterk-met-werk-of-scholing', (r) => (r.eligibility.age.max = 27)));
    expect(max.problem).toMatch(/"16 t\/m 26 jaar" does not hold the age max 27/);
  });

  it('reads numbers as the seeds write them: decimal comma, thousands dot, fractions in words', () => {
    expect(numberStandsIn(48.8, '48,8% van de cliénten')).toBe(true);
    expect(numberStandsIn(48.8, '48.8%')).toBe(true);
    expect(numberStandsIn(48, '48,8%')).toBe(false);
    expect(quotedNumbers('ongeveer 35.000 trajecten').digits).toEqual([35000]);
    expect(numberStandsIn(66.7, 'twee derde tot driekwart')).toBe(true);
    expect(numberStandsIn(67, 'twee derde tot driekwart')).toBe(true);
    expect(numberStandsIn(75, 'zo’n drie kwart de')).toBe(true);
    expect(numberStandsIn(71, 'twee derde tot driekwart')).toBe(false);
    expect(numberStandsIn(18, '(18+)')).toBe(true);
  });

  it('reads region names whole, with "-" as a space, and a region of two areas by either area', () => {
    expect(namesOneOf('in de regio Groot-Amsterdam', regionNames('Groot Amsterdam'))).toBe(true);
    expect(namesOneOf('UWV Zuid-Kennemerland', regionNames('Zuid-Kennemerland en IJmond'))).toBe(true);
    expect(namesOneOf('Zaanstreek', regionNames('Zaanstreek/Waterland'))).toBe(true);
    expect(namesOneOf('dat doen we mede zo', ['Ede'])).toBe(false);
    expect(namesOneOf('worden aangeboden in de regio Midden-Utrecht', regionNames('Groningen'))).toBe(false);
  });
});
