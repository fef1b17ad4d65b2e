import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { publicRefPattern, seedRefPattern, SEED_IDS, type SeedId } from '@/lib/catalogue/schema';

/*
 * Checks that a source reference points at real lines of a seed document and that a
 * quoted phrase really stands there. The seeds are OCR'd PDFs, so comparison ignores
 * case, line breaks, runs of spaces and the shape of quote marks; nothing else.
 */

export type SeedRef = { seed: SeedId; from: number; to: number };

export function parseSeedRef(ref: string): SeedRef | undefined {
  const m = seedRefPattern.exec(ref);
  if (!m) return undefined;
  const from = Number(m[2]);
  const to = m[3] === undefined ? from : Number(m[3]);
  return { seed: m[1] as SeedId, from, to };
}

export const publicRefId = (ref: string) => publicRefPattern.exec(ref)?.[1];

export type SeedTexts = ReadonlyMap<SeedId, readonly string[]>;

export function loadSeeds(contentDir: string): SeedTexts {
  const dir = path.join(contentDir, 'seeds');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  const seeds = new Map<SeedId, readonly string[]>();
  for (const id of SEED_IDS) {
    const file = files.find((f) => f.startsWith(`${id}_`));
    if (!file) throw new Error(`content/seeds: no file for seed ${id}`);
    seeds.set(id, readFileSync(path.join(dir, file), 'utf8').split('\n'));
  }
  return seeds;
}

export const normaliseForQuote = (s: string) =>
  s
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/-\s+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** Returns a problem description, or undefined when the reference is sound. */
export function checkSeedRef(ref: SeedRef, seeds: SeedTexts): string | undefined {
  const lines = seeds.get(ref.seed);
  if (!lines) return `unknown seed ${ref.seed}`;
  if (ref.from < 1 || ref.to < ref.from) return `line range ${ref.from}-${ref.to} is not a range`;
  if (ref.to > lines.length) return `seed ${ref.seed} has ${lines.length} lines, not ${ref.to}`;
  if (ref.to - ref.from > 120) return `line range ${ref.from}-${ref.to} is too wide to check; cite the lines that say it`;
  return undefined;
}

export function quoteIsIn(quote: string, refs: readonly SeedRef[], seeds: SeedTexts): boolean {
  const needle = normaliseForQuote(quote);
  return refs.some((r) => {
    const lines = seeds.get(r.seed) ?? [];
    return normaliseForQuote(lines.slice(r.from - 1, r.to).join('\n')).includes(needle);
  });
}

/*
 * Does a quote support the value it sources? A quote that stands in the seed can still be
 * the wrong quote (a copied route whose region is Groningen, quoting a line about
 * Midden-Utrecht). These checks tie the quote to the value: a figure's number, an age, a
 * region's name must be in the quoted words themselves.
 */

/**
 * Number words for the fractions the seeds use instead of figures ("twee derde tot
 * driekwart", "zo'n drie kwart"), as percentages. Longest first, so "twee derde" is read
 * before "derde" could be.
 */
const FRACTION_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['twee derde', (2 / 3) * 100],
  ['(?:een|één) derde', 100 / 3],
  ['drie ?kwart', 75],
  ['(?:een|één) kwart', 25],
  ['de helft', 50],
];

/**
 * The numbers written in a quote: digits with a Dutch decimal comma ("48,8") or point
 * ("48.8"); a dot before three digits groups thousands ("35.000" is 35000). Fractions in
 * words (`FRACTION_WORDS`) count too, as `words`.
 */
export function quotedNumbers(quote: string): { digits: number[]; words: number[] } {
  const text = normaliseForQuote(quote);
  const digits = [...text.matchAll(/\d+(?:\.\d{3})+(?!\d)|\d+(?:[.,]\d+)?/g)].map((m) =>
    /^\d+(?:\.\d{3})+$/.test(m[0]) ? Number(m[0].replace(/\./g, '')) : Number(m[0].replace(',', '.')),
  );
  let rest = text;
  const words: number[] = [];
  for (const [phrase, value] of FRACTION_WORDS) {
    const pattern = new RegExp(`(?<!\\p{L})${phrase}(?!\\p{L})`, 'gu');
    if (pattern.test(rest)) {
      words.push(value);
      rest = rest.replace(pattern, ' ');
    }
  }
  return { digits, words };
}

/**
 * True when `value` is written in the quote: as the same number in digits, or as a fraction
 * in words rounded to a whole number or one decimal ("twee derde": 67 or 66.7).
 */
export function numberStandsIn(value: number, quote: string): boolean {
  const { digits, words } = quotedNumbers(quote);
  return (
    digits.some((d) => Math.abs(d - value) < 1e-9) ||
    words.some((w) => Math.round(w) === value || Math.round(w * 10) / 10 === value)
  );
}

/** Names compare without case and with "-" as a space ("Groot-Amsterdam" is "Groot Amsterdam"). */
const normaliseName = (s: string) => normaliseForQuote(s).replace(/-/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * The names by which a quote may name an arbeidsmarktregio: its name as in
 * regions/gemeenten.csv and, for a region made of two named areas ("Zuid-Kennemerland en
 * IJmond", "Gooi en Vechtstreek", "Zaanstreek/Waterland"), each area's name.
 */
export function regionNames(arbeidsmarktregio: string): string[] {
  const parts = arbeidsmarktregio.split(/\s+en\s+|\//).map((p) => p.trim()).filter(Boolean);
  return parts.length > 1 ? [arbeidsmarktregio, ...parts] : [arbeidsmarktregio];
}

/** True when the quote names one of `names` as a whole word (so "Ede" is not found in "mede"). */
export function namesOneOf(quote: string, names: readonly string[]): boolean {
  const text = ` ${normaliseName(quote).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return names.some((n) => {
    const name = normaliseName(n).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    return name.length > 0 && text.includes(` ${name} `);
  });
}
