/*
 * The shape of a server-action call, checked in the proxy before Next decodes it.
 *
 * Every action here is a form's action that takes the form's FormData or nothing (no bound
 * arguments, no useActionState). The first byte of an action id says which arguments the
 * function uses, and Next's client sends only those (next/dist/shared/lib/server-reference-info).
 * So a real call is one of these:
 * - with JavaScript, an action that reads its form: a multipart post with a `Next-Action`
 *   header whose field `0` is the argument list React encodes for one FormData, `["$K1"]`;
 * - with JavaScript, an action that reads nothing: the empty list `[]` as text;
 * - without JavaScript: a form post carrying `$ACTION_ID_<id>`, and never the `$ACTION_REF_`
 *   fields React writes for bound arguments.
 * Next answered anything else with 500: a wrong content type, `[null]` arguments, bad JSON,
 * or bound arguments it could not decode (issue 13, item 7). The proxy answers it with 400
 * and changes nothing.
 */

/**
 * The largest body a server action takes: every form here that posts to a page is a few kB at
 * most (a driegesprek agreement is under 1 kB; the plan file goes to its own route handler).
 * The proxy checks the declared length before it reads anything, and refuses a call that
 * declares none (411): browsers declare it for every form post and every FormData fetch, and
 * parsing an undeclared body would first buffer up to the proxy's 1 MB limit per request
 * (100 parallel chunked 9 MB posts took a server from 140 to 536 MB that way).
 */
export const MAX_ACTION_BODY_BYTES = 64 * 1024;

/** A reason the call is not one this site's forms make; undefined when it is. */
export type ActionFault = 'action-id' | 'content-type' | 'not-a-form' | 'arguments' | 'bound-arguments';

const FORM_TYPES = /^(multipart\/form-data|application\/x-www-form-urlencoded)\s*(;|$)/i;
/** The reference React's reply encoder writes for a FormData argument. */
const FORM_DATA_REF = /^\$K[0-9a-f]{1,8}$/;

/** Whether a post to a page must be checked: a server action (with or without JavaScript). */
export const isActionPost = (headers: Headers): boolean => headers.has('next-action') || FORM_TYPES.test(headers.get('content-type') ?? '');

/** Whether the action with this id reads its first argument (bit 6 of its first byte). */
const readsForm = (id: string) => (parseInt(id.slice(0, 2), 16) & 0x40) !== 0;

export async function actionFault(request: Request): Promise<ActionFault | undefined> {
  const id = request.headers.get('next-action');
  const type = request.headers.get('content-type') ?? '';
  if (id !== null) {
    if (!/^[0-9a-f]{42}$/.test(id)) return 'action-id';
    if (!readsForm(id)) {
      if (!/^text\/plain\s*(;|$)/i.test(type)) return 'content-type';
      return (await request.clone().text()).trim() === '[]' ? undefined : 'arguments';
    }
    if (!/^multipart\/form-data\s*;/i.test(type)) return 'content-type';
  } else if (!FORM_TYPES.test(type)) return 'content-type';
  let form: FormData;
  try {
    form = await request.clone().formData();
  } catch {
    return 'not-a-form';
  }
  if ([...form.keys()].some((k) => k.startsWith('$ACTION_REF_') || /^\$ACTION_\d+:/.test(k))) return 'bound-arguments';
  if (id === null) return undefined;
  const args = form.get('0');
  if (typeof args !== 'string') return 'arguments';
  try {
    const list: unknown = JSON.parse(args);
    return Array.isArray(list) && list.length === 1 && typeof list[0] === 'string' && FORM_DATA_REF.test(list[0]) ? undefined : 'arguments';
  } catch {
    return 'arguments';
  }
}
