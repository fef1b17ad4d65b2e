import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const body = {
  situation: { condition: 'mental-health', severity: 'severe', age: 41, municipality: '0153', work: 'none', benefit: 'wia-wga', care: 'specialist-ggz', careProvider: 'mediant' },
  wish: { goal: 'paid-work', support: ['treatment-and-work'], pace: 'own-pace' },
};

test.describe('the public API over HTTP', () => {
  test('POST /api/v1/advice answers with advice and stores nothing', async ({ request }) => {
    const res = await request.post('/api/v1/advice', { data: body });
    expect(res.status()).toBe(200);
    expect(res.headers()['cache-control']).toBe('no-store');
    expect(res.headers()['set-cookie']).toBeUndefined();
    const advice = await res.json();
    expect(advice.location.arbeidsmarktregio).toBe('Twente');
    expect(advice.recommended.length + advice.conditional.length + advice.notSuitable.length).toBeGreaterThan(10);
    // Under /en the same API (the language rewrite of next.config.mjs), answering in Dutch as documented.
    const en = await request.post('/en/api/v1/advice', { data: body });
    expect(en.status()).toBe(200);
    expect(await en.json()).toEqual(advice);
  });

  test('bad input gets 400, 403, 405, 413, 415 or 422, never a 5xx', async ({ request }) => {
    const raw = (data: string, type = 'application/json') => request.post('/api/v1/advice', { data: Buffer.from(data), headers: { 'content-type': type } });
    expect((await raw('{nope')).status()).toBe(400);
    expect((await raw(JSON.stringify({ ...body, pad: 'x'.repeat(70_000) }))).status()).toBe(413);
    expect((await raw(JSON.stringify(body), 'text/plain')).status()).toBe(415);
    const get = await request.get('/api/v1/advice');
    expect(get.status()).toBe(405);
    expect(get.headers().allow).toBe('OPTIONS, POST');
    const crossSite = await request.post('/api/v1/advice', { data: body, headers: { 'sec-fetch-site': 'cross-site', origin: 'https://elders.example' } });
    expect(crossSite.status()).toBe(403);
    expect((await crossSite.json()).error).toBe('cross-site');
    const bad = await raw(JSON.stringify({ ...body, situation: { ...body.situation, municipality: '0000' } }));
    expect(bad.status()).toBe(422);
    expect((await bad.json()).errors).toEqual([{ path: 'situation.municipality', message: expect.stringContaining('0000') }]);
  });

  test('GET /api/v1/catalogue and /api/v1/openapi.json', async ({ request }) => {
    const cat = await (await request.get('/api/v1/catalogue')).json();
    expect(cat.routes.map((r: { id: string }) => r.id)).toContain('ips');
    expect(cat.arbeidsmarktregios).toHaveLength(35);
    const doc = await (await request.get('/api/v1/openapi.json')).json();
    expect(doc.components.schemas.AdviceRequest.properties.situation.properties.municipality.pattern).toBe('^\\d{4}$');
    // What the server serves is the committed, linted contract (npm run api:check).
    expect(doc).toEqual(JSON.parse(readFileSync(path.join(process.cwd(), 'docs/openapi.json'), 'utf8')));
  });
});
