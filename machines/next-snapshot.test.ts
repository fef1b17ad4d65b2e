import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getNextSnapshot } from 'xstate';
import { runs } from '@/tests/support/property-runs';
import { answersArb } from '@/tests/support/arbitraries';
import { leafStateKeys, restore } from '@/lib/journey/flow';
import { QUESTION_IDS, QUESTIONS, type QuestionId } from '@/lib/journey/questions';
import { journeyRuntime } from '@/lib/journey/runtime';
import { freshSession } from '@/lib/journey/session';
import { heldSnapshot, nextSnapshot } from '@/machines/next-snapshot';
import { initialContext, type JourneyEvent, type StateKey } from '@/machines/route-machine';
import { PEOPLE } from '@/tests/support/personas';

const { machine } = journeyRuntime();
const keys = leafStateKeys(machine);

/** Every kind of event the statechart takes, one of each (a question's answer: its first choice or option). */
function eventsAt(key: StateKey): JourneyEvent[] {
  const q = key.split('.')[2] as QuestionId | undefined;
  const def = q ? QUESTIONS[q] : undefined;
  const patch = def?.kind === 'radio' ? def.choices[0]!.patch : def?.kind === 'checkbox' ? def.patch(def.options.slice(0, 1)) : { situation: {} };
  return [
    { type: 'nav.next' },
    { type: 'nav.back' },
    { type: 'crisis.report' },
    { type: 'help.continue' },
    { type: 'answers.confirm' },
    { type: 'answers.edit', question: QUESTION_IDS[2]! },
    { type: 'route.choose', route: 'ips' },
    { type: 'assessment.start' },
    { type: 'answers.reset' },
    ...(q && def ? [{ type: 'answer.submit' as const, question: q, patch }] : []),
  ];
}

describe('nextSnapshot', () => {
  it('gives the state and context getNextSnapshot gives, from every state of the statechart, for every kind of event', () => {
    const contextArb = fc.record({
      answers: answersArb,
      answered: fc.subarray([...QUESTION_IDS]),
      returnToCheck: fc.boolean(),
      crisisAcknowledged: fc.boolean(),
      chosenRoute: fc.constantFrom(null, 'ips', 'werkfit'),
    });
    const moved = new Set<string>();
    fc.assert(
      fc.property(contextArb, (c) => {
        const context = { ...initialContext(), ...c };
        for (const key of keys) {
          const snapshot = restore(machine, { ...freshSession(), state: key, context }, key);
          for (const event of eventsAt(key)) {
            const expected = getNextSnapshot(machine, snapshot, event);
            const got = nextSnapshot(machine, snapshot, event);
            expect(got.value, `${key} + ${event.type}`).toEqual(expected.value);
            expect(got.context, `${key} + ${event.type}`).toEqual(expected.context);
            expect(got.status).toBe(expected.status);
            if (JSON.stringify(expected.value) !== JSON.stringify(snapshot.value)) moved.add(event.type);
          }
        }
      }),
      // Random contexts rarely have every question answered, which answers.confirm needs to move:
      // one such context is always tried, so that the check below does not depend on the draw.
      { numRuns: runs(60), examples: [[{ answers: PEOPLE.bijstand28Utrecht, answered: [...QUESTION_IDS], returnToCheck: false, crisisAcknowledged: false, chosenRoute: null }]] },
    );
    // The comparison saw the statechart move on each of these, not only stay where it was.
    for (const type of ['nav.next', 'nav.back', 'crisis.report', 'answer.submit', 'answers.confirm', 'answers.reset']) expect(moved, type).toContain(type);
  });

  it('keeps no snapshot, and so no answers, once it has answered', () => {
    const context = { ...initialContext(), answers: { situation: { condition: 'mental-health' as const }, wish: {} }, answered: [QUESTION_IDS[0]!] };
    const snapshot = restore(machine, { ...freshSession(), state: keys[1]!, context }, keys[1]!);
    expect(nextSnapshot(machine, snapshot, { type: 'nav.back' }).context.answers).toEqual(context.answers);
    // The one scope it keeps per machine holds no person's answers between requests.
    expect(heldSnapshot(machine)).toBeUndefined();
  });
});
