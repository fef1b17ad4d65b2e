import { describe, expect, it } from 'vitest';
import { freshSession, type Session } from '@/lib/journey/session';
import { questionBySlug, questionUrl, redirectFor, restore, stateKey, step, stateKeyOfQuestion, urlForState } from '@/lib/journey/flow';
import { QUESTION_IDS, QUESTIONS, type QuestionId } from '@/lib/journey/questions';
import { journeyRuntime } from '@/lib/journey/runtime';
import { FIRST_STATE } from '@/machines/route-machine';
import { PEOPLE } from '@/tests/support/personas';

/*
 * The edges of lib/journey/flow.ts that the journey tests (flow.test.ts) do not reach: the
 * URL of every kind of state, slugs read back from a URL, the help page's way back when
 * the cookie names a place that does not exist, and the pages a fully answered person is
 * sent to. A mutation run (docs/quality.md) found each of these unchecked.
 */

const { machine, deps } = journeyRuntime();
const asked = (a: typeof PEOPLE.bijstandRotterdam) => QUESTION_IDS.filter((q) => deps.isAsked(q, a));
const complete = { ...freshSession().context, answers: PEOPLE.bijstandRotterdam, answered: asked(PEOPLE.bijstandRotterdam) };

describe('URLs and states', () => {
  it('reads every question back from its slug, and nothing from an unknown or empty one', () => {
    for (const q of QUESTION_IDS) expect(questionBySlug(QUESTIONS[q].slug)).toBe(q);
    expect(questionBySlug('bestaat-niet')).toBeUndefined();
    expect(questionBySlug('')).toBeUndefined();
  });

  it('shows a question of either step on its own page, and the later steps on theirs', () => {
    const situation = QUESTION_IDS.find((q) => QUESTIONS[q].step === 'situation')!;
    const wish = QUESTION_IDS.find((q) => QUESTIONS[q].step === 'wish')!;
    expect(urlForState(stateKeyOfQuestion(situation))).toBe(questionUrl(situation));
    expect(urlForState(stateKeyOfQuestion(wish))).toBe(questionUrl(wish));
    expect(urlForState('journey.check')).toBe('/controleren');
    expect(urlForState('journey.process')).toBe('/advies');
    expect(urlForState('journey.action')).toBe('/plan');
    expect(urlForState('help')).toBe('/hulp');
  });
});

describe('the help page and the way back', () => {
  const onQuestion = (q: QuestionId): Session => ({ ...freshSession(), state: stateKeyOfQuestion(q), context: complete });

  it('remembers the question the person came from, and keeps it when they report a crisis again on the help page', () => {
    const from = stateKeyOfQuestion('care');
    const toHelp = step(machine, onQuestion('care'), from, [{ type: 'crisis.report' }]);
    expect(toHelp.url).toBe('/hulp');
    expect(toHelp.session.back).toBe(from);
    const again = step(machine, toHelp.session, 'help', [{ type: 'crisis.report' }]);
    expect(again.session.state).toBe('help');
    expect(again.session.back).toBe(from);
    const back = step(machine, again.session, 'help', [{ type: 'help.continue' }]);
    expect(back.url).toBe(questionUrl('care'));
    expect(back.session.back).toBeNull();
  });

  it('starts at the first question when the cookie names a way back that does not exist', () => {
    const forged = { ...freshSession(), state: 'help', back: 'journey.situation.bestaat-niet' } as unknown as Session;
    const snap = restore(machine, forged);
    expect(stateKey(snap.value)).toBe('help');
    const back = step(machine, forged, 'help', [{ type: 'help.continue' }]);
    expect(back.session.state).toBe(FIRST_STATE);
  });
});

describe('pages for a person who answered everything', () => {
  it('lets them open every question they were asked, also one of the wish step, and sends a question they were not asked to the check page', () => {
    const wish = asked(PEOPLE.bijstandRotterdam).filter((q) => QUESTIONS[q].step === 'wish');
    expect(wish.length).toBeGreaterThan(0);
    for (const q of asked(PEOPLE.bijstandRotterdam)) expect(redirectFor({ kind: 'question', question: q }, complete, deps.isAsked), q).toBeUndefined();
    const notAsked = QUESTION_IDS.find((q) => !deps.isAsked(q, PEOPLE.bijstandRotterdam))!;
    expect(redirectFor({ kind: 'question', question: notAsked }, complete, deps.isAsked)).toBe('/controleren');
  });

  it('sends the assessment to the advice until a route is chosen', () => {
    expect(redirectFor({ kind: 'assessment' }, complete, deps.isAsked)).toBe('/advies');
    expect(redirectFor({ kind: 'assessment' }, { ...complete, chosenRoute: 'ips' }, deps.isAsked)).toBeUndefined();
  });

  it('walks from the first question even while one answer is being changed from the check page', () => {
    // Halfway: the wish questions still open. Changing an answer must not open a later question.
    const situationOnly = asked(PEOPLE.bijstandRotterdam).filter((q) => QUESTIONS[q].step === 'situation');
    const half = { ...complete, answered: situationOnly, returnToCheck: true };
    const firstWish = asked(PEOPLE.bijstandRotterdam).find((q) => QUESTIONS[q].step === 'wish')!;
    const laterWish = asked(PEOPLE.bijstandRotterdam).filter((q) => QUESTIONS[q].step === 'wish').at(-1)!;
    expect(laterWish).not.toBe(firstWish);
    expect(redirectFor({ kind: 'question', question: laterWish }, half, deps.isAsked)).toBe(questionUrl(firstWish));
    expect(redirectFor({ kind: 'check' }, half, deps.isAsked)).toBe(questionUrl(firstWish));
  });
});
