/*
 * Validates single route files without the rest of the catalogue (used while writing one
 * entry), sources, quotes and English translations (`en:`) included:
 *   npx tsx scripts/check-one.ts content/routes/<id>.yaml [...]
 * Add --nl-only to skip the English check while the Dutch is being written.
 */
import { cpSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ContentError, loadCatalogue } from '@/lib/catalogue/load';

const args = process.argv.slice(2);
const nlOnly = args.includes('--nl-only');
const files = args.filter((a) => a !== '--nl-only');
if (files.length === 0) {
  console.error('usage: tsx scripts/check-one.ts [--nl-only] content/routes/<id>.yaml ...');
  process.exit(2);
}
const tmp = mkdtempSync(path.join(os.tmpdir(), 'content-'));
try {
  for (const entry of ['catalogue.yaml', 'public-sources.yaml', 'help.yaml', 'seeds', 'regions']) {
    cpSync(path.join('content', entry), path.join(tmp, entry), { recursive: true });
  }
  mkdirSync(path.join(tmp, 'routes'));
  for (const f of files) cpSync(f, path.join(tmp, 'routes', path.basename(f)));
  loadCatalogue({ contentDir: tmp, verifySources: true, checkTranslations: !nlOnly, skipFollowUpCheck: true });
  console.log(`ok${nlOnly ? ' (Dutch only; English not checked)' : ''}: ${files.join(', ')}`);
} catch (e) {
  if (e instanceof ContentError) {
    console.error(`failed\n  file:  ${e.file}\n  entry: ${e.entry ?? '-'}\n  field: ${e.field || '-'}\n  ${e.problem}`);
    process.exit(1);
  }
  throw e;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
