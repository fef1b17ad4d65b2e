import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adviceRequestSchema, answersSchema, situationSchema } from '@/lib/answers/schema';

describe('answersSchema, derived from the API schema', () => {
  it('takes every field as optional, and the wizard-only "uwv-unknown" benefit', () => {
    expect(answersSchema.safeParse({ situation: {}, wish: {} }).success).toBe(true);
    expect(answersSchema.safeParse({ situation: { benefit: 'uwv-unknown' }, wish: {} }).success).toBe(true);
    expect(adviceRequestSchema.shape.situation.safeParse({ ...validSituation, benefit: 'uwv-unknown' }).success).toBe(false);
  });

  it('rejects unknown fields and values out of range, like the API', () => {
    expect(answersSchema.safeParse({ situation: { shoeSize: 42 }, wish: {} }).success).toBe(false);
    expect(answersSchema.safeParse({ situation: {}, wish: { colour: 'red' } }).success).toBe(false);
    expect(answersSchema.safeParse({ situation: { age: 14 }, wish: {} }).success).toBe(false);
    expect(answersSchema.safeParse({ situation: {}, wish: {}, extra: 1 }).success).toBe(false);
  });
});

const validSituation = { condition: 'mental-health', severity: 'mild', age: 30, work: 'none', benefit: 'none', care: 'none' };

describe('docs/api.md', () => {
  const doc = readFileSync(path.join(process.cwd(), 'docs', 'api.md'), 'utf8');
  const keys = Object.keys(situationSchema.shape);

  it('shows every situation field in the example body', () => {
    const example = /```json\n(\{[\s\S]*?\})\n```/.exec(doc)![1]!;
    expect(Object.keys(JSON.parse(example).situation)).toEqual(keys);
  });

  it('names exactly the optional fields as optional', () => {
    const sentence = /^(`municipality`[\s\S]*?) are optional;/m.exec(doc)![1]!;
    const named = [...sentence.matchAll(/`(\w+)`/g)].map((m) => m[1]);
    const optional = [...keys.filter((k) => situationSchema.shape[k as keyof typeof situationSchema.shape].safeParse(undefined).success), 'priorities'];
    expect(named).toEqual(optional);
  });
});
