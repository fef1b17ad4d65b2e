import { mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultContentDir, loadCatalogue } from '@/lib/catalogue/load';
import { advise } from '@/lib/engine/advise';
import { listRoutes, parseFilters } from '@/lib/map/aanbod';
import { stroomschema } from '@/lib/map/stroomschema';

/*
 * What docs/content.md promises: adding one regional route file is enough for it to show
 * on the map, in the advice and on /aanbod. The fixture is sterk-met-werk.yaml moved to
 * Haaglanden under a new id, in a temporary copy of content/ (links to the real files). Its
 * region quote must name its region (content:check), so it cites the seed line that names
 * Haaglanden (000:232).
 */

const real = defaultContentDir();
const dir = mkdtempSync(path.join(tmpdir(), 'routewijzer-content-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

for (const f of readdirSync(real)) if (f !== 'routes') symlinkSync(path.join(real, f), path.join(dir, f));
mkdirSync(path.join(dir, 'routes'));
for (const f of readdirSync(path.join(real, 'routes'))) symlinkSync(path.join(real, 'routes', f), path.join(dir, 'routes', f));
// A route file carries its English texts under `en:` (docs/content.md); the new name gets one too.
const fixture = readFileSync(path.join(real, 'routes', 'sterk-met-werk.yaml'), 'utf8')
  .replace(/^id: sterk-met-werk$/m, 'id: proef-haaglanden')
  .replace(/^name: .*$/m, 'name: "Proefroute Haaglanden"')
  .replace(/^ {2}name: .*$/m, '  name: "Test route Haaglanden"')
  .replace('arbeidsmarktregios: [Midden-Utrecht]', 'arbeidsmarktregios: [Haaglanden]')
  .replace(/^ {2}src: \["004:1461-1462", "004:1926-1927"\]\n {2}quote: .*$/m, '  src: ["000:232"]\n  quote: "in de arbeidsmarktregio Haaglanden"');
expect(fixture).toContain('[Haaglanden]');
expect(fixture).toContain('quote: "in de arbeidsmarktregio Haaglanden"');
expect(fixture).toMatch(/^en:\n(?: {2}.*\n)*? {2}name: "Test route Haaglanden"$/m);
writeFileSync(path.join(dir, 'routes', 'proef-haaglanden.yaml'), fixture);

// The full content check, English translations included.
const catalogue = loadCatalogue({ contentDir: dir, verifySources: true });

describe('a new regional route, added as one file', () => {
  it('loads and passes the content check', () => {
    expect(catalogue.routes.map((r) => r.id)).toContain('proef-haaglanden');
  });

  it('has its English name in the English catalogue', () => {
    const en = loadCatalogue({ contentDir: dir, locale: 'en' });
    expect(en.routes.find((r) => r.id === 'proef-haaglanden')!.name).toBe('Test route Haaglanden');
    expect(catalogue.routes.find((r) => r.id === 'proef-haaglanden')!.name).toBe('Proefroute Haaglanden');
  });

  it('appears on the map under its own region only', () => {
    const region = stroomschema(catalogue, 'nl').steps.flatMap((s) => s.decisions).find((p) => p.id === 'region')!;
    const haaglanden = region.branches.find((b) => b.id === 'Haaglanden')!;
    expect(haaglanden.fits).toContain('proef-haaglanden');
    for (const b of region.branches.filter((x) => x !== haaglanden)) expect(b.out).toContain('proef-haaglanden');
    expect(stroomschema(catalogue, 'nl').routes.map((r) => r.id)).toContain('proef-haaglanden');
  });

  it('is advised to someone it fits in Den Haag, and not in Utrecht', () => {
    const person = (municipality: string) => ({
      situation: { condition: 'mental-health' as const, severity: 'moderate' as const, age: 35, municipality, work: 'none' as const, benefit: 'bijstand' as const, care: 'basic-ggz' as const },
      wish: { goal: 'paid-work' as const, support: [], pace: 'fast' as const },
    });
    expect(advise(person('0518'), catalogue, 'nl').recommended.map((r) => r.id)).toContain('proef-haaglanden');
    expect(advise(person('0344'), catalogue, 'nl').notSuitable.map((r) => r.id)).toContain('proef-haaglanden');
  });

  it('is listed on /aanbod, and found by a Den Haag postcode', () => {
    const ids = (q: Record<string, string>) => listRoutes(catalogue, parseFilters(q, catalogue, 'nl').filters, 'nl').map((l) => l.route.id);
    expect(ids({})).toContain('proef-haaglanden');
    expect(ids({ regio: '2511' })).toContain('proef-haaglanden');
    expect(ids({ regio: 'Utrecht' })).not.toContain('proef-haaglanden');
  });
});
