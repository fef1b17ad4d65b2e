import type { PlanFileError } from '@/lib/plan/file';

/*
 * A plan file's error travels to the form page in the URL. It never holds anything from
 * the file's content but its shape: an error code, a size, a version number, field names
 * from our own schema, or a route id — each checked against a strict pattern on the way back.
 */

const CODES = ['empty', 'too-large', 'not-json', 'not-a-plan', 'unknown-version', 'invalid', 'unknown-route'] as const;
const SAFE = /^[A-Za-z0-9_.()\- ]{1,80}$/;

export function planErrorQuery(e: PlanFileError): string {
  const p = new URLSearchParams({ fout: e.code });
  if (e.code === 'too-large') p.set('bytes', String(e.bytes));
  if (e.code === 'unknown-version') p.set('versie', e.version);
  if (e.code === 'invalid') p.set('velden', e.fields.join(','));
  if (e.code === 'unknown-route') p.set('route', e.route);
  return p.toString();
}

const safe = (v: unknown) => (typeof v === 'string' && SAFE.test(v) ? v : '?');

export function planErrorFromQuery(q: Record<string, string | string[] | undefined>): PlanFileError | undefined {
  const code = q.fout;
  if (typeof code !== 'string' || !(CODES as readonly string[]).includes(code)) return undefined;
  switch (code as PlanFileError['code']) {
    case 'too-large':
      return { code: 'too-large', bytes: Number(/^\d{1,12}$/.test(String(q.bytes)) ? q.bytes : 0) };
    case 'unknown-version':
      return { code: 'unknown-version', version: safe(q.versie) };
    case 'invalid':
      return { code: 'invalid', fields: String(q.velden ?? '').split(',').slice(0, 5).map(safe) };
    case 'unknown-route':
      return { code: 'unknown-route', route: safe(q.route) };
    default:
      return { code: code as 'empty' | 'not-json' | 'not-a-plan' };
  }
}
