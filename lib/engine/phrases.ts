import { messages } from '@/content/messages';
import type { Locale } from '@/lib/i18n/locale';

/*
 * The engine's words (content/messages/{nl,en}/engine.ts), made ready once per language and
 * process.
 *
 * advise() writes a handful of sentences for every route on every call, and is benchmarked on
 * catalogues of 10,000 routes. Formatting each sentence through next-intl's translator costs
 * several microseconds (it serialises its arguments to find the cached message format), which
 * would make advise() several times slower. The engine's messages therefore use plain
 * {placeholders} only, and are compiled here into small functions that give exactly what the
 * translator gives (lib/engine/phrases.test.ts checks every message against translator()).
 * A message with any other ICU syntax (plural, select, tags, apostrophe escapes) is refused
 * when its language is first used, so the shortcut cannot silently misread one.
 */

type EngineMessages = (typeof messages)['nl']['engine'];

/** A compiled message: fills in its {placeholders}. A missing value throws, as a missing key does in the pages. */
export type Fill = (values?: Readonly<Record<string, string>>) => string;

type Compiled<T> = { [K in keyof T]: T[K] extends string ? Fill : Compiled<T[K]> };

/** Everything but the labels is a message; labels are plain words, used as they are. */
export type Phrases = Compiled<Omit<EngineMessages, 'labels'>> & { labels: EngineMessages['labels'] };

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/;

export function compile(message: string, key: string): Fill {
  if (/['<>]/.test(message)) throw new Error(`engine.${key}: use plain {placeholders} only (found an apostrophe escape or a tag)`);
  const parts = message.split(new RegExp(PLACEHOLDER.source, 'g'));
  const literals = parts.filter((_, i) => i % 2 === 0);
  const names = parts.filter((_, i) => i % 2 === 1);
  if (literals.some((l) => /[{}]/.test(l))) throw new Error(`engine.${key}: use plain {placeholders} only (found plural, select or another ICU argument)`);
  if (names.length === 0) return () => message;
  const value = (values: Readonly<Record<string, string>> | undefined, name: string) => {
    const v = values?.[name];
    if (v === undefined) throw new Error(`engine.${key}: no value for {${name}}`);
    return v;
  };
  // The common short cases without a loop: this runs for every route on every advise() call.
  const [l0, l1, l2, l3] = literals as [string, string, string?, string?];
  const [n0, n1, n2] = names as [string, string?, string?];
  if (names.length === 1) return (values) => l0 + value(values, n0) + l1;
  if (names.length === 2) return (values) => l0 + value(values, n0) + l1 + value(values, n1!) + l2!;
  if (names.length === 3) return (values) => l0 + value(values, n0) + l1 + value(values, n1!) + l2! + value(values, n2!) + l3!;
  return (values) => {
    let out = l0;
    for (let i = 0; i < names.length; i++) out += value(values, names[i]!) + literals[i + 1]!;
    return out;
  };
}

function compileTree(tree: object, prefix: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    out[k] = typeof v === 'string' ? compile(v, key) : compileTree(v as object, key);
  }
  return out;
}

function checkLabels(tree: object, prefix: string) {
  for (const [k, v] of Object.entries(tree)) {
    const key = `${prefix}.${k}`;
    if (typeof v !== 'string') checkLabels(v as object, key);
    else if (/['{}<>]/.test(v)) throw new Error(`engine.${key}: a label is plain text (no apostrophe escapes, placeholders or tags)`);
  }
}

function build(locale: Locale): Phrases {
  const { labels, ...rest } = messages[locale].engine;
  checkLabels(labels, 'labels');
  return { ...(compileTree(rest, '') as Compiled<Omit<EngineMessages, 'labels'>>), labels };
}

const cache: Partial<Record<Locale, Phrases>> = {};

/** The engine's words in a language, compiled on first use. */
export function phrases(locale: Locale): Phrases {
  return (cache[locale] ??= build(locale));
}
