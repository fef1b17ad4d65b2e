import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '@/tests/support/property-runs';
import { PRIORITIES } from '@/lib/answers/schema';
import { RESULTS } from '@/lib/catalogue/schema';
import { leafStateKeys, step } from '@/lib/journey/flow';
import { QUESTION_IDS } from '@/lib/journey/questions';
import { journeyRuntime } from '@/lib/journey/runtime';
import { decodeSession, encodeSession, freshSession, type Session } from '@/lib/journey/session';
import { MAX_HISTORY, type JourneyEvent } from '@/machines/route-machine';
import { answersArb } from '@/tests/support/arbitraries';

/*
 * No write produces a state that the next read rejects (issue 13): random event sequences go
 * through the real statechart and the real cookie codec, and every session written reads back
 * whole. Until MAX_HISTORY bound the machine, the 21st result report wrote a cookie that the
 * next read called corrupt, and the person was sent back to question 1.
 */

const { machine, deps } = journeyRuntime();
const routeIds = ['ips', 'werkfit-maken', 'naar-werk', 'jobcoaching', 'sterk-met-werk', 'participatieve-aanpak-op-de-werkplek-met-een-heel-lange-naam'];
const date = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 11, 31) }).map((t) => new Date(t).toISOString().slice(0, 10));

const eventArb: fc.Arbitrary<JourneyEvent> = fc.oneof(
  { arbitrary: fc.record({ q: fc.constantFrom(...QUESTION_IDS), a: answersArb }).map(({ q, a }): JourneyEvent => ({ type: 'answer.submit', question: q, patch: { situation: a.situation, wish: a.wish } })), weight: 4 },
  { arbitrary: fc.constantFrom<JourneyEvent>({ type: 'nav.next' }, { type: 'nav.back' }, { type: 'answers.confirm' }, { type: 'assessment.start' }, { type: 'assessment.chooseOther' }, { type: 'assessment.finish' }, { type: 'crisis.report' }, { type: 'help.continue' }), weight: 3 },
  { arbitrary: fc.constantFrom(...QUESTION_IDS).map((q): JourneyEvent => ({ type: 'answers.edit', question: q })), weight: 1 },
  { arbitrary: fc.subarray([...PRIORITIES]).map((p): JourneyEvent => ({ type: 'priorities.set', priorities: p })), weight: 1 },
  { arbitrary: fc.constantFrom(...routeIds).map((route): JourneyEvent => ({ type: 'route.choose', route })), weight: 2 },
  { arbitrary: fc.constantFrom(...routeIds).map((route): JourneyEvent => ({ type: 'assessment.continue', route })), weight: 1 },
  { arbitrary: fc.record({ result: fc.constantFrom(...RESULTS), date }).map(({ result, date: d }): JourneyEvent => ({ type: 'result.report', result, date: d })), weight: 10 },
  { arbitrary: fc.constant<JourneyEvent>({ type: 'answers.reset' }), weight: 1 },
);

/** Writes the session as the cookie does and reads it back as the next request would. */
function roundTrip(session: Session): Session {
  const decoded = decodeSession(encodeSession(session));
  expect(decoded.status).toBe('ok');
  return decoded.session;
}

describe('every session the statechart writes reads back (fast-check)', () => {
  it('for random event sequences from any state', () => {
    fc.assert(
      fc.property(fc.constantFrom(...leafStateKeys(machine)), fc.constantFrom(null, ...routeIds), fc.array(eventArb, { maxLength: 150 }), (state, chosenRoute, events) => {
        let session: Session = { ...freshSession(), state, context: { ...freshSession().context, chosenRoute } };
        for (const e of events) {
          session = step(machine, session, session.state, [e]).session;
          expect(roundTrip(session)).toEqual(session);
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it(`keeps the newest ${MAX_HISTORY} result reports: the 21st "still running" no longer wipes the journey`, () => {
    let session: Session = { ...freshSession(), state: 'journey.assessment.report', context: { ...freshSession().context, chosenRoute: 'ips' } };
    for (let i = 0; i < 25; i++) {
      const day = `2026-12-${String(1 + (i % 28)).padStart(2, '0')}`;
      session = roundTrip(step(machine, session, 'journey.assessment.report', [{ type: 'result.report', result: 'still-running', date: day }]).session);
      expect(session.context.history.length).toBe(Math.min(i + 1, MAX_HISTORY));
    }
    expect(session.context.history.at(-1)?.date).toBe('2026-12-25');
    expect(session.context.chosenRoute).toBe('ips');
    expect(deps.isAsked('crisis', session.context.answers)).toBe(true);
  });
});
