import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { ContentError, loadCatalogue } from '@/lib/catalogue/load';

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
