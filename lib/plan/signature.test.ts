import { describe, expect, it } from 'vitest';
import { canonicalJson, hasValidSignature, MIN_SECRET_LENGTH, PLAN_SECRET_ENV, planSecret, signatureOf } from '@/lib/plan/signature';

const SECRET = 'a-test-secret-of-at-least-32-characters';

describe('the plan file signature', () => {
  it('canonical JSON sorts keys at every level, keeps array order and leaves out undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' }, u: undefined })).toBe('{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
    expect(canonicalJson([undefined, null, 'é"\n'])).toBe('[null,null,"é\\"\\n"]');
  });

  it('reads the secret from the environment only when it is long enough', () => {
    expect(planSecret({})).toBeUndefined();
    expect(planSecret({ [PLAN_SECRET_ENV]: '' })).toBeUndefined();
    expect(planSecret({ [PLAN_SECRET_ENV]: 'x'.repeat(MIN_SECRET_LENGTH - 1) })).toBeUndefined();
    expect(planSecret({ [PLAN_SECRET_ENV]: SECRET })).toBe(SECRET);
  });

  it('verifies what it signed, in any key order, and nothing else', () => {
    const content = { a: 1, b: { c: [1, 2] } };
    const signature = signatureOf(content, SECRET);
    expect(signature).toMatch(/^[0-9a-f]{64}$/);
    expect(hasValidSignature({ ...content, signature }, SECRET)).toBe(true);
    expect(hasValidSignature({ b: { c: [1, 2] }, a: 1, signature }, SECRET)).toBe(true);
    // The signature field itself is not signed: signing a signed value gives the same signature.
    expect(signatureOf({ ...content, signature }, SECRET)).toBe(signature);
    expect(hasValidSignature({ ...content, a: 2, signature }, SECRET)).toBe(false);
    expect(hasValidSignature({ a: 1, b: { c: [2, 1] }, signature }, SECRET)).toBe(false);
    expect(hasValidSignature({ ...content, signature }, `${SECRET}!`)).toBe(false);
    expect(hasValidSignature({ ...content, signature }, undefined)).toBe(false);
    expect(hasValidSignature(content, SECRET)).toBe(false);
    for (const wrong of ['', 'abc', signature.toUpperCase(), `${signature}00`, signature.slice(2), 'z'.repeat(64)]) {
      expect(hasValidSignature({ ...content, signature: wrong }, SECRET), wrong).toBe(false);
    }
  });
});
