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
