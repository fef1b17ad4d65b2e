import fc from 'fast-check';
import {
  BENEFITS,
  CARE_LEVELS,
  CARE_PROVIDERS,
  CONDITIONS,
  GOALS,
  PACES,
  PRIORITIES,
  SEVERITIES,
  SUPPORTS,
  TARGET_GROUP_REGISTER,
  WORK_SITUATIONS,
  type AdviceRequest,
  emptyAnswers,
  type Answers,
} from '@/lib/answers/schema';
import { QUESTION_IDS, QUESTIONS, type AnswerPatch, type QuestionId } from '@/lib/journey/questions';
import { applyPatch } from '@/machines/route-machine';
import { loadRegions } from '@/lib/regions/regions';

const codes = [...loadRegions(`${process.cwd()}/content`).gemeenten.keys()];

const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const subset = <T>(values: readonly T[]) => fc.subarray([...values]);

/** Any valid API body. */
export const adviceRequestArb: fc.Arbitrary<AdviceRequest> = fc.record(
  {
    situation: fc.record(
      {
        condition: fc.constantFrom(...CONDITIONS),
        severity: fc.constantFrom(...SEVERITIES),
        age: fc.integer({ min: 15, max: 70 }),
        municipality: fc.constantFrom(...codes),
        work: fc.constantFrom(...WORK_SITUATIONS),
        benefit: fc.constantFrom(...BENEFITS),
        care: fc.constantFrom(...CARE_LEVELS),
        careProvider: fc.constantFrom(...CARE_PROVIDERS),
        careOverOneYear: fc.boolean(),
        dayActivities: fc.boolean(),
        targetGroupRegister: fc.constantFrom(...TARGET_GROUP_REGISTER),
        veteran: fc.boolean(),
        crisis: fc.boolean(),
      },
      { requiredKeys: ['condition', 'severity', 'age', 'work', 'benefit', 'care'] },
    ),
    wish: fc.record({ goal: fc.constantFrom(...GOALS), support: subset(SUPPORTS), pace: fc.constantFrom(...PACES) }),
    priorities: subset(PRIORITIES),
  },
  { requiredKeys: ['situation', 'wish'] },
);

/** One question's answer as the wizard's form would patch it in, or not answered at all. */
function answerArb(q: QuestionId): fc.Arbitrary<AnswerPatch | undefined> {
  const def = QUESTIONS[q];
  switch (def.kind) {
    case 'radio':
      return opt(fc.constantFrom(...def.choices.map((c) => c.patch)));
    case 'checkbox':
      return opt(subset(def.options).map((values) => def.patch(values)));
    case 'municipality':
      return opt(fc.constantFrom(...codes).map((municipality) => ({ situation: { municipality } })));
    case 'age':
      return opt(fc.integer({ min: def.min, max: def.max }).map((age) => ({ situation: { age } })));
  }
}

/**
 * Any answers the wizard can hold: every field may be missing. Built from the question
 * registry, so a new question is in every property test without a line here; `veteran` has
 * no question but the API may send it.
 */
export const answersArb: fc.Arbitrary<Answers> = fc
  .tuple(fc.tuple(...QUESTION_IDS.map(answerArb)), opt(fc.boolean()))
  .map(([patches, veteran]) => {
    let answers = patches.reduce<Answers>((a, p) => (p ? applyPatch(a, p) : a), emptyAnswers());
    if (veteran !== undefined) answers = applyPatch(answers, { situation: { veteran } });
    return JSON.parse(JSON.stringify(answers)) as Answers;
  });

const nasty = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('__proto__', 'constructor', 'prototype', '\u0000', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '0363', 'mental-health', 'x'.repeat(5000)),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);

/** Mutations of a valid body: a field replaced, removed or added, keys like __proto__. */
export const mutatedBodyArb: fc.Arbitrary<unknown> = fc
  .tuple(adviceRequestArb, fc.constantFrom('situation', 'wish'), nasty, nasty, fc.jsonValue({ maxDepth: 4 }))
  .map(([body, part, key, value, junk]) => {
    const copy = JSON.parse(JSON.stringify(body)) as Record<string, Record<string, unknown>>;
    const target = copy[part]!;
    const keys = Object.keys(target);
    const k = typeof key === 'string' && key.length > 0 ? key : (keys[Math.abs(Number(key) || 0) % keys.length] ?? 'x');
    if (value === null) delete target[k];
    else target[k] = typeof value === 'boolean' ? junk : value;
    return copy;
  });

/** Deeply nested arrays or objects, as raw JSON text. */
export const deepJsonArb: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 1, max: 20_000 }), fc.boolean())
  .map(([depth, arrays]) => (arrays ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)));
