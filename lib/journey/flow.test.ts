import { describe, expect, it } from 'vitest';
import { decodeSession, encodeSession, freshSession } from '@/lib/journey/session';
import { firstOpenQuestion, leafStateKeys, machineFor, reachableQuestions, redirectFor, resumeUrl, stateKeyOfQuestion, step } from '@/lib/journey/flow';
import { QUESTION_IDS, type AnswerPatch, type QuestionId } from '@/lib/journey/questions';
import { STATE_KEYS } from '@/machines/route-machine';
import { PEOPLE } from '@/tests/support/personas';
import { journeyRuntime } from '@/lib/journey/runtime';

/*
 * The web journey between requests: each step restores the statechart from the cookie,
 * sends the events and stores the result. These follow a session through that round trip.
 */
const { machine } = journeyRuntime();
const roundTrip = (s: ReturnType<typeof freshSession>) => decodeSession(encodeSession(s)).session;

describe('journey across requests', () => {
  it('after the crisis answer and the help page, goes on to the next question, not back to the crisis question', () => {
    const s0 = freshSession();
    const toHelp = step(machine, s0, 'journey.situation.crisis', [{ type: 'answer.submit', question: 'crisis', patch: { situation: { crisis: true } } }]);
    expect(toHelp.url).toBe('/hulp');
    const on = step(machine, roundTrip(toHelp.session), 'help', [{ type: 'help.continue' }]);
    expect(on.url).toBe('/vragen/klachten');
    expect(on.session.context.answers.situation.crisis).toBe(true);
    expect(on.session.context.crisisAcknowledged).toBe(true);
  });

  it('from "Hulp nodig?" in the middle of the questions, returns to the question the person was on', () => {
    let s = freshSession();
    s = step(machine, s, 'journey.situation.crisis', [{ type: 'answer.submit', question: 'crisis', patch: { situation: { crisis: false } } }]).session;
    s = step(machine, roundTrip(s), 'journey.situation.condition', [{ type: 'answer.submit', question: 'condition', patch: { situation: { condition: 'mental-health' } } }]).session;
    expect(s.state).toBe('journey.situation.severity');
    const help = step(machine, roundTrip(s), s.state, [{ type: 'crisis.report' }]);
    expect(help.url).toBe('/hulp');
    const back = step(machine, roundTrip(help.session), 'help', [{ type: 'help.continue' }]);
    expect(back.url).toBe('/vragen/zwaarte');
  });
});

describe('which page a person may open: the statechart walked forward', () => {
  const { deps } = journeyRuntime();
  const answer = (s: ReturnType<typeof freshSession>, q: QuestionId, patch: AnswerPatch) =>
    step(machine, s, stateKeyOfQuestion(q), [{ type: 'answer.submit', question: q, patch }]).session;
  const afterCrisis = answer(freshSession(), 'crisis', { situation: { crisis: false } });

  it('opens the first open question, and no question after it', () => {
    const c = afterCrisis.context;
    expect(redirectFor({ kind: 'question', question: 'crisis' }, c, deps.isAsked)).toBeUndefined();
    expect(redirectFor({ kind: 'question', question: 'condition' }, c, deps.isAsked)).toBeUndefined();
    // Skipping ahead: the care question while "klachten" is still open.
    expect(redirectFor({ kind: 'question', question: 'care' }, c, deps.isAsked)).toBe('/vragen/klachten');
    expect(redirectFor({ kind: 'check' }, c, deps.isAsked)).toBe('/vragen/klachten');
    expect(redirectFor({ kind: 'advice' }, c, deps.isAsked)).toBe('/vragen/klachten');
    expect(redirectFor({ kind: 'plan' }, c, deps.isAsked)).toBe('/vragen/klachten');
    expect(resumeUrl(c, deps.isAsked)).toBe('/vragen/klachten');
    expect(firstOpenQuestion(c, deps.isAsked)).toBe('condition');
  });

  it('sends a question that is not asked for this person to the open one', () => {
    let s = answer(afterCrisis, 'condition', { situation: { condition: 'mental-health' } });
    s = answer(s, 'severity', { situation: { severity: 'moderate' } });
    s = answer(s, 'care', { situation: { care: 'none' } });
    expect(deps.isAsked('careProvider', s.context.answers)).toBe(false);
    expect(redirectFor({ kind: 'question', question: 'careProvider' }, s.context, deps.isAsked)).toBe('/vragen/werk');
  });

  it('opens the check and the advice once every asked question is answered, the plan only with a chosen route', () => {
    const c = { ...freshSession().context, answers: PEOPLE.bijstandRotterdam, answered: QUESTION_IDS.filter((q) => deps.isAsked(q, PEOPLE.bijstandRotterdam)) };
    expect(firstOpenQuestion(c, deps.isAsked)).toBeUndefined();
    expect(redirectFor({ kind: 'check' }, c, deps.isAsked)).toBeUndefined();
    expect(redirectFor({ kind: 'advice' }, c, deps.isAsked)).toBeUndefined();
    expect(redirectFor({ kind: 'plan' }, c, deps.isAsked)).toBe('/advies');
    expect(resumeUrl(c, deps.isAsked)).toBe('/advies');
    const chosen = { ...c, chosenRoute: 'ips' };
    expect(redirectFor({ kind: 'plan' }, chosen, deps.isAsked)).toBeUndefined();
    expect(redirectFor({ kind: 'assessment' }, chosen, deps.isAsked)).toBeUndefined();
    expect(resumeUrl(chosen, deps.isAsked)).toBe('/plan');
    // While changing one answer from the check page, every answered question stays open to change.
    expect(redirectFor({ kind: 'question', question: 'crisis' }, { ...c, returnToCheck: true }, deps.isAsked)).toBeUndefined();
  });

  it('names every place of the statechart in STATE_KEYS, the type pages and the cookie use', () => {
    expect([...leafStateKeys(machine)].sort()).toEqual([...STATE_KEYS].sort());
  });
});

describe('a walk kept for its context, and only for it', () => {
  const { deps } = journeyRuntime();
  const walker = machineFor(deps.isAsked);
  const answered = (s: ReturnType<typeof freshSession>, q: QuestionId, patch: AnswerPatch) =>
    step(machine, s, stateKeyOfQuestion(q), [{ type: 'answer.submit', question: q, patch }]).session;

  it('answers the same context with the same walk, which no caller can change', () => {
    const s = answered(freshSession(), 'crisis', { situation: { crisis: false } });
    const first = reachableQuestions(walker, s.context);
    expect(reachableQuestions(walker, s.context)).toBe(first);
    expect(first.reached).toEqual(['crisis', 'condition']);
    expect(first.open).toBe('condition');
    expect(() => (first.reached as QuestionId[]).push('age')).toThrow(TypeError);
  });

  it('walks again for a new context, so a later answer is never judged by an earlier walk', () => {
    const before = answered(freshSession(), 'crisis', { situation: { crisis: false } });
    const after = answered(before, 'condition', { situation: { condition: 'mental-health' } });
    expect(reachableQuestions(walker, before.context).open).toBe('condition');
    expect(reachableQuestions(walker, after.context).open).toBe('severity');
    // The same answers decoded from the cookie again: a new object, its own walk, the same result.
    const decoded = roundTrip(after).context;
    expect(reachableQuestions(walker, decoded)).not.toBe(reachableQuestions(walker, after.context));
    expect(reachableQuestions(walker, decoded)).toEqual(reachableQuestions(walker, after.context));
  });
});
