import type { IncomingMessage, ServerResponse } from 'node:http';
import { getCatalogue } from '@/lib/catalogue/load';
import { validateAdviceRequest, type FieldError } from '@/lib/api/advice-request';
import { advise } from '@/lib/engine/advise';
import { isCrossSite } from '@/lib/security/request-limits';

/*
 * POST /api/v1/advice. Bad input gets a clear error and never a 5xx:
 * 415 wrong content type, 413 body over 64 kB, 400 malformed JSON, 422 schema errors.
 * Nothing of the request is stored or logged: the body lives only in this function.
 *
 * answerAdvice is the whole contract, on a request reduced to its method, headers and body;
 * adviceApi serves it over Node's request and response, as pages/api/v1/advice.ts does. It is a
 * Pages Router API route, not an App Router route handler, because Next hands such a route
 * Node's own request and response. The App Router's conversion to web Request, Response and
 * streams cost about 0.4 ms of CPU per request: a bare route of each kind answering the same
 * bytes took 0.63-0.92 and 0.22-0.29 ms (profile and figures in docs/benchmarks.md, issue 17).
 */

export const MAX_BODY_BYTES = 64 * 1024;

const HEADERS: Readonly<Record<string, string>> = { 'Cache-Control': 'no-store', 'Content-Type': 'application/json; charset=utf-8' };

/** At most this many field errors in a response, each path at most MAX_PATH characters: an error never echoes a large request back. */
export const MAX_ERRORS = 20;
const MAX_PATH = 100;

/** What the handler needs of a request. */
export type AdviceCall = {
  method: string;
  headers: Pick<Headers, 'get'>;
  /** The body as it arrives. The handler stops reading past MAX_BODY_BYTES. */
  body: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
};

/** The answer: a status, its headers and a JSON body. */
export type AdviceAnswer = { status: number; headers: Readonly<Record<string, string>>; body: string };

export function jsonError(status: number, code: string, errors: FieldError[], extra: Record<string, string> = {}): AdviceAnswer {
  const shown = errors.slice(0, MAX_ERRORS).map((e) => (e.path.length > MAX_PATH ? { ...e, path: `${e.path.slice(0, MAX_PATH)}…` } : e));
  const omitted = errors.length - shown.length;
  return { status, headers: { ...HEADERS, ...extra }, body: JSON.stringify({ error: code, errors: shown, ...(omitted > 0 ? { omitted } : {}) }) };
}

export const isJsonContentType = (value: string | null) =>
  value !== null && /^application\/json\s*(;.*)?$/i.test(value.trim());

/** Reads at most `limit` bytes; undefined when the body is larger (it is not read further). */
async function readLimited(call: AdviceCall, limit: number): Promise<Uint8Array | undefined> {
  const declared = Number(call.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit) return undefined;
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of call.body) {
    size += chunk.byteLength;
    if (size > limit) return undefined;
    chunks.push(chunk);
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

/** Every method but POST (and OPTIONS, which says so) gets 405, as Next's route handlers gave it. */
const ALLOW = 'OPTIONS, POST';

export async function answerAdvice(call: AdviceCall): Promise<AdviceAnswer> {
  if (call.method === 'OPTIONS') return { status: 204, headers: { Allow: ALLOW, 'Cache-Control': 'no-store' }, body: '' };
  if (call.method !== 'POST') return jsonError(405, 'method-not-allowed', [{ path: '', message: 'Send the request as POST.' }], { Allow: ALLOW });
  // The API is not behind proxy.ts (which would buffer the body): it refuses cross-site browser posts itself.
  if (isCrossSite(call.headers)) {
    return jsonError(403, 'cross-site', [{ path: '', message: 'A browser page on another site may not post here. Call the API from your own server.' }]);
  }
  if (!isJsonContentType(call.headers.get('content-type'))) {
    return jsonError(415, 'unsupported-media-type', [{ path: '', message: 'Send the body as Content-Type: application/json.' }]);
  }
  let bytes: Uint8Array | undefined;
  try {
    bytes = await readLimited(call, MAX_BODY_BYTES);
  } catch {
    return jsonError(400, 'unreadable-body', [{ path: '', message: 'The request body could not be read.' }]);
  }
  if (bytes === undefined) {
    // The rest of the body is not read: the connection is closed after the answer.
    return jsonError(413, 'payload-too-large', [{ path: '', message: `The body may be at most ${MAX_BODY_BYTES} bytes.` }], { Connection: 'close' });
  }
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return jsonError(400, 'malformed-json', [{ path: '', message: 'The body is not valid JSON (UTF-8).' }]);
  }
  // The public API answers in Dutch (DEVELOPERS.md, Two languages).
  const catalogue = getCatalogue('nl');
  const v = validateAdviceRequest(data, catalogue);
  if (!v.ok) return jsonError(422, 'invalid-request', v.errors);
  return { status: 200, headers: HEADERS, body: JSON.stringify(advise(v.value, catalogue, 'nl')) };
}

/**
 * answerAdvice for a POST of `body`, sent as JSON unless `headers` say otherwise: how the OpenAPI
 * examples (lib/api/openapi.ts), `npm run advice`'s test and the handler's tests ask it.
 */
export const postAdvice = (body: string | Uint8Array, headers: Record<string, string> = {}): Promise<AdviceAnswer> =>
  answerAdvice({
    method: 'POST',
    headers: new Headers({ 'content-type': 'application/json', ...headers }),
    body: [typeof body === 'string' ? new TextEncoder().encode(body) : body],
  });

/** A request header as one value (Node gives a repeated header as an array). */
function header(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name.toLowerCase()];
  return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
}

/** POST /api/v1/advice on Node's request and response (pages/api/v1/advice.ts). */
export async function adviceApi(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const answer = await answerAdvice({
    method: req.method ?? '',
    headers: { get: (name) => header(req, name) },
    // Past the limit the handler stops reading and answers 413 with Connection: close; Node then
    // closes the connection instead of reading the rest of the body.
    body: req.iterator({ destroyOnReturn: false }),
  });
  res.statusCode = answer.status;
  for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
  // Encoded once, and its length declared: else Next's compression layer sends even an
  // uncompressed answer in chunks.
  const bytes = Buffer.from(answer.body, 'utf8');
  res.setHeader('Content-Length', bytes.length);
  res.end(bytes);
}
