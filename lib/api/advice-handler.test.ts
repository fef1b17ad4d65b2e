import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, postAdvice, type AdviceAnswer } from '@/lib/api/advice-handler';
import { adviceResponseSchema, errorResponseSchema } from '@/lib/api/openapi';
import { adviceRequestArb, deepJsonArb, mutatedBodyArb } from '@/tests/support/arbitraries';

const valid = {
  situation: { condition: 'mental-health', severity: 'severe', age: 34, municipality: '0363', work: 'none', benefit: 'bijstand', care: 'specialist-ggz' },
  wish: { goal: 'paid-work', support: ['find-job-fast'], pace: 'fast' },
};

/** The answer as a web Response, to read it as a client would. */
const asResponse = (a: AdviceAnswer) => new Response(a.body === '' ? null : a.body, { status: a.status, headers: a.headers });

/** The contract, on the handler's core (the HTTP adapter has its own tests: advice-api.test.ts). */
const ask = (body: string | Uint8Array, headers: Record<string, string>) => postAdvice(body, headers).then(asResponse);

const post = (body: string | Uint8Array, contentType = 'application/json') => ask(body, { 'content-type': contentType });

describe('POST /api/v1/advice', () => {
  it('answers 200 with every catalogue entry in one group', async () => {
    const res = await post(JSON.stringify(valid));
    expect(res.status).toBe(200);
    const body = adviceResponseSchema.parse(await res.json());
    expect(body.recommended.length + body.conditional.length + body.notSuitable.length).toBeGreaterThan(0);
    expect(body.location).toEqual({ municipality: '0363', name: 'Amsterdam', arbeidsmarktregio: 'Groot Amsterdam' });
  });

  it('answers 400 for malformed JSON and for bytes that are not UTF-8', async () => {
    expect((await post('{"situation":')).status).toBe(400);
    expect((await post(new Uint8Array([0x7b, 0xff, 0x7d]))).status).toBe(400);
  });

  it('answers 415 for another content type', async () => {
    const res = await post(JSON.stringify(valid), 'text/plain');
    expect(res.status).toBe(415);
    expect(errorResponseSchema.parse(await res.json()).error).toBe('unsupported-media-type');
    expect((await post(JSON.stringify(valid), 'application/json; charset=utf-8')).status).toBe(200);
  });

  it('lists at most 20 field errors with a count of the rest, and never echoes a long key back (a 65 kB body gave a 330 kB answer)', async () => {
    const unknown = Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`${'k'.repeat(80)}${i}`, i]));
    const body = JSON.stringify({ ...valid, ...unknown });
    expect(body.length).toBeGreaterThan(50_000);
    const res = await post(body);
    expect(res.status).toBe(422);
    const text = await res.text();
    const parsed = errorResponseSchema.parse(JSON.parse(text));
    expect(parsed.errors).toHaveLength(20);
    expect(parsed.omitted).toBe(580);
    expect(text.length).toBeLessThan(5_000);
    const one = await post(JSON.stringify({ ...valid, ['x'.repeat(5_000)]: 1 }));
    const oneParsed = errorResponseSchema.parse(await one.json());
    expect(oneParsed.errors[0]!.path.length).toBeLessThanOrEqual(101);
    expect(oneParsed.omitted).toBeUndefined();
  });

  it('answers 403 to a post a browser marks as coming from another site, and serves servers and same-origin pages', async () => {
    const from = (site: string) => ask(JSON.stringify(valid), { 'content-type': 'application/json', 'sec-fetch-site': site });
    const res = await from('cross-site');
    expect(res.status).toBe(403);
    expect(errorResponseSchema.parse(await res.json()).error).toBe('cross-site');
    expect((await from('same-site')).status).toBe(403);
    expect((await from('same-origin')).status).toBe(200);
    expect((await post(JSON.stringify(valid))).status).toBe(200);
  });

  it('answers 413 for a body over 64 kB, without parsing it', async () => {
    const big = JSON.stringify({ ...valid, padding: 'x'.repeat(MAX_BODY_BYTES) });
    expect((await post(big)).status).toBe(413);
  });

  it('answers 422 naming every bad field, an unknown gemeentecode included', async () => {
    const body = { situation: { ...valid.situation, age: 12, municipality: '9999', extra: true }, wish: { goal: 'rich', pace: 'fast' } };
    const res = await post(JSON.stringify(body));
    expect(res.status).toBe(422);
    const paths = errorResponseSchema.parse(await res.json()).errors.map((e) => e.path).sort();
    expect(paths).toEqual(['situation.age', 'situation.extra', 'situation.municipality', 'wish.goal', 'wish.support']);
  });

  it('says a missing field is required', async () => {
    const { age: _age, ...rest } = valid.situation;
    const res = await post(JSON.stringify({ ...valid, situation: rest }));
    expect((await res.json()).errors).toEqual([{ path: 'situation.age', message: 'This field is required.' }]);
  });

  it('rejects prototype-pollution keys as unknown fields and pollutes nothing', async () => {
    const res = await post('{"__proto__":{"polluted":1},"situation":{"constructor":{"prototype":{"x":1}}},"wish":{}}');
    expect(res.status).toBe(422);
    const paths = (await res.json()).errors.map((e: { path: string }) => e.path);
    expect(paths).toContain('__proto__');
    expect(paths).toContain('situation.constructor');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('POST /api/v1/advice under fuzzing (fast-check)', () => {
  const check = async (res: Response) => {
    expect(res.status).toBeLessThan(500);
    const json = await res.json();
    if (res.status === 200) adviceResponseSchema.parse(json);
    else errorResponseSchema.parse(json);
  };

  it('never answers 5xx to 10,000 random, mutated, huge and deep bodies, and always in a known shape', async () => {
    const bodies = fc.oneof(
      fc.jsonValue().map((v) => JSON.stringify(v)),
      mutatedBodyArb.map((v) => JSON.stringify(v)),
      adviceRequestArb.map((v) => JSON.stringify(v)),
      deepJsonArb,
      fc.string({ unit: 'binary', maxLength: 300 }),
    );
    await fc.assert(
      fc.asyncProperty(bodies, async (b) => {
        await check(await post(b));
      }),
      { numRuns: 10_000 },
    );
  });

  it('accepts every schema-valid body', async () => {
    await fc.assert(
      fc.asyncProperty(adviceRequestArb, async (b) => {
        expect((await post(JSON.stringify(b))).status).toBe(200);
      }),
      { numRuns: 500 },
    );
  });
});
