import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getCatalogue } from '@/lib/catalogue/load';
import { step } from '@/lib/journey/flow';
import { questionProgress, type Progress } from '@/lib/journey/progress';
import { QUESTION_IDS, QUESTIONS, type AnswerPatch, type QuestionId } from '@/lib/journey/questions';
import { journeyRuntime } from '@/lib/journey/runtime';
import { freshSession, type Session } from '@/lib/journey/session';

/*
 * "Vraag n van N" as a person walks the wizard: n goes up by one on every page, N never
 * grows (questions only drop out), and the last question before the check is "N van N".
 */

const { machine, deps } = journeyRuntime();
const codes = [...getCatalogue('nl').regions.gemeenten.keys()];

/** The answer a person gives to a question, picked by a number (free-text questions are sometimes skipped). */
function answerFor(q: QuestionId, n: number): AnswerPatch {
  const def = QUESTIONS[q];
  switch (def.kind) {
    case 'radio':
      return def.choices[n % def.choices.length]!.patch;
    case 'checkbox':
      return def.patch(def.options.filter((_, i) => (n >> i) & 1));
    case 'municipality':
      return { situation: { municipality: n % 7 === 0 ? undefined : codes[n % codes.length] } };
    case 'age':
      return { situation: { age: n % 7 === 0 ? undefined : def.min + (n % (def.max - def.min + 1)) } };
  }
}

/** Walks the wizard with these answers; returns the progress shown on each question page. */
function walk(picks: Record<string, number>): { question: QuestionId; progress: Progress | undefined }[] {
  let session: Session = freshSession();
  const shown: { question: QuestionId; progress: Progress | undefined }[] = [];
  for (let guard = 0; guard < 40; guard++) {
    if (session.state === 'help') session = step(machine, session, 'help', [{ type: 'help.continue' }]).session;
    const [top, stepName, q] = session.state.split('.');
    if (top !== 'journey' || (stepName !== 'situation' && stepName !== 'wish')) return shown;
    const question = q as QuestionId;
    shown.push({ question, progress: questionProgress(machine, deps.isAsked, session.context, question) });
    session = step(machine, session, session.state, [{ type: 'answer.submit', question, patch: answerFor(question, picks[question] ?? 0) }]).session;
  }
  throw new Error('no check page after 40 questions');
}

describe('questionProgress', () => {
  it('counts up by one per page, never lets the total grow, and ends at "N van N"', () => {
    const picks = fc.record(Object.fromEntries(QUESTION_IDS.map((q) => [q, fc.nat({ max: 10_000 })])) as Record<QuestionId, fc.Arbitrary<number>>);
    fc.assert(
      fc.property(picks, (p) => {
        const shown = walk(p);
        shown.forEach(({ question, progress }, i) => {
          expect(progress, question).toBeDefined();
          expect(progress!.position, question).toBe(i + 1);
          if (i > 0) expect(progress!.total, `${question} after ${shown[i - 1]!.question}`).toBeLessThanOrEqual(shown[i - 1]!.progress!.total);
        });
        const last = shown.at(-1)!.progress!;
        expect(last.position).toBe(last.total);
      }),
      { numRuns: 100 },
    );
    // ~100 walks through the real statechart: about 10 s on a quiet machine.
  }, 60_000);

  it('counts the GGZ questions before the care question is answered, and drops them for someone with no care', () => {
    const noCare = walk({ crisis: 0, condition: 0, care: QUESTIONS.care.kind === 'radio' ? QUESTIONS.care.choices.findIndex((c) => c.value === 'none') : 0 });
    const atCare = noCare.find((s) => s.question === 'care')!.progress!;
    const after = noCare[noCare.findIndex((s) => s.question === 'care') + 1]!.progress!;
    // "Specialist GGZ" would bring in the GGZ-instelling and the time in care: both were counted, both drop out.
    expect(atCare.total - after.total).toBeGreaterThanOrEqual(2);
    expect(noCare.map((s) => s.question)).not.toContain('careProvider');
  });

  it('is undefined for a question the statechart does not reach', () => {
    expect(questionProgress(machine, deps.isAsked, freshSession().context, 'pace')).toBeUndefined();
    expect(questionProgress(machine, deps.isAsked, freshSession().context, 'crisis')).toEqual(expect.objectContaining({ position: 1 }));
  });
});
