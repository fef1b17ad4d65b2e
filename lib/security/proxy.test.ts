import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { config, proxy } from '@/proxy';
import { MAX_FORM_BODY_BYTES } from '@/lib/security/request-limits';
import { MAX_ACTION_BODY_BYTES } from '@/lib/security/server-actions';

/* proxy.ts on its own: what it refuses before Next handles a post, and what it passes on. */

/** A post as a browser sends it: with its body's length declared (unless `headers` says otherwise). */
function post(path: string, headers: Record<string, string>, body?: string | ArrayBuffer | FormData) {
  const length = typeof body === 'string' ? Buffer.byteLength(body) : body instanceof ArrayBuffer ? body.byteLength : undefined;
  const declared: Record<string, string> = length === undefined ? {} : { 'content-length': String(length) };
  return proxy(new NextRequest(`http://127.0.0.1:3000${path}`, { method: 'POST', headers: { host: '127.0.0.1:3000', ...declared, ...headers }, body }));
}
const passed = (res: Response) => res.headers.get('x-middleware-next') === '1';
const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
};
/** A multipart body with its Content-Type, as a browser would send `fields`. */
async function multipart(fields: Record<string, string>): Promise<{ body: ArrayBuffer; type: string }> {
  const r = new Response(form(fields));
  return { body: await r.arrayBuffer(), type: r.headers.get('content-type')! };
}
/** Action ids as Next writes them: the first byte says which arguments the function reads. */
const ACTION = '40a73a4f4c3a099ecbc69031d5c66e0e1eb19867ee';
const NO_ARGS = '00e7894fcadf8ef3dfe237cc26598c854a00e650b4';

describe('proxy.ts', () => {
  it('refuses a post a browser marks as cross-site or same-site, and lets same-origin and non-browser posts through', async () => {
    expect((await post('/vragen/leeftijd', { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await post('/vragen/leeftijd', { 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect(passed(await post('/vragen/leeftijd', { 'sec-fetch-site': 'same-origin' }))).toBe(true);
    expect(passed(await post('/vragen/leeftijd', {}))).toBe(true);
  });

  it('refuses a post without Sec-Fetch-Site whose Origin is null or another site, on every form route', async () => {
    for (const path of ['/vragen/leeftijd', '/advies', '/plan/openen/bestand', '/aanbod/filter', '/en/aanbod/filter', '/en/intake', '/driegesprek', '/evaluatie']) {
      expect((await post(path, { origin: 'null' })).status, path).toBe(403);
      expect((await post(path, { origin: 'https://evil.example' })).status, path).toBe(403);
      expect((await post(path, { 'sec-fetch-site': 'cross-site' })).status, path).toBe(403);
      // Claims to be same-origin but names another origin: no browser sends that (Next gave 500).
      expect((await post(path, { 'sec-fetch-site': 'same-origin', origin: 'https://evil.example' })).status, path).toBe(403);
      expect(passed(await post(path, { 'sec-fetch-site': 'same-origin', origin: 'null' })), path).toBe(true);
      expect(passed(await post(path, { 'sec-fetch-site': 'same-origin', origin: 'http://127.0.0.1:3000' })), path).toBe(true);
    }
  });

  it('refuses a declared body larger than any form takes, before reading it', async () => {
    const big = String(MAX_FORM_BODY_BYTES + 1);
    const res = await post('/vragen/leeftijd', { 'content-length': big });
    expect(res.status).toBe(413);
    expect(await res.text()).toContain('meer dan een formulier');
    expect(passed(await post('/vragen/leeftijd', { 'content-length': String(MAX_FORM_BODY_BYTES) }))).toBe(true);
  });

  it('sends a plan file that is too large back to its form, in its language', async () => {
    const nine = String(9 * 1024 * 1024);
    const at = (res: Response) => new URL(res.headers.get('location')!);
    const nl = await post('/plan/openen/bestand', { 'content-length': nine });
    expect(nl.status).toBe(303);
    expect(at(nl).pathname + at(nl).search).toBe(`/plan/openen?fout=too-large&bytes=${nine}`);
    const en = await post('/en/plan/openen/bestand', { 'content-length': nine });
    expect(at(en).pathname + at(en).search).toBe(`/en/plan/openen?fout=too-large&bytes=${nine}`);
  });

  it('passes server-action calls shaped like our forms, with and without JavaScript', async () => {
    const js = await multipart({ '0': '["$K1"]', '1_question': 'age', '1_answer': '30' });
    expect(passed(await post('/vragen/leeftijd', { 'next-action': ACTION, 'content-type': js.type }, js.body))).toBe(true);
    const noJs = await multipart({ [`$ACTION_ID_${ACTION}`]: '', question: 'age', answer: '30' });
    expect(passed(await post('/en/vragen/leeftijd', { 'content-type': noJs.type }, noJs.body))).toBe(true);
    // An action that reads no argument gets the empty list as text from Next's client.
    expect(passed(await post('/', { 'next-action': NO_ARGS, 'content-type': 'text/plain;charset=UTF-8' }, '[]'))).toBe(true);
    const urlencoded = new URLSearchParams({ [`$ACTION_ID_${ACTION}`]: '', answer: '30' }).toString();
    expect(passed(await post('/vragen/leeftijd', { 'content-type': 'application/x-www-form-urlencoded' }, urlencoded))).toBe(true);
  });

  it('answers a malformed server-action call with 400 before Next decodes it (Next answered 500)', async () => {
    const empty = await multipart({ '0': '[]' });
    const js0 = () => empty;
    const refused = async (headers: Record<string, string>, body: string | ArrayBuffer) => {
      const res = await post('/vragen/leeftijd', headers, body);
      expect(res.status, JSON.stringify([headers, typeof body === 'string' ? body : 'multipart'])).toBe(400);
      expect(await res.text()).toContain('geen formulier van deze website');
    };
    for (const type of ['text/plain;charset=UTF-8', 'application/json', '', 'application/x-www-form-urlencoded']) {
      await refused({ 'next-action': ACTION, 'content-type': type }, '[null]');
    }
    await refused({ 'next-action': ACTION, 'content-type': 'multipart/form-data; boundary=zz' }, 'not multipart at all');
    for (const args of ['[null]', '[]', '[nul', '{"a":1}', '["$K1","$K2"]', '["$Q1"]', '[1]']) {
      const m = await multipart({ '0': args });
      await refused({ 'next-action': ACTION, 'content-type': m.type }, m.body);
    }
    for (const body of ['[null]', '["$K1"]', '', 'garbage']) await refused({ 'next-action': NO_ARGS, 'content-type': 'text/plain;charset=UTF-8' }, body);
    await refused({ 'next-action': NO_ARGS, 'content-type': js0().type }, js0().body);
    await refused({ 'next-action': 'abc', 'content-type': 'text/plain' }, '[]');
    const noArgs = await multipart({ x: '1' });
    await refused({ 'next-action': ACTION, 'content-type': noArgs.type }, noArgs.body);
    const bound = await multipart({ '$ACTION_REF_1': '', '$ACTION_1:0': JSON.stringify({ id: ACTION, bound: '$@1' }), '$ACTION_1:1': '[{' });
    await refused({ 'content-type': bound.type }, bound.body);
  });

  it('refuses a server-action call that declares no length, or more than a form here takes, before reading it', async () => {
    const js = await multipart({ '0': '["$K1"]', '1_answer': '30' });
    const chunked = await post('/vragen/leeftijd', { 'next-action': ACTION, 'content-type': js.type, 'content-length': '' }, js.body);
    expect(chunked.status).toBe(411);
    const big = 'a='.concat('x'.repeat(MAX_ACTION_BODY_BYTES));
    expect((await post('/vragen/leeftijd', { 'content-type': 'application/x-www-form-urlencoded' }, big)).status).toBe(413);
    expect((await post('/vragen/leeftijd', { 'content-type': 'application/x-www-form-urlencoded' }, 'a='.concat('x'.repeat(MAX_ACTION_BODY_BYTES - 10)))).status).not.toBe(413);
  });

  it('leaves the route handlers to read their own forms', async () => {
    const m = await multipart({ '0': '[null]' });
    expect(passed(await post('/aanbod/filter', { 'content-type': m.type }, m.body))).toBe(true);
    expect(passed(await post('/en/plan/openen/bestand', { 'content-type': m.type }, m.body))).toBe(true);
  });

  it('does not run on the API, which streams and limits its own body', () => {
    const matcher = new RegExp(`^${config.matcher[0]!.source}$`);
    expect(matcher.test('/api/v1/advice')).toBe(false);
    expect(matcher.test('/en/api/v1/advice')).toBe(false);
    expect(matcher.test('/vragen/leeftijd')).toBe(true);
    expect(matcher.test('/en/plan/openen/bestand')).toBe(true);
    // server.mjs marks a GET of a page it has prepared (deploy/prepare-request.mjs), and the mark keeps the proxy away.
    expect(config.matcher[0]!.missing).toEqual([{ type: 'header', key: 'x-routewijzer-prepared' }]);
  });
});
