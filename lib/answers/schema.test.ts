import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adviceRequestSchema, answersSchema, situationSchema, wishSchema } from '@/lib/answers/schema';

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

  it('shows an example body the API accepts', () => {
    const example = /```json\n(\{[\s\S]*?\})\n```/.exec(doc)![1]!;
    expect(adviceRequestSchema.safeParse(JSON.parse(example)).success).toBe(true);
  });

  it('names exactly the required fields as required (the optional ones are left to openapi.json)', () => {
    const sentence = /^Required: ([\s\S]*?)\. Every other field is optional/m.exec(doc)![1]!;
    const [situation, wish] = sentence.split(' in `situation`');
    const names = (text: string | undefined) => [...(text ?? '').matchAll(/`(\w+)`/g)].map((m) => m[1]).filter((n) => n !== 'wish');
    const required = (shape: Record<string, { safeParse: (v: unknown) => { success: boolean } }>) =>
      Object.keys(shape).filter((k) => !shape[k]!.safeParse(undefined).success);
    expect(names(situation)).toEqual(required(situationSchema.shape));
    expect(names(wish)).toEqual(required(wishSchema.shape));
  });
});
