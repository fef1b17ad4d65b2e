import { readFileSync } from 'node:fs';
import path from 'node:path';

/*
 * Gemeenten, arbeidsmarktregio's and 4-digit postcodes, from content/regions/
 * (see PROVENANCE.md there). Server-side only: the tables never ship to the browser.
 */

export type Gemeente = {
  code: string;
  name: string;
  arbeidsmarktregio: string;
  provincie: string;
};

export type RegionTable = {
  gemeenten: ReadonlyMap<string, Gemeente>;
  /** Lower-cased name → gemeente, for typed input. */
  byName: ReadonlyMap<string, Gemeente>;
  /** PC4 → gemeentecodes holding it, the one with most addresses first. */
  postcodes: ReadonlyMap<string, readonly string[]>;
  arbeidsmarktregios: readonly string[];
};

const names = new WeakMap<RegionTable, readonly string[]>();

/**
 * Every gemeente's name in Dutch alphabetical order, for the suggestions of the gemeente field.
 * Sorted once per table: with a language, localeCompare builds a collator on each comparison,
 * and some 3,000 of them went into every page that has the field (docs/benchmarks.md, stop 35).
 */
export function gemeenteNames(regions: RegionTable): readonly string[] {
  let list = names.get(regions);
  if (!list) {
    const collator = new Intl.Collator('nl');
    names.set(regions, (list = Object.freeze([...regions.gemeenten.values()].map((g) => g.name).sort(collator.compare))));
  }
  return list;
}

/** Minimal RFC 4180 parser: quoted fields may hold commas and doubled quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  row.push(field);
  if (row.some((f) => f !== '')) rows.push(row);
  return rows;
}

function readTable(file: string, expectedHeader: string[]): string[][] {
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  if (!header || header.join(',') !== expectedHeader.join(',')) {
    throw new Error(`${file}: expected header "${expectedHeader.join(',')}"`);
  }
  rows.forEach((r, i) => {
    if (r.length !== expectedHeader.length) throw new Error(`${file}: row ${i + 2} has ${r.length} fields`);
  });
  return rows;
}

export const normaliseName = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export function loadRegions(contentDir: string): RegionTable {
  const dir = path.join(contentDir, 'regions');
  const gemeenten = new Map<string, Gemeente>();
  const byName = new Map<string, Gemeente>();
  for (const [code, name, arbeidsmarktregio, provincie] of readTable(path.join(dir, 'gemeenten.csv'), [
    'gemeentecode',
    'gemeentenaam',
    'arbeidsmarktregio',
    'provincie',
  ]) as [string, string, string, string][]) {
    if (!/^\d{4}$/.test(code)) throw new Error(`gemeenten.csv: bad gemeentecode "${code}"`);
    const g = { code, name, arbeidsmarktregio, provincie };
    gemeenten.set(code, g);
    byName.set(normaliseName(name), g);
  }

  const split = new Map<string, { code: string; count: number }[]>();
  for (const [pc4, code, , count] of readTable(path.join(dir, 'postcode4_alle_gemeenten.csv'), [
    'postcode4',
    'gemeentecode',
    'gemeentenaam_pdok',
    'aantal_pc6',
    'aantal_pc6_totaal_pc4',
  ]) as [string, string, string, string, string][]) {
    if (!gemeenten.has(code)) throw new Error(`postcode4_alle_gemeenten.csv: unknown gemeentecode ${code}`);
    const list = split.get(pc4) ?? [];
    list.push({ code, count: Number(count) });
    split.set(pc4, list);
  }
  const postcodes = new Map<string, readonly string[]>();
  for (const [pc4, list] of split) {
    postcodes.set(
      pc4,
      list.sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)).map((e) => e.code),
    );
  }
  // postcode4.csv is the one-gemeente-per-PC4 view of the same data; keep the two in step.
  for (const [pc4, code] of readTable(path.join(dir, 'postcode4.csv'), ['postcode4', 'gemeentecode']) as [
    string,
    string,
  ][]) {
    if (postcodes.get(pc4)?.[0] !== code) throw new Error(`postcode4.csv: ${pc4} disagrees with postcode4_alle_gemeenten.csv`);
  }

  const arbeidsmarktregios = [...new Set([...gemeenten.values()].map((g) => g.arbeidsmarktregio))].sort((a, b) =>
    a.localeCompare(b, 'nl'),
  );
  return { gemeenten, byName, postcodes, arbeidsmarktregios };
}
