import { describe, expect, it } from 'vitest';
import type { Answers } from '@/lib/answers/schema';
import { getCatalogue } from '@/lib/catalogue/load';
import { relevantFields } from '@/lib/engine/relevance';
import { makeIsAsked } from '@/lib/journey/is-asked';
import { PEOPLE } from '@/tests/support/personas';

const catalogue = getCatalogue('nl');
const isAsked = makeIsAsked(catalogue);
const withCare = (care: Answers['situation']['care']): Answers => {
  const { care: _, careProvider: __, careOverOneYear: ___, ...situation } = PEOPLE.epaDimenceEnschede.situation;
  return { ...PEOPLE.epaDimenceEnschede, situation: care ? { ...situation, care } : situation };
};

describe('isAsked', () => {
  it.each(['careProvider', 'careOverOneYear'] as const)('asks %s only of someone in GGZ care, even where routes restrict it', (q) => {
    // Care not known yet: a route still possible restricts the field, so only the GGZ gate keeps the question away.
    expect(relevantFields(withCare(undefined), catalogue).has(q)).toBe(true);
    for (const care of [undefined, 'gp', 'none'] as const) expect(isAsked(q, withCare(care))).toBe(false);
    for (const care of ['specialist-ggz', 'basic-ggz'] as const) expect(isAsked(q, withCare(care))).toBe(true);
  });

  it('always asks the core questions, and asks severity and care of everyone with psychische klachten', () => {
    const nobody: Answers = { situation: {}, wish: {} };
    for (const q of ['crisis', 'condition', 'work', 'benefit', 'municipality', 'goal', 'support', 'pace', 'priorities'] as const) expect(isAsked(q, nobody)).toBe(true);
    expect(isAsked('severity', { situation: { condition: 'mental-health' }, wish: {} })).toBe(true);
    expect(isAsked('care', { situation: { condition: 'mental-health' }, wish: {} })).toBe(true);
  });

  it('does not ask the age when no route still possible restricts it', () => {
    const answers = PEOPLE.bijstandRotterdam;
    expect(isAsked('age', answers)).toBe(relevantFields(answers, catalogue).has('age'));
  });
});
