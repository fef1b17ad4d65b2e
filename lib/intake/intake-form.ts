import { fieldErrorCodec } from '@/lib/forms/error-query';
import { FORM_ERRORS, parseAnswer, type FormError } from '@/lib/journey/forms';
import { QUESTION_IDS, QUESTIONS, type IsAsked, type QuestionId } from '@/lib/journey/questions';
import { step } from '@/lib/journey/flow';
import type { Session } from '@/lib/journey/session';
import type { RegionTable } from '@/lib/regions/regions';
import { applyPatch, createRouteMachine, type RouteMachine } from '@/machines/route-machine';

/*
 * The intake screen holds every question at once. A field left empty is "not answered";
 * checkbox groups are always answered (none ticked is an answer). Each field is parsed by
 * the wizard's own parser, so the intake and the wizard cannot disagree on what an answer
 * means. The statechart decides where the journey goes on (`answers.import`): the first open
 * question, or the advice (stap 3) once every asked question is answered.
 */

export type IntakeError = { question: QuestionId; error: FormError };

// Importing needs only `isAsked`: one machine per function.
const machines = new WeakMap<IsAsked, RouteMachine>();
function machineFor(isAsked: IsAsked): RouteMachine {
  let m = machines.get(isAsked);
  if (!m) machines.set(isAsked, (m = createRouteMachine({ isAsked, followUps: () => [] })));
  return m;
}

export function intakeFromForm(form: FormData, session: Session, regions: RegionTable, isAsked: IsAsked): { session: Session; errors: IntakeError[] } {
  let answers = session.context.answers;
  const answered = new Set(session.context.answered);
  const errors: IntakeError[] = [];
  for (const q of QUESTION_IDS) {
    const values = form.getAll(q).map(String);
    const isGroup = QUESTIONS[q].kind === 'checkbox';
    const skip = form.get(`${q}-skip`) === '1';
    if (!isGroup && !skip && (values.length === 0 || values.every((v) => v.trim() === ''))) {
      // Cleared: not answered (the answer itself stays until answered again, unused).
      answered.delete(q);
      continue;
    }
    if (isGroup && form.get(`${q}-present`) !== '1') continue;
    const one = new FormData();
    for (const v of values) one.append('answer', v);
    if (skip) one.append('skip', '1');
    const parsed = parseAnswer(q, one, regions);
    if (!parsed.ok) {
      errors.push({ question: q, error: parsed.error });
      continue;
    }
    answers = applyPatch(answers, parsed.patch);
    answered.add(q);
  }
  const context = {
    ...session.context,
    answers,
    answered: QUESTION_IDS.filter((q) => answered.has(q)),
    // A professional has seen a reported crisis on this screen; the wizard need not stop for it again.
    crisisAcknowledged: session.context.crisisAcknowledged || answers.situation.crisis === true,
  };
  const next = step(machineFor(isAsked), session, session.state, [{ type: 'answers.import', context }]).session;
  return { session: { ...next, back: null, mode: 'intake' }, errors };
}

/** `fout=age:age-too-low,benefit:required`: which question, which code, never what was typed. */
const intakeErrors = fieldErrorCodec(QUESTION_IDS, FORM_ERRORS);

export const intakeErrorQuery = (errors: readonly IntakeError[]): string => intakeErrors.toQuery(errors.map((e) => ({ field: e.question, error: e.error })));

export const intakeErrorsFromQuery = (raw: unknown): IntakeError[] => intakeErrors.fromQuery(raw).map((e) => ({ question: e.field, error: e.error }));
