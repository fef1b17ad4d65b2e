import { describe, expect, it } from 'vitest';
import { lix, wordsOf } from '@/lib/text/readability';

describe('LIX', () => {
  it('is words per sentence plus the share of long words (more than six letters) in percent', () => {
    // 7 words, 2 sentences, 1 long word ("uitkering"): 7/2 + 100·1/7 = 17.8
    expect(lix(['Ik ben moe. Ik wil een uitkering.'])).toEqual({ lix: 17.8, words: 7, sentences: 2, longWords: 1 });
  });

  it('counts a label without a full stop as one sentence, and each text on its own', () => {
    expect(lix(['Ja', 'Nee', 'Ik weet het niet']).sentences).toBe(3);
    expect(lix(['Ja. Nee']).sentences).toBe(2);
  });

  it('rates officialese higher than the same thing in plain words', () => {
    const official = lix(['Arbeidsongeschiktheidsuitkering krachtens de Wet werk en inkomen naar arbeidsvermogen']);
    const plain = lix(['Ik krijg geld van UWV omdat ik door ziekte minder kan werken']);
    expect(official.lix).toBeGreaterThan(50);
    expect(plain.lix).toBeLessThan(30);
  });

  it('keeps hyphenated and elided words whole, and counts only letters for length', () => {
    expect(wordsOf('GGZ-instelling, regio’s en 2025')).toEqual(['GGZ-instelling', 'regio’s', 'en', '2025']);
    expect(lix(['GGZ-instelling']).longWords).toBe(1);
    expect(lix(['1234567']).longWords).toBe(0);
  });

  it('is 0 for no words', () => {
    expect(lix([]).lix).toBe(0);
    expect(lix(['...']).lix).toBe(0);
  });
});
