import { describe, expect, it } from 'vitest';
import type { Answers } from '@/lib/answers/schema';
import { getCatalogue } from '@/lib/catalogue/load';
import type { Catalogue, Route } from '@/lib/catalogue/schema';
import { advise } from '@/lib/engine/advise';
import { fieldsRestrictedBy } from '@/lib/engine/relevance';
import { answeredQuestions, reachableQuestions } from '@/lib/journey/flow';
import { parseAnswer } from '@/lib/journey/forms';
import { makeIsAsked } from '@/lib/journey/is-asked';
import { QUESTIONS, questionsOfStep, type QuestionDef, type QuestionId } from '@/lib/journey/questions';
import { createRouteMachine, initialContext } from '@/machines/route-machine';
import { PEOPLE } from '@/tests/support/personas';

/*
 * What docs/questions.md promises: one registry entry makes a question asked (by the
 * statechart, only when its answer can change the advice), listed on the check page, parsed
 * from its form and used by the engine. The fixture asks `veteran`, a field the API and the
 * catalogue already know but the wizard never asks, and a copy of a route that restricts it.
 */

const veteran: QuestionDef = {
  step: 'situation',
  slug: 'veteraan',
  kind: 'radio',
  choices: [
    { value: 'yes', patch: { situation: { veteran: true } } },
    { value: 'no', patch: { situation: { veteran: false } } },
  ],
  asked: { relevant: 'veteran' },
};
const registry = { ...QUESTIONS, veteran };
const fixture = 'veteran' as QuestionId;
const order = { situation: questionsOfStep(registry, 'situation') as QuestionId[], wish: questionsOfStep(registry, 'wish') as QuestionId[] };

const real = getCatalogue('nl');
const person: Answers = PEOPLE.bijstandRotterdam;
const base = advise(person, real, 'nl').recommended[0]!;
const original = real.routes.find((r) => r.id === base.id)!;
const criterion = real.routes.flatMap((r) => r.eligibility.other)[0]!;
// The recommended route, copied under a new id, open to veterans only.
const forVeterans: Route = {
  ...original,
  id: 'proef-veteranen',
  eligibility: { ...original.eligibility, other: [{ ...criterion, anyOf: [[{ field: 'veteran', in: [true] }]] }] },
};
const catalogue: Catalogue = { ...real, routes: [...real.routes, forVeterans] };

const everyAskedAnswered = (isAsked: ReturnType<typeof makeIsAsked>, answers: Answers) =>
  [...order.situation, ...order.wish].filter((q) => q !== fixture && isAsked(q, answers));

describe('a new question, added as one registry entry', () => {
  const isAsked = makeIsAsked(catalogue, registry);
  const machine = createRouteMachine({ isAsked, followUps: () => [] }, order);

  it('is asked by the statechart after the other situation questions, when a route restricts its field', () => {
    const context = { ...initialContext(), answers: person, answered: everyAskedAnswered(isAsked, person) };
    expect(base.id).toBeTruthy();
    expect(reachableQuestions(machine, context).open).toBe(fixture);
  });

  it('is not asked when no route restricts its field', () => {
    const withoutRoute = makeIsAsked({ ...real, routes: real.routes.filter((r) => !fieldsRestrictedBy(r).has('veteran')) }, registry);
    const m = createRouteMachine({ isAsked: withoutRoute, followUps: () => [] }, order);
    const context = { ...initialContext(), answers: person, answered: everyAskedAnswered(withoutRoute, person) };
    expect(withoutRoute(fixture, person)).toBe(false);
    expect(reachableQuestions(m, context).open).toBeUndefined();
  });

  it('is parsed from its form and shown on the check page once answered', () => {
    const form = new FormData();
    form.set('answer', 'yes');
    const parsed = parseAnswer(fixture, form, catalogue.regions, registry);
    expect(parsed).toEqual({ ok: true, patch: { situation: { veteran: true } } });
    const answers = { ...person, situation: { ...person.situation, veteran: true } };
    const answered = [...everyAskedAnswered(isAsked, answers), fixture];
    expect(answeredQuestions('situation', { answers, answered }, isAsked, registry)).toContain(fixture);
    expect(answeredQuestions('situation', { answers, answered: answered.slice(0, -1) }, isAsked, registry)).not.toContain(fixture);
  });

  it('changes the advice through the engine', () => {
    const withAnswer = (v: boolean): Answers => ({ ...person, situation: { ...person.situation, veteran: v } });
    expect(advise(withAnswer(false), catalogue, 'nl').notSuitable.map((r) => r.id)).toContain('proef-veteranen');
    expect(advise(withAnswer(true), catalogue, 'nl').notSuitable.map((r) => r.id)).not.toContain('proef-veteranen');
  });
});
