/**
 * Which strings of a catalogue entry a person reads, and so must exist in every interface
 * language. The Dutch text is the sourced one (its `quote` is checked against the seed); the
 * English text sits in the same file under `en:`, as a map from the Dutch text's path to its
 * translation:
 *
 *   offers:
 *     - text: "Je zoekt meteen naar een echte baan."
 *   en:
 *     offers.0.text: "You look for a real job straight away."
 *
 * A translation says what the Dutch says, no more: facts come from the sourced Dutch text.
 * As a cheap guard against drift, the English text must hold the same numbers (runs of
 * digits) as the Dutch one.
 *
 * Where the `en:` map sits, per file (docs/content.md):
 * - routes/<id>.yaml: top level, paths from the top (ROUTE_TEXTS);
 * - catalogue.yaml: top level; only `changes.N.text` and `seeds.ID.publisher` (META_TEXTS):
 *   seed titles are the names of published Dutch documents and stay as published;
 * - public-sources.yaml, help.yaml (`lines:`), changelog.yaml: on each entry, paths from
 *   the entry ("title", "note", "when", "links.0.label").
 */
import type { Locale } from '@/lib/i18n/locale';

/** String fields people read. Ids, codes, sources, quotes and URLs are not translated. */
export const TRANSLATABLE_KEYS = new Set([
  'name',
  'text',
  'note',
  'label',
  'pass',
  'ask',
  'fail',
  'say',
  'population',
  'timeframe',
  'study',
  'when',
  'hours',
  'urlLabel',
  'title',
]);

export type TranslationOptions = {
  /** Keys whose string values are read by people (default TRANSLATABLE_KEYS). */
  keys?: ReadonlySet<string>;
  /** Top-level keys to leave out (default: only `en`; `en` is always left out). */
  skip?: ReadonlySet<string>;
};

/** Route files, help lines and change-log entries: every TRANSLATABLE_KEYS string. */
export const ROUTE_TEXTS: TranslationOptions = {};
/** catalogue.yaml: the change texts and the seed publishers; seed titles stay as published. */
export const META_TEXTS: TranslationOptions = { keys: new Set(['text', 'publisher']) };
/** public-sources.yaml entries: the title and the note (publishers are names and stay). */
export const PUBLIC_SOURCE_TEXTS: TranslationOptions = { keys: new Set(['title', 'note']) };

/** Every translatable string in `value`, by dot path ("offers.0.text"), in document order. */
export function translatableStrings(value: unknown, options: TranslationOptions = {}): Map<string, string> {
  const keys = options.keys ?? TRANSLATABLE_KEYS;
  const skip = options.skip ?? new Set<string>();
  const found = new Map<string, string>();
  const walk = (node: unknown, path: string[]) => {
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, [...path, String(i)]));
    else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (path.length === 0 && (key === 'en' || skip.has(key))) continue;
        if (typeof child === 'string') {
          if (keys.has(key)) found.set([...path, key].join('.'), child);
        } else walk(child, [...path, key]);
      }
    }
  };
  walk(value, []);
  return found;
}

/** The runs of digits in a text, sorted: "18 maanden, 2 dagen" -> ["18", "2"]. */
export const numbersIn = (text: string): string[] => (text.match(/\d+/g) ?? []).sort();

const sameNumbers = (a: string, b: string) => numbersIn(a).join(' ') === numbersIn(b).join(' ');

export type TranslationProblem = {
  path: string;
  problem: 'missing' | 'empty' | 'unknown path' | 'numbers differ';
  /** The Dutch text (missing, numbers differ) and, for numbers, the English one. */
  dutch?: string;
  english?: string;
};

const englishMap = (entry: Record<string, unknown>): Record<string, unknown> => {
  const raw = entry.en;
  return raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
};

/**
 * What is wrong with an entry's `en:` map: a Dutch text without translation, an empty
 * translation, a stale path, or a translation with other numbers than the Dutch.
 */
export function translationProblems(entry: Record<string, unknown>, options: TranslationOptions = {}): TranslationProblem[] {
  const dutch = translatableStrings(entry, options);
  const english = englishMap(entry);
  const problems: TranslationProblem[] = [];
  for (const [path, nl] of dutch) {
    const en = english[path];
    if (!(path in english)) problems.push({ path, problem: 'missing', dutch: nl });
    else if (typeof en !== 'string' || !en.trim()) problems.push({ path, problem: 'empty' });
    else if (!sameNumbers(nl, en)) problems.push({ path, problem: 'numbers differ', dutch: nl, english: en });
  }
  for (const path of Object.keys(english)) if (!dutch.has(path)) problems.push({ path, problem: 'unknown path' });
  return problems;
}

/** One line for a person fixing the file: what is wrong with `p` and what to do. */
export function describeProblem(p: TranslationProblem): string {
  switch (p.problem) {
    case 'missing':
      return `no English text for "${p.path}" (Dutch: ${JSON.stringify(p.dutch)}); add it under en:`;
    case 'empty':
      return `the English text for "${p.path}" is empty`;
    case 'unknown path':
      return `en: "${p.path}" matches no Dutch text (stale or misspelt path); correct or remove it`;
    case 'numbers differ':
      return (
        `the English text for "${p.path}" has other numbers than the Dutch ` +
        `(Dutch: ${numbersIn(p.dutch!).join(', ') || 'none'}; English: ${numbersIn(p.english!).join(', ') || 'none'}). ` +
        'Translate, do not change facts: write every number in digits, as the Dutch does'
      );
  }
}

/** A deep copy of `entry` with its English texts in place of the Dutch ones. */
export function applyTranslation<T>(entry: T, english: Record<string, string>): T {
  const copy = structuredClone(entry) as unknown;
  for (const [path, text] of Object.entries(english)) {
    const keys = path.split('.');
    let node = copy as Record<string, unknown> | unknown[];
    for (const key of keys.slice(0, -1)) node = (node as Record<string, unknown>)[key] as Record<string, unknown>;
    (node as Record<string, unknown>)[keys.at(-1)!] = text;
  }
  return copy as T;
}

/**
 * The entry in `locale`, without its `en:` map. English uses every non-empty `en:` text that
 * matches a Dutch text and keeps the Dutch where the map has none (content:check makes sure
 * the shipped content has none missing).
 */
export function localiseEntry<T extends { en?: Record<string, string> }>(
  entry: T,
  locale: Locale,
  options: TranslationOptions = {},
): Omit<T, 'en'> {
  const { en, ...rest } = entry;
  if (locale === 'nl' || !en) return rest;
  const dutch = translatableStrings(rest, options);
  const usable = Object.fromEntries(Object.entries(en).filter(([path, text]) => dutch.has(path) && text.trim() !== ''));
  return applyTranslation(rest, usable);
}
