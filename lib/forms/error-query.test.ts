import { describe, expect, it } from 'vitest';
import { errorCodec, fieldErrorCodec } from '@/lib/forms/error-query';
import { getCatalogue } from '@/lib/catalogue/load';
import { intakeErrorQuery, intakeErrorsFromQuery } from '@/lib/intake/intake-form';
import { formErrors } from '@/lib/journey/form-errors';
import { FORM_ERRORS, parseAnswer } from '@/lib/journey/forms';
import { QUESTION_IDS } from '@/lib/journey/questions';
import { MEETING_ERRORS, meetingErrors } from '@/lib/meeting/forms';

/* One `?fout=` codec for every form: codes go in, the same codes come out, nothing else gets through. */

const value = (query: string) => new URLSearchParams(query).get('fout');
const subsets = <T,>(all: readonly T[]): T[][] => all.reduce<T[][]>((acc, x) => [...acc, ...acc.map((s) => [...s, x])], [[]]);

describe('errorCodec', () => {
  const codec = errorCodec(['who', 'whoLong', 'when', 'full']);

  it('reads back every set of codes it writes, in the form’s order, each once', () => {
    for (const errors of subsets(['who', 'whoLong', 'when', 'full'] as const)) {
      expect(codec.fromQuery(value(codec.toQuery(errors)))).toEqual(errors);
    }
    expect(codec.toQuery([])).toBe('');
    expect(codec.toQuery(['when', 'who', 'when'])).toBe('fout=when,who');
    expect(codec.fromQuery('when,who,when')).toEqual(['who', 'when']);
  });

  it('drops whatever is not one of the form’s codes', () => {
    expect(codec.fromQuery('who,<script>,Who,when ,toString,__proto__')).toEqual(['who']);
    expect(codec.fromQuery(['who', 'when'])).toEqual([]);
    expect(codec.fromQuery(undefined)).toEqual([]);
    expect(codec.fromQuery(`who,${'x'.repeat(10_000)}`)).toEqual([]);
  });

  it('refuses to write a code it does not know, and codes that are not slugs', () => {
    expect(() => codec.toQuery(['Bel 0900-1234' as 'who'])).toThrow(/Not a code/);
    expect(() => errorCodec(['a,b'])).toThrow(/slug/);
    expect(() => fieldErrorCodec(['age'], ['too:low'])).toThrow(/slug/);
  });
});

describe('fieldErrorCodec', () => {
  const codec = fieldErrorCodec(['municipality', 'age'], ['required', 'age-too-low']);

  it('round-trips field and code, in the order of the fields', () => {
    const errors = [
      { field: 'age', error: 'age-too-low' },
      { field: 'municipality', error: 'required' },
    ] as const;
    expect(codec.toQuery(errors)).toBe('fout=age:age-too-low,municipality:required');
    expect(codec.fromQuery(value(codec.toQuery(errors)))).toEqual([errors[1], errors[0]]);
  });

  it('drops a known code on an unknown field and a known field with an unknown code', () => {
    expect(codec.fromQuery('age:age-too-low,__proto__:required,age:Atlantis,age')).toEqual([{ field: 'age', error: 'age-too-low' }]);
  });
});

describe('the forms’ codecs', () => {
  const regions = getCatalogue('nl').regions;
  const typed = (q: 'municipality' | 'age', text: string) => {
    const f = new FormData();
    f.set('answer', text);
    return parseAnswer(q, f, regions);
  };

  it('keep what a person typed out of the URL, for every refused answer', () => {
    for (const [q, text] of [
      ['municipality', 'Atlantis 12'],
      ['age', 'veertig'],
      ['age', '7'],
      ['age', '130'],
    ] as const) {
      const parsed = typed(q, text);
      if (parsed.ok) throw new Error(`${text} was accepted`);
      for (const query of [formErrors.toQuery([parsed.error]), intakeErrorQuery([{ question: q, error: parsed.error }])]) {
        expect(query).not.toContain(text);
        expect(query).toMatch(/^fout=[a-z-]+(:[a-z-]+)?$/i);
      }
    }
  });

  it('read back every code of the wizard, the intake and the driegesprek', () => {
    for (const e of FORM_ERRORS) expect(formErrors.fromQuery(value(formErrors.toQuery([e])))).toEqual([e]);
    const all = QUESTION_IDS.flatMap((question) => FORM_ERRORS.map((error) => ({ question, error })));
    expect(intakeErrorsFromQuery(value(intakeErrorQuery(all)))).toEqual(all);
    expect(meetingErrors.fromQuery(value(meetingErrors.toQuery(MEETING_ERRORS)))).toEqual([...MEETING_ERRORS]);
  });
});
