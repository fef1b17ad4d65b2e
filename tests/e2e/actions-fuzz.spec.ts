import { expect, test } from '@playwright/test';
import { serverActions } from '../../scripts/lib/actions';

/*
 * Every server action the build exposes, called the ways a hostile client calls it (issue 13,
 * item 7): wrong content types, argument lists that are not one FormData, bodies that are not
 * forms, bound arguments our forms never send, foreign origins, and forms full of random
 * fields. Each answer is a 4xx with a plain message, or for a well-formed call with junk
 * fields the same redirect a person gets; never a 5xx, and no refused call sets a cookie.
 */

const ACTIONS = serverActions();

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}
const JUNK = ['', 'null', '[null]', '{"__proto__":{"x":1}}', '"$K1"', '$@0', '<script>alert(1)</script>', 'ä'.repeat(500), '0'.repeat(2000), '[[[[[[[[[['];

test('no server action answers a malformed call with a server error', async ({ request }) => {
  test.setTimeout(240_000);
  expect(ACTIONS.length).toBeGreaterThanOrEqual(19);
  const next = random(13);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const results: string[] = [];
  const send = async (label: string, path: string, headers: Record<string, string>, body: string | FormData, want: (s: number) => boolean) => {
    const res = await request.post(path, {
      headers: { 'sec-fetch-site': 'same-origin', origin: 'null', ...headers },
      ...(typeof body === 'string' ? { data: body } : { multipart: body }),
      maxRedirects: 0,
    });
    const status = res.status();
    if (!want(status) || (status >= 400 && res.headers()['set-cookie'])) results.push(`${label} ${path}: ${status}`);
  };
  const clientError = (s: number) => s >= 400 && s < 500;
  const notServerError = (s: number) => s < 500;
  let calls = 0;
  for (const { id, path } of ACTIONS) {
    const act = { 'next-action': id };
    for (const type of ['text/plain;charset=UTF-8', 'application/json', 'application/octet-stream']) {
      for (const body of ['[null]', '[]', '["$K1"]', 'garbage']) {
        // The one real call among these: an action that reads no argument gets `[]` as text.
        const real = type.startsWith('text/plain') && body === '[]' && (parseInt(id.slice(0, 2), 16) & 0x40) === 0;
        calls++;
        await send(`${type} ${body}`, path, { ...act, 'content-type': type }, body, real ? notServerError : clientError);
      }
    }
    for (const args of ['[null]', '[]', '[nul', '{"a":1}', '["$K1","$K2"]', '["$Q1"]', '[1]', '["$@0"]']) {
      const f = new FormData();
      f.append('0', args);
      calls++;
      await send(`multipart 0=${args}`, path, act, f, clientError);
    }
    calls++;
    await send('multipart, not a body', path, { ...act, 'content-type': 'multipart/form-data; boundary=zz' }, '--zz\r\nbroken', clientError);
    const bound = new FormData();
    bound.append('$ACTION_REF_1', '');
    bound.append('$ACTION_1:0', JSON.stringify({ id, bound: '$@1' }));
    bound.append('$ACTION_1:1', '[{');
    calls++;
    await send('bound arguments', path, {}, bound, clientError);
    calls++;
    await send('foreign origin', path, { ...act, origin: 'https://evil.example', 'content-type': 'text/plain' }, '[]', (s) => s === 403);
    // Well-formed calls full of random fields, with and without JavaScript: the action's own
    // checks answer (a redirect back to the form, or 4xx), never 5xx.
    for (let i = 0; i < 6; i++) {
      const withScript = new FormData();
      withScript.append('0', '["$K1"]');
      const without = new FormData();
      without.append(`$ACTION_ID_${id}`, '');
      for (let j = 0; j < 1 + Math.floor(next() * 6); j++) {
        const name = pick(['question', 'answer', 'route', 'party', 'who', 'what', 'when', 'purpose', 'priority', 'result', 'share', 'x']);
        const value = pick(JUNK);
        withScript.append(`1_${name}`, value);
        without.append(name, value);
      }
      calls += 2;
      await send('random fields (script)', path, act, withScript, notServerError);
      await send('random fields (no script)', path, {}, without, notServerError);
    }
  }
  console.log(`${calls} malformed calls over ${ACTIONS.length} actions: ${results.length} wrong`);
  expect(results).toEqual([]);
});
