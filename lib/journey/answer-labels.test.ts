import { describe, expect, it } from 'vitest';
import { getCatalogue } from '@/lib/catalogue/load';
import { emptyAnswers, type Answers } from '@/lib/answers/schema';
import { answerText } from '@/lib/journey/answer-labels';
import { optionValues } from '@/lib/journey/forms';
import { questionCopy } from '@/lib/journey/question-copy';
import { QUESTION_IDS } from '@/lib/journey/questions';

/* The words of the wizard's questions and answers, in Dutch and in English. */
const { regions } = getCatalogue('nl');
const utrecht = [...regions.gemeenten.values()].find((g) => g.name === 'Utrecht')!;
const answers = (a: Partial<Answers['situation']>, wish: Answers['wish'] = {}): Answers => ({ ...emptyAnswers(), situation: a, wish });

describe('question texts', () => {
  it('has a title, a why, a short label and a label for every option, in both languages', () => {
    for (const locale of ['nl', 'en'] as const) {
      for (const q of QUESTION_IDS) {
        const copy = questionCopy(q, locale);
        expect(copy.title && copy.why && copy.short, `${locale} ${q}`).toBeTruthy();
        // A missing message would come back as its key ("questions.work.options.none.label").
        for (const v of optionValues(q)) expect(copy.options?.[v]?.label ?? 'questions.', `${locale} ${q}.${v}`).not.toContain('questions.');
        expect(Object.keys(copy.options ?? {}).sort(), `${locale} ${q}`).toEqual([...optionValues(q)].sort());
      }
    }
  });

  it('gives every request the same texts, which no caller can change for the next', () => {
    const first = questionCopy('crisis', 'nl');
    expect(questionCopy('crisis', 'nl')).toBe(first);
    expect(questionCopy('crisis', 'en')).not.toBe(first);
    expect(() => {
      (first as { title: string }).title = 'iets anders';
    }).toThrow(TypeError);
    expect(() => {
      (first.options!.yes as { label: string }).label = 'iets anders';
    }).toThrow(TypeError);
    expect(questionCopy('crisis', 'nl').title).toBe('Hoe gaat het nu met je?');
    expect(questionCopy('crisis', 'nl').options?.yes?.label).toBe('Het gaat nu heel slecht met me');
  });

  it('reads Dutch and English', () => {
    expect(questionCopy('crisis', 'nl').title).toBe('Hoe gaat het nu met je?');
    expect(questionCopy('crisis', 'en').title).toBe('How are you doing right now?');
    expect(questionCopy('age', 'en').skip).toBe('I don’t want to fill this in');
    expect(questionCopy('benefit', 'en').options?.bijstand).toEqual({ label: 'Yes, from the municipality (bijstand)' });
    expect(questionCopy('goal', 'en').hint).toBe('Choose what fits best right now. You can change it later.');
    expect(questionCopy('work', 'en').hint).toBeUndefined();
  });
});

describe('answerText', () => {
  it('shows the answer in Dutch', () => {
    expect(answerText('municipality', answers({ municipality: utrecht.code }), regions, 'nl')).toBe(`Utrecht (regio ${utrecht.arbeidsmarktregio})`);
    expect(answerText('age', answers({ age: 34 }), regions, 'nl')).toBe('34 jaar');
    expect(answerText('age', answers({}), regions, 'nl')).toBe('Niet ingevuld');
    expect(answerText('support', answers({}, { support: [] }), regions, 'nl')).toBe('Niets gekozen');
    expect(answerText('benefit', answers({ benefit: 'uwv-unknown' }), regions, 'nl')).toBe('Ja, van UWV, maar ik weet niet welke uitkering');
  });

  it('shows the answer in English', () => {
    expect(answerText('municipality', answers({ municipality: utrecht.code }), regions, 'en')).toBe(`Utrecht (region ${utrecht.arbeidsmarktregio})`);
    expect(answerText('municipality', answers({}), regions, 'en')).toBe('Not filled in');
    expect(answerText('age', answers({ age: 34 }), regions, 'en')).toBe('34 years');
    expect(answerText('support', answers({}, { support: [] }), regions, 'en')).toBe('Nothing chosen');
    expect(answerText('support', answers({}, { support: ['skills', 'peers'] }), regions, 'en')).toBe('Learn skills, Meet people who go through the same things');
    expect(answerText('careOverOneYear', answers({}), regions, 'en')).toBe('I don’t know');
    expect(answerText('crisis', answers({ crisis: false }), regions, 'en')).toBe('I can calmly answer these questions now');
  });
});

describe('an employee paid by the employer (issue 12)', () => {
  it('"Nee, ik krijg loon van mijn werkgever" records no benefit, and reads back as that choice for an employee', async () => {
    const { parseAnswer, currentValues } = await import('@/lib/journey/forms');
    const form = new FormData();
    form.set('answer', 'wage');
    const parsed = parseAnswer('benefit', form, regions);
    expect(parsed).toEqual({ ok: true, patch: { situation: { benefit: 'none' } } });
    expect(currentValues('benefit', answers({ work: 'sick-listed', benefit: 'none' }), true, regions)).toEqual(['wage']);
    expect(currentValues('benefit', answers({ work: 'none', benefit: 'none' }), true, regions)).toEqual(['none']);
    expect(answerText('benefit', answers({ work: 'employed', benefit: 'none' }), regions, 'nl')).toBe('Nee, ik krijg loon van mijn werkgever');
  });
});
