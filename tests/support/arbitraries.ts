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
  type Answers,
} from '@/lib/answers/schema';
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

/** Any answers the wizard can hold: every field may be missing. */
export const answersArb: fc.Arbitrary<Answers> = fc.record({
  situation: fc.record(
    {
      condition: opt(fc.constantFrom(...CONDITIONS)),
      severity: opt(fc.constantFrom(...SEVERITIES)),
      age: opt(fc.integer({ min: 15, max: 70 })),
      municipality: opt(fc.constantFrom(...codes)),
      work: opt(fc.constantFrom(...WORK_SITUATIONS)),
      benefit: opt(fc.constantFrom(...BENEFITS, 'uwv-unknown' as const)),
      care: opt(fc.constantFrom(...CARE_LEVELS)),
      careProvider: opt(fc.constantFrom(...CARE_PROVIDERS)),
      careOverOneYear: opt(fc.boolean()),
      dayActivities: opt(fc.boolean()),
      targetGroupRegister: opt(fc.constantFrom(...TARGET_GROUP_REGISTER)),
      veteran: opt(fc.boolean()),
      crisis: opt(fc.boolean()),
    },
    { requiredKeys: [] },
  ),
  wish: fc.record({ goal: opt(fc.constantFrom(...GOALS)), support: opt(subset(SUPPORTS)), pace: opt(fc.constantFrom(...PACES)) }, { requiredKeys: [] }),
  priorities: opt(subset(PRIORITIES)),
}).map((a) => JSON.parse(JSON.stringify(a)) as Answers);

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
