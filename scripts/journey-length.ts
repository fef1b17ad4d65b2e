/*
 * How long the way to the advice is, for the three people of issue 15: walks the statechart
 * as the wizard does (one question per page, the page the statechart shows next) and counts
 *   - question pages: the pages with a question, up to the check page;
 *   - clicks: one per radio or checkbox chosen, one into a text field (gemeente, age), one per
 *     "next" button, plus the start button and "confirm" on the check page;
 *   - words on the question pages: the question, its hint, and each option with its hint
 *     (what a person reads; "waarom vragen we dit?" is folded away and not counted).
 * A person's wish is written as they would say it; an option the wizard does not offer (any
 * more) is not ticked.
 *   npx tsx scripts/journey-length.ts [--json]
 */
import { createActor } from 'xstate';
import { loadCatalogue } from '@/lib/catalogue/load';
import { machineDeps } from '@/lib/journey/deps';
import { optionValues } from '@/lib/journey/forms';
import { stateKey } from '@/lib/journey/flow';
import { questionCopy } from '@/lib/journey/question-copy';
import { QUESTIONS, type AnswerPatch, type QuestionId } from '@/lib/journey/questions';
import { createRouteMachine } from '@/machines/route-machine';

/** A person's answer per question: a radio value, the checkbox values, or the text typed. */
type Walker = { name: string; answers: Partial<Record<QuestionId, string | string[]>> };

export const WALKERS: Walker[] = [
  {
    name: '34, bijstand, specialist GGZ care',
    answers: {
      crisis: 'no', condition: 'mental-health', severity: 'severe', care: 'specialist-ggz', work: 'none', benefit: 'bijstand', municipality: '0344',
      careProvider: 'other', careOverOneYear: 'yes', dayActivities: 'no', targetGroupRegister: 'unknown', age: '34', goal: 'paid-work',
      support: ['find-job-fast', 'treatment-and-work'], pace: 'fast', priorities: ['fast-job', 'stay-in-care'],
    },
  },
  {
    name: 'sick-listed employee, burn-out',
    answers: {
      crisis: 'no', condition: 'mental-health', severity: 'mild', care: 'gp', work: 'sick-listed', benefit: 'wage', municipality: '0518',
      careProvider: 'unknown', careOverOneYear: 'unknown', dayActivities: 'no', targetGroupRegister: 'no', age: '41', goal: 'keep-job',
      support: ['on-the-job', 'confidence'], pace: 'own-pace', priorities: ['own-pace', 'income-security'],
    },
  },
  {
    name: '19, dropped out, unsure what he wants',
    answers: {
      crisis: 'no', condition: 'mental-health', severity: 'moderate', care: 'gp', work: 'dropped-out', benefit: 'none', municipality: '0363',
      careProvider: 'unknown', careOverOneYear: 'unknown', dayActivities: 'no', targetGroupRegister: 'unknown', age: '19', goal: 'unsure',
      support: ['explore'], pace: 'own-pace', priorities: ['peers'],
    },
  },
];

const words = (text: string | undefined) => (text ?? '').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

function patchFor(q: QuestionId, given: string | string[]): { patch: AnswerPatch; clicks: number } {
  const def = QUESTIONS[q];
  switch (def.kind) {
    case 'radio': {
      const choice = def.choices.find((c) => c.value === given);
      if (!choice) throw new Error(`${q}: no option ${String(given)}`);
      return { patch: choice.patch, clicks: 1 };
    }
    case 'checkbox': {
      const ticked = (given as string[]).filter((v) => def.options.includes(v));
      return { patch: def.patch(ticked), clicks: ticked.length };
    }
    case 'municipality':
      return { patch: { situation: { municipality: String(given) } }, clicks: 1 };
    case 'age':
      return { patch: { situation: { age: Number(given) } }, clicks: 1 };
  }
}

export type Length = { name: string; pages: number; clicks: number; words: number; questions: QuestionId[] };

export function journeyLength(w: Walker): Length {
  const machine = createRouteMachine(machineDeps(loadCatalogue()));
  const actor = createActor(machine).start();
  const questions: QuestionId[] = [];
  let clicks = 1; // "Begin" on the start page
  let count = 0;
  for (let i = 0; i < 60; i++) {
    const key = stateKey(actor.getSnapshot().value);
    if (key === 'journey.check') break;
    const q = key.split('.')[2] as QuestionId;
    const given = w.answers[q];
    if (given === undefined) throw new Error(`${w.name}: no answer for ${q}`);
    questions.push(q);
    const copy = questionCopy(q, 'nl');
    count += words(copy.title) + words(copy.hint);
    for (const v of optionValues(q)) count += words(copy.options?.[v]?.label) + words(copy.options?.[v]?.hint);
    const { patch, clicks: c } = patchFor(q, given);
    clicks += c + 1; // the choices, then "next"
    actor.send({ type: 'answer.submit', question: q, patch });
  }
  if (stateKey(actor.getSnapshot().value) !== 'journey.check') throw new Error(`${w.name}: did not reach the check page`);
  clicks += 1; // "confirm" on the check page, to the advice
  actor.stop();
  return { name: w.name, pages: questions.length, clicks, words: count, questions };
}

if (process.argv[1]?.endsWith('journey-length.ts')) {
  const rows = WALKERS.map(journeyLength);
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
  else {
    console.log('| person | question pages | clicks | words |');
    console.log('| --- | --- | --- | --- |');
    for (const r of rows) console.log(`| ${r.name} | ${r.pages} | ${r.clicks} | ${r.words} |`);
    for (const r of rows) console.log(`${r.name}: ${r.questions.join(', ')}`);
  }
}
