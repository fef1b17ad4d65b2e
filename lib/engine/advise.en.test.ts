import { describe, expect, it } from 'vitest';
import { getCatalogue, loadCatalogue } from '@/lib/catalogue/load';
import { advise } from '@/lib/engine/advise';
import { andList, labelsFor, orList } from '@/lib/engine/labels';
import { PEOPLE } from '@/tests/support/personas';

/*
 * The advice in English (/en): the engine's own sentences come from
 * content/messages/en/engine.ts, route texts from the English catalogue. Dutch stays the
 * default, for the public API.
 */

const nl = loadCatalogue();
const en = getCatalogue('en');
const texts = (a: ReturnType<typeof advise>) =>
  [...a.recommended, ...a.conditional, ...a.notSuitable].flatMap((r) => r.reasons.map((x) => x.text)).concat(a.signals.flatMap((s) => [s.title, s.text, ...s.actions]));

describe('advise in English', () => {
  it('writes the reasons why a route fits, asks or fails in English', () => {
    const a = advise(PEOPLE.bijstand28Utrecht, en, 'en');
    const all = texts(a);
    // A pass that only repeats an answer back is not a reason (issue 12).
    expect(all).not.toContain('This route is for people with bijstand. You have bijstand (social assistance).');
    expect(all).toContain('This route is available in the region Midden-Utrecht. You live in Utrecht.');
    expect(all).toContain('You want to get started soon, and that is possible here.');
    expect(all.some((t) => t.startsWith('This route is only available in ') && t.endsWith('You live in Utrecht, in the region Midden-Utrecht.'))).toBe(true);
    expect(all.filter((t) => /\b(Deze route|Jij|Je wilt|Vraag)\b/.test(t))).toEqual([]);
  });

  it('writes the signals in English, with the help lines of the English catalogue', () => {
    const a = advise({ situation: { crisis: true, benefit: 'none', severity: 'severe', care: 'gp' }, wish: {} }, en, 'en');
    const byId = new Map(a.signals.map((s) => [s.id, s]));
    expect(byId.get('crisis')?.title).toBe('Take good care of yourself first');
    expect(byId.get('crisis')?.actions.join(' ')).toContain('Call 0800-0113.');
    expect(byId.get('gap-no-benefit')?.title).toBe('Without a benefit, it depends on your municipality');
    expect(byId.get('gap-severe-no-care')?.actions[0]).toContain('GP (huisarts)');
    expect(byId.get('region-unknown')?.text).toContain('"Might also suit you"');
  });

  it('gives the same groups and order in both languages, only the words differ', () => {
    for (const person of Object.values(PEOPLE)) {
      const ids = (a: ReturnType<typeof advise>) => [a.recommended, a.conditional].map((g) => g.map((r) => r.id));
      const inNl = advise(person, nl, 'nl');
      const inEn = advise(person, en, 'en');
      expect(ids(inEn)).toEqual(ids(inNl));
      expect(inEn.notSuitable.map((r) => r.id).sort()).toEqual(inNl.notSuitable.map((r) => r.id).sort());
      expect(inEn.signals.map((s) => s.id)).toEqual(inNl.signals.map((s) => s.id));
    }
  });

  it('keeps Dutch as the default (the public API answers in Dutch)', () => {
    const all = texts(advise(PEOPLE.bijstand28Utrecht, nl, 'nl'));
    expect(all).toContain('Deze route is er in de regio Midden-Utrecht. Jij woont in Utrecht.');
    expect(all).not.toContain('Deze route is voor mensen met bijstand. Jij hebt bijstand.');
  });

  it('joins lists the way each language does', () => {
    expect(orList(['a', 'b', 'c'], 'nl')).toBe('a, b of c');
    expect(andList(['a', 'b'], 'nl')).toBe('a en b');
    expect(orList(['a', 'b', 'c'], 'en')).toBe('a, b, or c');
    expect(orList(['a', 'b'], 'en')).toBe('a or b');
    expect(andList(['a', 'b', 'c'], 'en')).toBe('a, b, and c');
    expect(andList(['a', 'b', 'c'], 'nl')).toBe('a, b en c');
    expect(orList(['a'], 'en')).toBe('a');
    expect(andList([], 'nl')).toBe('');
    expect(labelsFor('en').askAt.huisarts).toBe('your GP (huisarts)');
    expect(labelsFor('nl').askAt.huisarts).toBe('je huisarts');
  });
});
