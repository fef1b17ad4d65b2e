import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  decodeCookieValue,
  decodeSession,
  encodeCookieValue,
  encodeSession,
  freshSession,
  MAX_ENCODED_BYTES,
  sessionSchema,
} from '@/lib/journey/session';
import { FIRST_STATE } from '@/machines/route-machine';

/*
 * The journey cookie's codec at its edges: the size bound on both sides, the characters a
 * cookie value may hold, and the three outcomes of reading one (nothing there, a journey,
 * something broken). A broken or oversized cookie must start a fresh journey, never crash
 * the page and never be half-trusted. A mutation run (docs/quality.md) found these edges
 * unchecked.
 */

const anything = z.unknown();
/** A JSON string whose cookie encoding is exactly `n` characters long (n a multiple of 4). */
const encodedOfLength = (n: number) => {
  // base64url of m bytes (m a multiple of 3) is 4m/3 characters: '"' + x…x + '"' is m bytes.
  const bytes = (n / 4) * 3;
  return 'x'.repeat(bytes - 2);
};

describe('encodeCookieValue', () => {
  it('writes JSON as base64url, which needs no escaping in a cookie', () => {
    const v = { a: 'é?/+=', n: [1, 2] };
    const text = encodeCookieValue(v);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(JSON.parse(Buffer.from(text, 'base64url').toString('utf8'))).toEqual(v);
  });

  it('takes a value of exactly the limit and refuses one character more', () => {
    const limit = MAX_ENCODED_BYTES - (MAX_ENCODED_BYTES % 4);
    expect(encodeCookieValue(encodedOfLength(limit))).toHaveLength(limit);
    expect(() => encodeCookieValue(encodedOfLength(limit + 4))).toThrow(/cookie value too large \(\d+ bytes\)/);
  });
});

describe('decodeCookieValue', () => {
  it('reads back what was written', () => {
    expect(decodeCookieValue(encodeCookieValue({ ok: true }), anything)).toEqual({ ok: true });
  });

  it('reads a value at the limit and ignores a longer one, however valid', () => {
    const limit = MAX_ENCODED_BYTES - (MAX_ENCODED_BYTES % 4);
    const atLimit = encodeCookieValue(encodedOfLength(limit));
    expect(decodeCookieValue(atLimit, anything)).toBe(encodedOfLength(limit));
    const over = Buffer.from(JSON.stringify(encodedOfLength(limit + 4)), 'utf8').toString('base64url');
    expect(over.length).toBeGreaterThan(MAX_ENCODED_BYTES);
    expect(decodeCookieValue(over, anything)).toBeUndefined();
  });

  it('ignores a value with any character outside base64url, at the start, the end or inside', () => {
    const good = encodeCookieValue({ ok: true });
    for (const bad of [`!${good}`, `${good}=`, `${good.slice(0, 4)}+${good.slice(4)}`, `${good}/`, `${good} `]) {
      expect(decodeCookieValue(bad, anything), bad).toBeUndefined();
    }
  });

  it('ignores base64url that is not JSON, and JSON that does not pass the schema', () => {
    expect(decodeCookieValue(Buffer.from('{not json', 'utf8').toString('base64url'), anything)).toBeUndefined();
    expect(decodeCookieValue(encodeCookieValue({ n: 'one' }), z.object({ n: z.number() }))).toBeUndefined();
  });
});

describe('decodeSession', () => {
  it('tells "no cookie" (undefined or empty) from a broken one; both start a fresh journey', () => {
    for (const raw of [undefined, '']) {
      const d = decodeSession(raw);
      expect(d.status).toBe('empty');
      expect(d.session).toEqual(freshSession());
    }
    const broken = decodeSession('bm90IGEgam91cm5leQ');
    expect(broken.status).toBe('corrupt');
    expect(broken.session).toEqual(freshSession());
  });

  it('reads a journey back whole, with its mode and a start time in any time zone', () => {
    const s = { ...freshSession(), mode: 'intake' as const, created: '2026-12-02T10:15:00+01:00' };
    const d = decodeSession(encodeSession(s));
    expect(d.status).toBe('ok');
    expect(d.session).toEqual(s);
    expect(sessionSchema.safeParse({ ...s, created: '2026-12-02T09:15:00Z' }).success).toBe(true);
  });

  it('keeps the answers when the cookie names a place the statechart no longer has', () => {
    const s = { ...freshSession(), context: { ...freshSession().context, answered: ['crisis' as const] } };
    const old = { ...s, state: 'journey.situation.removed-question', back: 'journey.situation.gone' };
    const d = decodeSession(Buffer.from(JSON.stringify(old), 'utf8').toString('base64url'));
    expect(d.status).toBe('ok');
    expect(d.session.state).toBe(FIRST_STATE);
    expect(d.session.back).toBeNull();
    expect(d.session.context.answered).toEqual(['crisis']);
  });
});
