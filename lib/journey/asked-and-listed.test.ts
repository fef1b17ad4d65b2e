import fc from 'fast-check';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { Answers } from '@/lib/answers/schema';
import { loadCatalogue } from '@/lib/catalogue/load';
import { relevantFields } from '@/lib/engine/relevance';
import { machineDeps } from '@/lib/journey/deps';
import { answeredQuestions, stateKey } from '@/lib/journey/flow';
import { answersBefore } from '@/lib/journey/is-asked';
import { answerPartOf, QUESTION_IDS, QUESTIONS, type AnswerPatch, type QuestionId } from '@/lib/journey/questions';
import { createRouteMachine } from '@/machines/route-machine';
import { PEOPLE } from '@/tests/support/personas';
import { loadRegions } from '@/lib/regions/regions';

/*
 * Issue 15: "Ga je naar dagbesteding?" was asked, then missing from the check page. A person
 * walks the statechart answering whatever it shows; at the check page every question they
 * were shown is listed, and each one asked for a route's sake still matters for the advice.
 */

const catalogue = loadCatalogue();
const deps = machineDeps(catalogue);
const machine = createRouteMachine(deps);
const codes = [...loadRegions(`${process.cwd()}/content`).gemeenten.keys()];

/** A walk: the statechart shows a question, the person answers it with `answerOf(q)`. */
function walk(answerOf: (q: QuestionId) => AnswerPatch): { shown: QuestionId[]; answers: Answers; listed: QuestionId[] } {
  const actor = createActor(machine).start();
  const shown: QuestionId[] = [];
  for (let i = 0; i < 60; i++) {
    const key = stateKey(actor.getSnapshot().value);
    if (key === 'journey.check') break;
    if (key === 'help') {
      actor.send({ type: 'help.continue' });
      continue;
    }
    const q = key.split('.')[2] as QuestionId;
    shown.push(q);
    actor.send({ type: 'answer.submit', question: q, patch: answerOf(q) });
  }
  const c = actor.getSnapshot().context;
  actor.stop();
  expect(stateKey(actor.getSnapshot().value)).toBe('journey.check');
  return { shown, answers: c.answers, listed: [...answeredQuestions('situation', c, deps.isAsked), ...answeredQuestions('wish', c, deps.isAsked)] };
}

/**
 * Questions shown for a route's sake whose field no route still possible restricts. `when`:
 * judged on the answers given before the question (what the statechart knew when it asked),
 * or in hindsight, on every other answer. A later answer can rule out the routes a question
 * was asked for (the GGZ-instelling, then an age of 15 rules out every route tied to one), so
 * hindsight holds for the personas but not for every random walk.
 */
function irrelevant(shown: readonly QuestionId[], answers: Answers, when: 'asked' | 'hindsight'): QuestionId[] {
  return shown.filter((q) => {
    const rule = QUESTIONS[q].asked;
    const before = answersBefore(q, answers);
    if ('always' in rule || rule.or?.(before)) return false;
    const known = when === 'asked' ? before : answers;
    const { [q]: _own, ...situation } = known.situation as Record<string, unknown>;
    return !relevantFields({ ...known, situation }, catalogue).has(rule.relevant);
  });
}

const choiceArb = (q: QuestionId): fc.Arbitrary<AnswerPatch> => {
  const def = QUESTIONS[q];
  switch (def.kind) {
    case 'radio':
      return fc.constantFrom(...def.choices.map((c) => c.patch));
    case 'checkbox':
      return fc.subarray([...def.options]).map((v) => def.patch(v));
    case 'municipality':
      return fc.constantFrom(...codes).map((municipality) => ({ situation: { municipality } }));
    case 'age':
      return fc.integer({ min: def.min, max: def.max }).map((age) => ({ situation: { age } }));
  }
};
const personArb = fc.record(Object.fromEntries(QUESTION_IDS.map((q) => [q, choiceArb(q)])) as Record<QuestionId, fc.Arbitrary<AnswerPatch>>);

/** A persona's answer to a question, as the form would patch it (no answer: "ik weet het niet"). */
const fromPersona = (p: Answers) => (q: QuestionId): AnswerPatch => {
  if (q === 'priorities') return { priorities: p.priorities ?? [] };
  if (answerPartOf(q) === 'wish') return { wish: { [q]: (p.wish as Record<string, unknown>)[q] } };
  return { situation: { [q]: (p.situation as Record<string, unknown>)[q] } };
};

describe('every question asked is on the check page, and counts', () => {
  it('for any answers given along the way', () => {
    fc.assert(
      fc.property(personArb, (person) => {
        const { shown, answers, listed } = walk((q) => person[q]);
        expect(listed).toEqual(shown);
        expect(irrelevant(shown, answers, 'asked')).toEqual([]);
      }),
      { numRuns: Number(process.env.RUNS ?? 150) },
    );
  });

  it.each(Object.keys(PEOPLE) as (keyof typeof PEOPLE)[])('for persona %s', (name) => {
    const { shown, answers, listed } = walk(fromPersona(PEOPLE[name]));
    expect(listed).toEqual(shown);
    expect(irrelevant(shown, answers, 'hindsight')).toEqual([]);
  });

  it('lists dagbesteding when "nee" rules out the route that asked it (Actief herstel)', () => {
    const person = { ...PEOPLE.mediantDagbestedingEnschede, situation: { ...PEOPLE.mediantDagbestedingEnschede.situation, dayActivities: false } };
    const { shown, listed } = walk(fromPersona(person));
    expect(shown).toContain('dayActivities');
    expect(listed).toContain('dayActivities');
  });
});
