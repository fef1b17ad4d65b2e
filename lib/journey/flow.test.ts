import { describe, expect, it } from 'vitest';
import { decodeSession, encodeSession, freshSession } from '@/lib/journey/session';
import { step } from '@/lib/journey/flow';
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
