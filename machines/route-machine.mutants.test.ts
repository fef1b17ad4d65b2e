import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { Answers } from '@/lib/answers/schema';
import { loadCatalogue } from '@/lib/catalogue/load';
import { machineDeps } from '@/lib/journey/deps';
import { stateKey } from '@/lib/journey/flow';
import type { QuestionId } from '@/lib/journey/questions';
import { applyPatch, createRouteMachine, initialContext, isStateKey, type JourneyContext, type Patch } from '@/machines/route-machine';

/*
 * The statechart (issue 14: its survivors), step by step as a person moves: back and forth
 * over questions, changing one answer from the check page, answers from elsewhere (intake,
 * plan file) at each step, the help page and back, reset, and what the context keeps.
 * The stroomschema's steps: 004:2323-2333.
 */

const catalogue = loadCatalogue();
const deps = machineDeps(catalogue);
const machine = createRouteMachine(deps);
const start = () => createActor(machine).start();
type Actor = ReturnType<typeof start>;
const where = (a: Actor) => stateKey(a.getSnapshot().value);
const context = (a: Actor) => a.getSnapshot().context;

/** Werkfit maken persona (004:1343): WIA, not yet ready for work, in Groningen. */
const answersOf: Partial<Record<QuestionId, Patch>> = {
  crisis: { situation: { crisis: false } },
  condition: { situation: { condition: 'mental-health' } },
  severity: { situation: { severity: 'moderate' } },
  care: { situation: { care: 'basic-ggz' } },
  work: { situation: { work: 'none' } },
  benefit: { situation: { benefit: 'wia-wga' } },
  municipality: { situation: { municipality: '0014' } },
  careProvider: { situation: { careProvider: 'other' } },
  careOverOneYear: { situation: { careOverOneYear: false } },
  dayActivities: { situation: { dayActivities: false } },
  multipleProblems: { situation: { multipleProblems: false } },
  targetGroupRegister: { situation: { targetGroupRegister: 'no' } },
  age: { situation: { age: 40 } },
  goal: { wish: { goal: 'paid-work' } },
  support: { wish: { support: ['skills', 'confidence'] } },
  pace: { wish: { pace: 'own-pace' } },
  priorities: { priorities: ['income-security'] },
};
const shown = (a: Actor) => where(a).split('.')[2] as QuestionId;
const answer = (a: Actor) => a.send({ type: 'answer.submit', question: shown(a), patch: answersOf[shown(a)]! });
/** Answers what is shown until `until` is shown (or the check page). */
function answerUntil(a: Actor, until?: QuestionId) {
  for (let i = 0; i < 40 && where(a) !== 'journey.check' && shown(a) !== until; i++) answer(a);
}
function toProcess(): Actor {
  const a = start();
  answerUntil(a);
  a.send({ type: 'answers.confirm' });
  expect(where(a)).toBe('journey.process');
  return a;
}
function toAssessment(route = 'werkfit-maken'): Actor {
  const a = toProcess();
  a.send({ type: 'route.choose', route });
  a.send({ type: 'assessment.start' });
  expect(where(a)).toBe('journey.assessment.report');
  return a;
}

describe('state names', () => {
  it('knows its own state names and no others', () => {
    expect(isStateKey('journey.check')).toBe(true);
    expect(isStateKey('journey.situation.benefit')).toBe(true);
    expect(isStateKey('journey.situation.nope')).toBe(false);
    expect(isStateKey('journey')).toBe(false);
  });
});

describe('answers', () => {
  it('"ik weet het niet" clears an answer; other answers and the priorities stay', () => {
    const before: Answers = { situation: { age: 30, benefit: 'ww' }, wish: { pace: 'fast' }, priorities: ['peers'] };
    const after = applyPatch(before, { situation: { age: undefined } });
    expect(after.situation).not.toHaveProperty('age');
    expect(after).toEqual({ situation: { benefit: 'ww' }, wish: { pace: 'fast' }, priorities: ['peers'] });
  });

  it('priorities are set, replaced, and never added when nobody chose any', () => {
    const none: Answers = { situation: {}, wish: {} };
    expect(applyPatch(none, { priorities: ['peers'] }).priorities).toEqual(['peers']);
    expect(applyPatch({ ...none, priorities: ['peers'] }, { priorities: ['income-security'] }).priorities).toEqual(['income-security']);
    expect(applyPatch(none, { wish: { pace: 'fast' } })).not.toHaveProperty('priorities');
  });

  it('the priorities chosen on the advice page are kept in the answers', () => {
    const a = toProcess();
    a.send({ type: 'priorities.set', priorities: ['peers', 'stay-in-care'] });
    expect(where(a)).toBe('journey.process');
    expect(context(a).answers.priorities).toEqual(['peers', 'stay-in-care']);
    expect(context(a).answers.wish.pace).toBe('own-pace');
  });

  it('at the crisis question, an answer to another question is ignored, whatever it holds', () => {
    const a = start();
    a.send({ type: 'answer.submit', question: 'pace', patch: { wish: { pace: 'fast' } } });
    expect(where(a)).toBe('journey.situation.crisis');
    expect(context(a).answers.wish).toEqual({});
  });
});

describe('back and forth over the questions', () => {
  it('back goes to the question just before, then the one before that', () => {
    const a = start();
    answerUntil(a, 'benefit');
    a.send({ type: 'nav.back' });
    expect(shown(a)).toBe('work');
    a.send({ type: 'nav.back' });
    expect(shown(a)).toBe('care');
  });

  it('forward again from an answered question visits the next one, answered or not', () => {
    const a = start();
    answerUntil(a, 'work');
    a.send({ type: 'nav.back' });
    a.send({ type: 'nav.back' });
    expect(shown(a)).toBe('severity');
    a.send({ type: 'nav.next' });
    expect(shown(a)).toBe('care');
    expect(context(a).returnToCheck).toBe(false);
  });

  it('after changing one answer from the check page and returning there, back and forth walk every question again', () => {
    const a = start();
    answerUntil(a);
    a.send({ type: 'answers.edit', question: 'benefit' });
    expect(shown(a)).toBe('benefit');
    expect(context(a).returnToCheck).toBe(true);
    answer(a);
    expect(where(a)).toBe('journey.check');
    expect(context(a).returnToCheck).toBe(false);
    a.send({ type: 'nav.back' });
    expect(shown(a)).toBe('priorities');
    a.send({ type: 'nav.back' });
    expect(shown(a)).toBe('pace');
    a.send({ type: 'nav.next' });
    expect(shown(a)).toBe('priorities');
  });

  it('from the check page, changing an answer opens that question', () => {
    for (const q of ['work', 'pace'] as const) {
      const a = start();
      answerUntil(a);
      a.send({ type: 'answers.edit', question: q });
      expect(shown(a)).toBe(q);
    }
  });
});

describe('each step of the stroomschema goes back one step (004:2323-2333)', () => {
  it('process → check, action → process, report → action, decide → report, done → decide', () => {
    const a = toAssessment();
    a.send({ type: 'result.report', result: 'ready-for-work', date: '2026-11-22' });
    a.send({ type: 'assessment.finish' });
    expect(where(a)).toBe('journey.done');
    const back = () => {
      a.send({ type: 'nav.back' });
      return where(a);
    };
    expect(back()).toBe('journey.assessment.decide');
    expect(back()).toBe('journey.assessment.report');
    expect(back()).toBe('journey.action');
    expect(back()).toBe('journey.process');
    expect(back()).toBe('journey.check');
  });
});

describe('results', () => {
  it('a route still running goes back to the action step and keeps what was suggested before', () => {
    const a = toAssessment();
    a.send({ type: 'result.report', result: 'ready-for-work', date: '2026-11-22' });
    expect(context(a).suggested).toEqual(['naar-werk']);
    a.send({ type: 'assessment.continue', route: 'naar-werk' });
    a.send({ type: 'assessment.start' });
    a.send({ type: 'result.report', result: 'still-running', date: '2026-12-01' });
    expect(where(a)).toBe('journey.action');
    expect(context(a).suggested).toEqual(['naar-werk']);
    expect(context(a).lastResult).toBe('still-running');
  });

  it('any other result goes on to decide', () => {
    const a = toAssessment();
    a.send({ type: 'result.report', result: 'stopped', date: '2026-11-22' });
    expect(where(a)).toBe('journey.assessment.decide');
  });
});

describe('help, from anywhere, and back', () => {
  it('from a question deep in step 1, help and back to that question', () => {
    const a = start();
    answerUntil(a, 'benefit');
    a.send({ type: 'crisis.report' });
    expect(where(a)).toBe('help');
    expect(context(a).helpFrom).toBe('elsewhere');
    a.send({ type: 'help.continue' });
    expect(where(a)).toBe('journey.situation.benefit');
    expect(context(a)).toMatchObject({ helpFrom: null, crisisAcknowledged: true });
  });

  it('from a wish question, back to that question', () => {
    const a = start();
    answerUntil(a, 'pace');
    a.send({ type: 'crisis.report' });
    a.send({ type: 'help.continue' });
    expect(where(a)).toBe('journey.wish.pace');
  });
});

describe('starting again', () => {
  it('reset from the middle of step 1 or from the action step starts at the first question with nothing kept', () => {
    for (const a of [(() => {
      const x = start();
      answerUntil(x, 'benefit');
      return x;
    })(), toProcess()]) {
      a.send({ type: 'answers.reset' });
      expect(where(a)).toBe('journey.situation.crisis');
      expect(context(a)).toEqual(initialContext());
    }
  });
});

describe('answers from elsewhere (intake, plan file)', () => {
  const complete = (): JourneyContext => context(toProcess());
  const missing = (q: QuestionId): JourneyContext => {
    const c = complete();
    return { ...c, answered: c.answered.filter((x) => x !== q) };
  };

  it('with a question open, go to it, from a question or from the help page', () => {
    const a = start();
    a.send({ type: 'answers.import', context: missing('benefit') });
    expect(where(a)).toBe('journey.situation.benefit');
    const b = start();
    b.send({ type: 'crisis.report' });
    b.send({ type: 'answers.import', context: missing('pace') });
    expect(where(b)).toBe('journey.wish.pace');
  });

  it('complete, without a route: the advice; with a route: the assessment', () => {
    const a = start();
    a.send({ type: 'answers.import', context: complete() });
    expect(where(a)).toBe('journey.process');
    const b = start();
    b.send({ type: 'answers.import', context: { ...complete(), chosenRoute: 'werkfit-maken' } });
    expect(where(b)).toBe('journey.assessment.report');
  });

  it('past the check, complete answers change the answers but not the step; an open question is still asked', () => {
    const imported = { ...complete(), answers: { ...complete().answers, wish: { ...complete().answers.wish, pace: 'fast' as const } } };
    const a = toProcess();
    a.send({ type: 'route.choose', route: 'werkfit-maken' });
    expect(where(a)).toBe('journey.action');
    a.send({ type: 'answers.import', context: imported });
    expect(where(a)).toBe('journey.action');
    expect(context(a).answers.wish.pace).toBe('fast');
    const p = toProcess();
    p.send({ type: 'answers.import', context: imported });
    expect(where(p)).toBe('journey.process');
    const d = toAssessment();
    d.send({ type: 'result.report', result: 'stopped', date: '2026-11-22' });
    d.send({ type: 'assessment.finish' });
    d.send({ type: 'answers.import', context: imported });
    expect(where(d)).toBe('journey.done');
    const r = toAssessment();
    r.send({ type: 'result.report', result: 'stopped', date: '2026-11-22' });
    r.send({ type: 'answers.import', context: imported });
    expect(where(r)).toBe('journey.assessment.decide');
    const q = toProcess();
    q.send({ type: 'answers.import', context: missing('benefit') });
    expect(where(q)).toBe('journey.situation.benefit');
  });

  it('an imported "changing one answer" or help origin is not carried over', () => {
    const a = start();
    a.send({ type: 'answers.import', context: { ...missing('benefit'), returnToCheck: true, helpFrom: 'crisis-question' } });
    expect(context(a)).toMatchObject({ returnToCheck: false, helpFrom: null });
  });
});
