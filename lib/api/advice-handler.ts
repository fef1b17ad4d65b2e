import { getCatalogue } from '@/lib/catalogue/load';
import { validateAdviceRequest, type FieldError } from '@/lib/api/advice-request';
import { advise } from '@/lib/engine/advise';
import { isCrossSite } from '@/lib/security/request-limits';

/*
 * POST /api/v1/advice. Bad input gets a clear error and never a 5xx:
 * 415 wrong content type, 413 body over 64 kB, 400 malformed JSON, 422 schema errors.
 * Nothing of the request is stored or logged: the body lives only in this function.
 */

export const MAX_BODY_BYTES = 64 * 1024;

const headers = { 'Cache-Control': 'no-store', 'Content-Type': 'application/json; charset=utf-8' };

/** At most this many field errors in a response, each path at most MAX_PATH characters: an error never echoes a large request back. */
export const MAX_ERRORS = 20;
const MAX_PATH = 100;

export function jsonError(status: number, code: string, errors: FieldError[]): Response {
  const shown = errors.slice(0, MAX_ERRORS).map((e) => (e.path.length > MAX_PATH ? { ...e, path: `${e.path.slice(0, MAX_PATH)}…` } : e));
  const omitted = errors.length - shown.length;
  return new Response(JSON.stringify({ error: code, errors: shown, ...(omitted > 0 ? { omitted } : {}) }), { status, headers });
}

export const isJsonContentType = (value: string | null) =>
  value !== null && /^application\/json\s*(;.*)?$/i.test(value.trim());

/** Reads at most `limit` bytes; undefined when the body is larger. */
async function readLimited(request: Request, limit: number): Promise<Uint8Array | undefined> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit) return undefined;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

export async function handleAdviceRequest(request: Request): Promise<Response> {
  // The API is not behind proxy.ts (which would buffer the body): it refuses cross-site browser posts itself.
  if (isCrossSite(request.headers)) {
    return jsonError(403, 'cross-site', [{ path: '', message: 'A browser page on another site may not post here. Call the API from your own server.' }]);
  }
  if (!isJsonContentType(request.headers.get('content-type'))) {
    return jsonError(415, 'unsupported-media-type', [{ path: '', message: 'Send the body as Content-Type: application/json.' }]);
  }
  let bytes: Uint8Array | undefined;
  try {
    bytes = await readLimited(request, MAX_BODY_BYTES);
  } catch {
    return jsonError(400, 'unreadable-body', [{ path: '', message: 'The request body could not be read.' }]);
  }
  if (bytes === undefined) {
    return jsonError(413, 'payload-too-large', [{ path: '', message: `The body may be at most ${MAX_BODY_BYTES} bytes.` }]);
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
  return new Response(JSON.stringify(advise(v.value, catalogue, 'nl')), { status: 200, headers });
}
