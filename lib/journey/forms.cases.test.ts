import { describe, expect, it } from 'vitest';
import { emptyAnswers, PACES } from '@/lib/answers/schema';
import { getCatalogue } from '@/lib/catalogue/load';
import { currentValues, fieldKind, findMunicipality, optionValues, parseAnswer } from '@/lib/journey/forms';
import { QUESTIONS } from '@/lib/journey/questions';

/*
 * The forms as a person fills them in: what each kind of field accepts, what it refuses with
 * which message code, and what it shows as already chosen (lib/journey/forms.ts).
 */

const { regions } = getCatalogue('nl');
const form = (entries: [string, string][]) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};
const code = (name: string) => [...regions.gemeenten.values()].find((g) => g.name === name)!.code;

describe('finding a gemeente from what a person types', () => {
  it('takes a name in any case and spacing, and the everyday names of Den Haag and Den Bosch', () => {
    expect(findMunicipality('  enschede ', regions)).toEqual({ code: code('Enschede'), alsoIn: [] });
    expect(findMunicipality('Den Haag', regions)).toEqual({ code: code("'s-Gravenhage"), alsoIn: [] });
    expect(findMunicipality('den bosch', regions)).toEqual({ code: code("'s-Hertogenbosch"), alsoIn: [] });
    expect(findMunicipality('s hertogenbosch', regions)).toEqual({ code: code("'s-Hertogenbosch"), alsoIn: [] });
    expect(findMunicipality('Atlantis', regions)).toBeUndefined();
  });

  it('takes a postcode with or without letters and space, and names the other gemeenten a postcode spans', () => {
    const [pc, codes] = [...regions.postcodes.entries()].find(([, c]) => c.length === 1)!;
    expect(findMunicipality(pc, regions)).toEqual({ code: codes[0], alsoIn: [] });
    expect(findMunicipality(`${pc} AB`, regions)).toEqual({ code: codes[0], alsoIn: [] });
    expect(findMunicipality(`${pc}ab`, regions)).toEqual({ code: codes[0], alsoIn: [] });
    const [shared, several] = [...regions.postcodes.entries()].find(([, c]) => c.length > 1)!;
    expect(findMunicipality(shared, regions)).toEqual({ code: several[0], alsoIn: several.slice(1) });
    // Four digits that are no postcode, too many letters, or letters first: not found.
    const unused = Array.from({ length: 9000 }, (_, i) => String(1000 + i)).find((p) => !regions.postcodes.has(p))!;
    expect(findMunicipality(unused, regions)).toBeUndefined();
    expect(findMunicipality(`${pc} ABC`, regions)).toBeUndefined();
    expect(findMunicipality(`AB ${pc}`, regions)).toBeUndefined();
  });
});

describe('parseAnswer by kind of field', () => {
  it('a radio question takes one of its own choices, with the patch of that choice', () => {
    expect(parseAnswer('pace', form([['answer', 'own-pace']]), regions)).toEqual({ ok: true, patch: { wish: { pace: 'own-pace' } } });
    expect(parseAnswer('pace', form([]), regions)).toEqual({ ok: false, error: 'required' });
  });

  it('a checkbox question with nothing ticked is an answer: none of these', () => {
    expect(parseAnswer('support', form([]), regions)).toEqual({ ok: true, patch: { wish: { support: [] } } });
  });

  it('the gemeente: found, not found (with what was typed), empty, or skipped', () => {
    expect(parseAnswer('municipality', form([['answer', ' Enschede ']]), regions)).toEqual({ ok: true, patch: { situation: { municipality: code('Enschede') } } });
    expect(parseAnswer('municipality', form([['answer', 'Atlantis']]), regions)).toEqual({ ok: false, error: 'unknown-municipality', value: 'Atlantis' });
    expect(parseAnswer('municipality', form([['answer', '   ']]), regions)).toEqual({ ok: false, error: 'required' });
    expect(parseAnswer('municipality', form([['skip', '1'], ['answer', 'Enschede']]), regions)).toEqual({ ok: true, patch: { situation: { municipality: undefined } } });
    // What comes back in an error is at most 100 characters, whatever was sent.
    const long = parseAnswer('municipality', form([['answer', 'x'.repeat(5000)]]), regions);
    expect(long).toEqual({ ok: false, error: 'unknown-municipality', value: 'x'.repeat(100) });
  });

  it('the age: spaces around it are fine, four digits or a sign are not a number', () => {
    expect(parseAnswer('age', form([['answer', ' 30 ']]), regions)).toEqual({ ok: true, patch: { situation: { age: 30 } } });
    expect(parseAnswer('age', form([['answer', '1000']]), regions)).toEqual({ ok: false, error: 'age-not-a-number', value: '1000' });
    expect(parseAnswer('age', form([['answer', '-30']]), regions)).toEqual({ ok: false, error: 'age-not-a-number', value: '-30' });
    expect(parseAnswer('age', form([['answer', '30 jaar']]), regions)).toEqual({ ok: false, error: 'age-not-a-number', value: '30 jaar' });
    expect(parseAnswer('age', form([['skip', '0'], ['answer', '']]), regions)).toEqual({ ok: false, error: 'required' });
  });
});

describe('what a form shows as chosen', () => {
  const answers = { ...emptyAnswers(), situation: { municipality: code('Enschede'), age: 34, careProvider: 'mediant' as const }, wish: { pace: 'fast' as const, support: ['peers' as const, 'explore' as const] } };

  it('nothing for a question not answered yet, whatever the answers hold', () => {
    for (const q of ['municipality', 'age', 'pace', 'support', 'careProvider'] as const) expect(currentValues(q, answers, false, regions)).toEqual([]);
  });

  it('each kind of field shows its stored answer: the gemeente by name, the age as typed, the choice, the ticked boxes', () => {
    expect(currentValues('municipality', answers, true, regions)).toEqual(['Enschede']);
    expect(currentValues('age', answers, true, regions)).toEqual(['34']);
    expect(currentValues('pace', answers, true, regions)).toEqual(['fast']);
    expect(currentValues('careProvider', answers, true, regions)).toEqual(['mediant']);
    expect(currentValues('support', answers, true, regions)).toEqual(['peers', 'explore']);
  });

  it('an answered question without a stored value shows nothing chosen (a skipped age or gemeente), or "weet ik niet" where that is a choice', () => {
    expect(currentValues('age', emptyAnswers(), true, regions)).toEqual([]);
    expect(currentValues('municipality', emptyAnswers(), true, regions)).toEqual([]);
    expect(currentValues('pace', emptyAnswers(), true, regions)).toEqual([]);
    expect(currentValues('support', emptyAnswers(), true, regions)).toEqual([]);
  });
});

describe('the registry decides each form', () => {
  it('radio questions offer their choices in order, checkbox questions their options, text fields none', () => {
    expect(optionValues('pace')).toEqual([...PACES]);
    expect(optionValues('support')).toEqual(QUESTIONS.support.kind === 'checkbox' ? QUESTIONS.support.options : []);
    expect(optionValues('age')).toEqual([]);
    expect(optionValues('municipality')).toEqual([]);
    expect(fieldKind('age')).toBe('age');
    expect(fieldKind('municipality')).toBe('municipality');
    expect(fieldKind('support')).toBe('checkbox');
    expect(fieldKind('pace')).toBe('radio');
  });
});
