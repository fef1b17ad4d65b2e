/*
 * npm run content:check — validates everything in content/ and stops on the first
 * problem, naming the file, the entry id and the field. The build and the tests run it.
 * Quotes must stand in the cited seed lines and support the value they source: a regional
 * route's quote names its region, a figure's quote holds its number, an age quote the age
 * (lib/catalogue/load.ts, checkQuotesSupportValues).
 * It also requires every Dutch text to have its English twin under `en:` (same numbers, no
 * stale paths); scripts/missing-en.ts lists all gaps at once.
 * Last, it checks the coverage table in docs/content.md against content/coverage-sections.txt and
 * content/routes (lib/catalogue/coverage.ts), listing every problem of the table at once.
 */
import { checkCoverageFiles } from '@/lib/catalogue/coverage';
import { ContentError, loadCatalogue } from '@/lib/catalogue/load';
import { loadChangelog } from '@/lib/map/changelog';

try {
  const c = loadCatalogue({ verifySources: true, checkTranslations: true });
  const changes = loadChangelog(undefined, 'nl', { checkTranslations: true });
  const facts = JSON.stringify(c.routes).match(/"src":/g)?.length ?? 0;
  const coverage = checkCoverageFiles();
  if (coverage.length > 0) {
    console.error(`content:check failed: the coverage table (docs/content.md, "Coverage of the catalogue facts")\n${coverage.map((p) => `  ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log(
    `content ok: ${c.routes.length} routes, ${facts} sourced facts, ${c.publicSources.length} public sources, ` +
      `${c.regions.gemeenten.size} gemeenten in ${c.regions.arbeidsmarktregios.length} arbeidsmarktregio's, ` +
      `${c.regions.postcodes.size} postcodes (catalogue ${c.meta.version}, ${c.meta.date}), ${changes.length} change-log entries; ` +
      'every text in Dutch and English',
  );
} catch (e) {
  if (e instanceof ContentError) {
    console.error(`content:check failed\n  file:  ${e.file}\n  entry: ${e.entry ?? '-'}\n  field: ${e.field || '-'}\n  ${e.problem}`);
    process.exit(1);
  }
  throw e;
}
