import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { defaultContentDir } from '@/lib/catalogue/load';
import { ROUTE_TEXTS, translatableStrings, translationProblems } from '@/lib/catalogue/translatable';

/*
 * Test helpers: a temporary copy of content/ to change and load. Only for tests.
 */

/** A fresh copy of content/ in a temporary folder; `cleanup()` removes it. */
export function contentCopy(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'content-test-'));
  cpSync(defaultContentDir(), dir, { recursive: true });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

type Yaml = Record<string, any>;

/** Parses, changes and writes back one YAML file of a content copy (`file` relative to it). */
export function editYaml(dir: string, file: string, mutate: (data: Yaml) => void) {
  const full = path.join(dir, file);
  const data = parse(readFileSync(full, 'utf8')) as Yaml;
  mutate(data);
  writeFileSync(full, stringify(data));
}

/**
 * Makes every route file of a content copy fully translated, whatever the state of the real
 * files: a real translation stays where it is sound; any other Dutch text gets the stand-in
 * "EN: <Dutch>" (same numbers), and stale paths go. Returns each route's English map.
 */
export function completeTranslations(dir: string): Map<string, Record<string, string>> {
  const maps = new Map<string, Record<string, string>>();
  for (const f of readdirSync(path.join(dir, 'routes')).filter((x) => x.endsWith('.yaml'))) {
    editYaml(dir, path.join('routes', f), (route) => {
      const bad = new Set(translationProblems(route, ROUTE_TEXTS).map((p) => p.path));
      const en: Record<string, string> = {};
      for (const [p, nl] of translatableStrings(route, ROUTE_TEXTS)) en[p] = bad.has(p) ? `EN: ${nl}` : route.en[p];
      route.en = en;
      maps.set(String(route.id), en);
    });
  }
  return maps;
}
