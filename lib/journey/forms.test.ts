import { describe, expect, it } from 'vitest';
import { MAX_AGE, MIN_AGE } from '@/lib/answers/schema';
import { getCatalogue } from '@/lib/catalogue/load';
import { currentValues, parseAnswer } from '@/lib/journey/forms';
import { QUESTION_IDS } from '@/lib/journey/questions';

const { regions } = getCatalogue('nl');
const form = (entries: [string, string][]) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};

describe('parseAnswer', () => {
  it.each([
    [String(MIN_AGE - 1), { ok: false, error: 'age-too-low', value: String(MIN_AGE - 1) }],
    ['0', { ok: false, error: 'age-too-low', value: '0' }],
    [String(MIN_AGE), { ok: true, patch: { situation: { age: MIN_AGE } } }],
    [String(MAX_AGE), { ok: true, patch: { situation: { age: MAX_AGE } } }],
    [String(MAX_AGE + 1), { ok: false, error: 'age-too-high', value: String(MAX_AGE + 1) }],
    ['dertig', { ok: false, error: 'age-not-a-number', value: 'dertig' }],
    ['', { ok: false, error: 'required' }],
  ])('age %j', (raw, expected) => {
    expect(parseAnswer('age', form([['answer', raw]]), regions)).toEqual(expected);
  });

  it('takes a skipped age as "not known", not as an age', () => {
    expect(parseAnswer('age', form([['skip', '1']]), regions)).toEqual({ ok: true, patch: { situation: { age: undefined } } });
  });

  it('asks again for a choice it does not offer, on every radio question, instead of failing', () => {
    for (const q of QUESTION_IDS) {
      const parsed = parseAnswer(q, form([['answer', 'not-an-option']]), regions);
      if (q === 'support' || q === 'priorities') expect(parsed.ok).toBe(true);
      else if (q === 'municipality') expect(parsed).toMatchObject({ ok: false, error: 'unknown-municipality' });
      else if (q === 'age') expect(parsed).toMatchObject({ ok: false, error: 'age-not-a-number' });
      else expect(parsed).toEqual({ ok: false, error: 'required' });
    }
  });

  it('keeps checkbox choices in the order offered, without duplicates or unknown values', () => {
    const parsed = parseAnswer('support', form([['answer', 'peers'], ['answer', 'explore'], ['answer', 'peers'], ['answer', 'x']]), regions);
    expect(parsed).toEqual({ ok: true, patch: { wish: { support: ['explore', 'peers'] } } });
  });

  it('shows "loon" again for an employee without a benefit, and "geen" for anyone else', () => {
    const answers = { situation: { work: 'employed' as const, benefit: 'none' as const }, wish: {} };
    expect(currentValues('benefit', answers, true, regions)).toEqual(['wage']);
    expect(currentValues('benefit', { ...answers, situation: { ...answers.situation, work: 'none' as const } }, true, regions)).toEqual(['none']);
    expect(currentValues('careProvider', { situation: {}, wish: {} }, true, regions)).toEqual(['unknown']);
  });
});
