/**
 * Lists the texts of content files that have no English translation yet, and the `en:` paths
 * that no longer match a Dutch text. Usage: npx tsx scripts/missing-en.ts [file.yaml ...]
 * (default: every route file). Exits 1 when anything is missing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { translatableStrings, translationProblems } from '../lib/catalogue/translatable';

const dir = path.join(process.cwd(), 'content', 'routes');
const files = process.argv.slice(2).length ? process.argv.slice(2) : readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => path.join(dir, f));
let bad = 0;
for (const file of files) {
  const entry = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const dutch = translatableStrings(entry);
  const problems = translationProblems(entry);
  bad += problems.length;
  console.log(`${path.basename(file)}: ${dutch.size} texts, ${problems.length} problems`);
  for (const p of problems) console.log(`  ${p.problem}: ${p.path}${p.problem === 'missing' ? ` = ${JSON.stringify(dutch.get(p.path))}` : ''}`);
}
process.exit(bad ? 1 : 0);
