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
 */

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

/** Every translatable string in `value`, by dot path ("offers.0.text"), in document order. */
export function translatableStrings(value: unknown, skip: ReadonlySet<string> = new Set(['en'])): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (node: unknown, path: string[]) => {
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, [...path, String(i)]));
    else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (path.length === 0 && skip.has(key)) continue;
        if (typeof child === 'string') {
          if (TRANSLATABLE_KEYS.has(key)) found.set([...path, key].join('.'), child);
        } else walk(child, [...path, key]);
      }
    }
  };
  walk(value, []);
  return found;
}

export type TranslationProblem = { path: string; problem: 'missing' | 'empty' | 'unknown path' };

/** What is wrong with an entry's `en:` map: a Dutch text without translation, or a stale path. */
export function translationProblems(entry: Record<string, unknown>): TranslationProblem[] {
  const dutch = translatableStrings(entry);
  const raw = entry.en;
  const english: Record<string, unknown> = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const problems: TranslationProblem[] = [];
  for (const path of dutch.keys()) {
    if (!(path in english)) problems.push({ path, problem: 'missing' });
    else if (typeof english[path] !== 'string' || !(english[path] as string).trim()) problems.push({ path, problem: 'empty' });
  }
  for (const path of Object.keys(english)) if (!dutch.has(path)) problems.push({ path, problem: 'unknown path' });
  return problems;
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
