import { describe, expect, it } from 'vitest';
import { messages } from '@/content/messages';
import { compile, phrases, type Fill } from '@/lib/engine/phrases';
import { translator } from '@/lib/i18n/translator';
import { locales } from '@/lib/i18n/locale';

/*
 * The engine compiles its messages itself for speed (lib/engine/phrases.ts). These tests hold
 * it to next-intl: every compiled message gives exactly what translator() gives.
 */

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));
}

function compiled(locale: (typeof locales)[number], key: string): Fill {
  return key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], phrases(locale)) as Fill;
}

describe('engine phrases', () => {
  for (const locale of locales) {
    it(`gives what translator() gives for every engine message (${locale})`, () => {
      const t = translator(locale, 'engine');
      const { labels, ...rest } = messages[locale].engine as unknown as Tree;
      for (const [key, message] of leaves(rest as Tree)) {
        const names = [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
        const values = Object.fromEntries(names.map((n) => [n, `«${n}: 1’s, “a” & b»`]));
        expect(compiled(locale, key)(values), key).toBe(t(key as Parameters<typeof t>[0], values as never));
      }
      for (const [key, label] of leaves(labels as Tree)) expect(label, key).toBe(t.raw(`labels.${key}` as Parameters<typeof t.raw>[0]));
    });
  }

  it('refuses ICU it does not implement, and a missing value', () => {
    expect(() => compile('{count, plural, one {# route} other {# routes}}', 'x')).toThrow(/plain \{placeholders\}/);
    expect(() => compile("It'{s}", 'x')).toThrow(/apostrophe/);
    expect(() => compile('<link>a</link>', 'x')).toThrow(/tag/);
    expect(() => compile('Hi {name}.', 'x')()).toThrow(/no value for \{name\}/);
    expect(compile('{a} and {b}, {c} or {d}.', 'x')({ a: '1', b: '2', c: '3', d: '4' })).toBe('1 and 2, 3 or 4.');
  });
});
