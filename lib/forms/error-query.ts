/*
 * A form that is refused redirects back to its page with the errors in the URL, as `?fout=`.
 * The URL ends up in browser history and access logs, and anyone can craft one, so the value
 * is a list of codes from a closed list and nothing else: never what was typed, never text to
 * show. Each form names its codes once; this one codec writes and reads them for every form,
 * and whatever it does not know on the way back is dropped, not shown.
 */

export const ERROR_PARAM = 'fout';

/** Codes (and field names) are plain slugs, so that `,` and `:` can separate them. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/i;

export type ErrorCodec<E> = {
  /** The query (without `?`) that carries `errors`: `fout=a,b`, or '' for none. */
  toQuery(errors: readonly E[]): string;
  /**
   * The errors a `fout` value carries, each once and in the order of the form's list; unknown
   * codes, repeated parameters (an array) and over-long values give nothing.
   */
  fromQuery(raw: unknown): E[];
};

/** A codec over every error a form can report; `token` writes one as it stands in the URL. */
function codecOver<E>(all: readonly E[], token: (e: E) => string): ErrorCodec<E> {
  const byToken = new Map(all.map((e) => [token(e), e]));
  if (byToken.size !== all.length) throw new Error('Two form errors share one code');
  const order = new Map([...byToken.keys()].map((t, i) => [t, i]));
  // Room for every code once and some noise; a longer value is not one this app wrote.
  const maxLength = Math.max(256, 2 * [...byToken.keys()].reduce((n, t) => n + t.length + 1, 0));
  return {
    toQuery(errors) {
      const tokens = errors.map(token);
      const unknown = tokens.find((t) => !byToken.has(t));
      // Reachable only through a cast: a form's errors are typed. Refuse rather than leak.
      if (unknown !== undefined) throw new Error(`Not a code of this form: ${JSON.stringify(unknown.slice(0, 40))}`);
      return tokens.length === 0 ? '' : `${ERROR_PARAM}=${[...new Set(tokens)].join(',')}`;
    },
    fromQuery(raw) {
      if (typeof raw !== 'string' || raw.length > maxLength) return [];
      const seen = new Set(raw.split(',').filter((t) => byToken.has(t)));
      return [...seen].sort((a, b) => order.get(a)! - order.get(b)!).map((t) => byToken.get(t)!);
    },
  };
}

/** A form whose errors are codes: `fout=who,when`. */
export function errorCodec<const C extends string>(codes: readonly C[]): ErrorCodec<C> {
  for (const c of codes) if (!SLUG.test(c)) throw new Error(`A form error code must be a slug: ${JSON.stringify(c)}`);
  return codecOver(codes, (c) => c);
}

export type FieldError<F extends string, C extends string> = { field: F; error: C };

/** A form with many fields and the same codes for each: `fout=age:age-too-low,benefit:required`. */
export function fieldErrorCodec<const F extends string, const C extends string>(fields: readonly F[], codes: readonly C[]): ErrorCodec<FieldError<F, C>> {
  for (const s of [...fields, ...codes]) if (!SLUG.test(s)) throw new Error(`A form field or error code must be a slug: ${JSON.stringify(s)}`);
  const all = fields.flatMap((field) => codes.map((error) => ({ field, error })));
  return codecOver(all, (e) => `${e.field}:${e.error}`);
}
