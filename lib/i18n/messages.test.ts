import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { messages } from '@/content/messages';

/*
 * The interface's words in both languages. A key that exists in one language and not in the
 * other, an empty text, a text that is not valid ICU, or a translation whose placeholders or
 * tags differ from the Dutch one fails here, before any page renders it.
 */

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The placeholders and tags of an ICU message, e.g. ["arg:n", "tag:link"], sorted. */
function shape(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const e of elements) {
      if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.date || e.type === TYPE.time) found.add(`arg:${e.value}`);
      if (e.type === TYPE.plural || e.type === TYPE.select) {
        found.add(`arg:${e.value}`);
        for (const option of Object.values(e.options)) walk(option.value);
      }
      if (e.type === TYPE.tag) {
        found.add(`tag:${e.value}`);
        walk(e.children);
      }
    }
  };
  walk(parse(message));
  return [...found].sort();
}

const nl = flatten(messages.nl as unknown as Tree);
const en = flatten(messages.en as unknown as Tree);

/** Texts in the other language on purpose: the link to the Dutch site is written in Dutch. */
const OTHER_LANGUAGE_ON_PURPOSE = new Set(['common.otherLanguage', 'common.otherLanguageLabel']);
/** Words that show a Dutch sentence was left untranslated in the English messages. */
const DUTCH = /\b(je|jij|jouw|het|een|niet|wat|voor|naar|wordt|hebt|ons|onze|deze|welke|zijn|kun|moet)\b/i;
/** Dutch terms kept on purpose in English text (with a gloss), so they don't count as Dutch. */
const KEPT = /\b(driegesprek|gemeente|bijstand|huisarts|klantmanager|doelgroepregister|Routewijzer)\b/gi;

describe('interface messages', () => {
  it('has every Dutch key in English and no English key without a Dutch one', () => {
    expect([...en.keys()].filter((k) => !nl.has(k)), 'English keys without Dutch').toEqual([]);
    expect([...nl.keys()].filter((k) => !en.has(k)), 'Dutch keys without English').toEqual([]);
  });

  it('has no empty texts', () => {
    for (const [lang, all] of [['nl', nl], ['en', en]] as const) {
      expect([...all].filter(([, v]) => !v.trim()).map(([k]) => k), `empty texts in ${lang}`).toEqual([]);
    }
  });

  it('parses every text as an ICU message with the same placeholders and tags in both languages', () => {
    const problems: string[] = [];
    for (const [key, dutch] of nl) {
      const english = en.get(key);
      if (english === undefined) continue;
      try {
        const a = shape(dutch);
        const b = shape(english);
        if (a.join() !== b.join()) problems.push(`${key}: nl ${a.join(' ') || '-'} / en ${b.join(' ') || '-'}`);
      } catch (error) {
        problems.push(`${key}: not valid ICU (${(error as Error).message})`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has no Dutch sentences left in English', () => {
    const left = [...en].filter(([k, v]) => !OTHER_LANGUAGE_ON_PURPOSE.has(k) && DUTCH.test(v.replace(KEPT, ''))).map(([k, v]) => `${k}: ${v}`);
    expect(left).toEqual([]);
  });

  it('fails when a translation is missing (the check itself works)', () => {
    const broken = structuredClone(messages.en) as unknown as Tree;
    delete (broken.common as Tree).siteName;
    const keys = flatten(broken);
    expect([...nl.keys()].filter((k) => !keys.has(k))).toEqual(['common.siteName']);
  });
});
