/**
 * Lists, for content files, every text that has no English translation yet, every empty
 * translation, every `en:` path that no longer matches a Dutch text, and every translation
 * whose numbers differ from the Dutch. Usage:
 *   npx tsx scripts/missing-en.ts [file.yaml ...]
 * (default: every route file, then catalogue.yaml, help.yaml, public-sources.yaml and
 * changelog.yaml). Exits 1 when anything is wrong. content:check stops at the first of these.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import {
  describeProblem,
  META_TEXTS,
  PUBLIC_SOURCE_TEXTS,
  ROUTE_TEXTS,
  translatableStrings,
  translationProblems,
  type TranslationOptions,
} from '../lib/catalogue/translatable';

const content = path.join(process.cwd(), 'content');
const routesDir = path.join(content, 'routes');
const defaults = [
  ...readdirSync(routesDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => path.join(routesDir, f)),
  ...['catalogue.yaml', 'help.yaml', 'public-sources.yaml', 'changelog.yaml'].map((f) => path.join(content, f)),
];
const files = process.argv.slice(2).length ? process.argv.slice(2) : defaults;

type Entry = { label: string; value: Record<string, unknown>; options: TranslationOptions };

/** The entries of a file that carry their own `en:` map. */
function entries(file: string, data: unknown): Entry[] {
  const list = (v: unknown) => (Array.isArray(v) ? (v as Record<string, unknown>[]) : []);
  switch (path.basename(file)) {
    case 'catalogue.yaml':
      return [{ label: '', value: data as Record<string, unknown>, options: META_TEXTS }];
    case 'help.yaml':
      return list((data as { lines?: unknown })?.lines).map((l, i) => ({ label: `lines[${i}] ${String(l.id)}`, value: l, options: ROUTE_TEXTS }));
    case 'public-sources.yaml':
      return list(data).map((s, i) => ({ label: `[${i}] ${String(s.id)}`, value: s, options: PUBLIC_SOURCE_TEXTS }));
    case 'changelog.yaml':
      return list(data).map((e, i) => ({ label: `[${i}] ${String(e.date)}`, value: e, options: ROUTE_TEXTS }));
    default:
      return [{ label: '', value: data as Record<string, unknown>, options: ROUTE_TEXTS }];
  }
}

let bad = 0;
for (const file of files) {
  const data = parse(readFileSync(file, 'utf8')) as unknown;
  let texts = 0;
  const lines: string[] = [];
  for (const e of entries(file, data)) {
    texts += translatableStrings(e.value, e.options).size;
    for (const p of translationProblems(e.value, e.options)) {
      bad++;
      lines.push(`  ${e.label ? `${e.label}: ` : ''}${p.problem}: ${describeProblem(p)}`);
    }
  }
  console.log(`${path.relative(process.cwd(), file)}: ${texts} texts, ${lines.length} problems`);
  for (const l of lines) console.log(l);
}
process.exit(bad ? 1 : 0);
