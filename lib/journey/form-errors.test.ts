import { describe, expect, it } from 'vitest';
import { formErrorText } from '@/lib/journey/form-errors';

/* The `?fout=<code>` of a question page: the code is the same in every language, the text is not. */
describe('formErrorText', () => {
  it('gives the Dutch text by default', () => {
    expect(formErrorText('work', 'required', 'nl')).toBe('Kies een antwoord.');
    expect(formErrorText('age', 'required', 'nl')).toBe('Vul dit in, of kies "Dit wil ik niet invullen".');
    expect(formErrorText('age', 'age-too-low', 'nl')).toBe('Deze routewijzer is voor mensen van 15 jaar en ouder.');
  });

  it('gives the English text on the English pages', () => {
    expect(formErrorText('work', 'required', 'en')).toBe('Choose an answer.');
    expect(formErrorText('municipality', 'required', 'en')).toBe('Fill this in, or choose "I don’t want to fill this in".');
    expect(formErrorText('municipality', 'unknown-municipality', 'en')).toBe(
      'We don’t know this municipality or postcode. Check your spelling, or type your postcode (4 digits).',
    );
    expect(formErrorText('age', 'age-not-a-number', 'en')).toBe('Fill in your age in numbers, for example 34.');
  });

  it('shows nothing for an unknown or repeated code', () => {
    expect(formErrorText('age', 'summaryTitle', 'nl')).toBeUndefined();
    expect(formErrorText('age', 'toString', 'nl')).toBeUndefined();
    expect(formErrorText('age', ['required', 'required'], 'nl')).toBeUndefined();
    expect(formErrorText('age', undefined, 'en')).toBeUndefined();
  });
});
