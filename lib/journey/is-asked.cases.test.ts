import { describe, expect, it } from 'vitest';
import type { Answers } from '@/lib/answers/schema';
import { getCatalogue } from '@/lib/catalogue/load';
import { answersBefore, makeIsAsked } from '@/lib/journey/is-asked';
import { QUESTIONS, type QuestionDef, type QuestionId } from '@/lib/journey/questions';
import { PEOPLE } from '@/tests/support/personas';

/*
 * Which question is asked, and on which answers (issue 14: is-asked.ts's survivors). A
 * question is asked on the answers of the questions before it, never on its own or later
 * ones; severity and care are asked of everyone with psychische klachten even when no route
 * restricts them; a stale question id (an old cookie) is not asked.
 */

const real = getCatalogue('nl');
/** A catalogue in which no route restricts anything: only the registry's own rules ask. */
const empty = { ...real, routes: [] };
const everything: Answers = { ...PEOPLE.bijstandRotterdam, priorities: ['peers'] };

describe('severity and care: asked of everyone with psychische klachten, whatever the routes', () => {
  const isAsked = makeIsAsked(empty);

  it.each(['severity', 'care'] as const)('%s: asked with psychische klachten or before the condition is known, not for another limitation alone', (q) => {
    expect(isAsked(q, { situation: { condition: 'mental-health' }, wish: {} })).toBe(true);
    expect(isAsked(q, { situation: {}, wish: {} })).toBe(true);
    expect(isAsked(q, { situation: { condition: 'other-limitation' }, wish: {} })).toBe(false);
  });

  it('questions no route restricts are not asked', () => {
    for (const q of ['age', 'dayActivities', 'multipleProblems', 'targetGroupRegister'] as const) expect(isAsked(q, everything), q).toBe(false);
  });
});

describe('a question is asked on the answers before it', () => {
  it('the first question is asked on nothing', () => {
    expect(answersBefore('crisis', everything)).toEqual({ situation: {}, wish: {} });
  });

  it('the pace is asked on every situation answer and the kinds of support, not on itself or the priorities after it', () => {
    const before = answersBefore('pace', everything);
    expect(before.situation).toEqual(everything.situation);
    expect(before.wish).toEqual({ goal: everything.wish.goal, support: everything.wish.support });
    expect(before.priorities).toBeUndefined();
  });

  it('the goal, a wish asked in step 1, is asked without the later wishes', () => {
    const before = answersBefore('goal', everything);
    expect(before.wish).toEqual({});
    expect(before.situation.municipality).toBe(everything.situation.municipality);
    expect(before.situation.targetGroupRegister).toBeUndefined();
  });

  it('a name that is no question takes every answer', () => {
    expect(answersBefore('not-a-question', everything)).toEqual(everything);
  });

  it('a question added after the priorities is asked on them too', () => {
    const later: QuestionDef = { step: 'wish', slug: 'later', kind: 'radio', choices: [], asked: { always: true } };
    const registry = { ...QUESTIONS, later };
    expect(answersBefore('later', everything, registry)).toEqual(everything);
    expect(answersBefore('later', { ...everything, priorities: undefined }, registry)).not.toHaveProperty('priorities');
  });
});

describe('a stale question id', () => {
  it('is not asked, and the questions around it still are', () => {
    const isAsked = makeIsAsked(real);
    expect(isAsked('veteraan' as QuestionId, everything)).toBe(false);
    expect(isAsked('crisis', everything)).toBe(true);
  });
});
