import { errorCodec } from '@/lib/forms/error-query';
import type { PlanFileError } from '@/lib/plan/file';

/*
 * A refused plan file sends the person back to the form. The URL carries only the error's code
 * (and, for a file that is too large, its size in bytes): nothing of the file's content ends up
 * in browser history or access logs, and nobody can write their own words into the error box
 * with a crafted link. The details the person needs (which version, which fields, which route)
 * travel in a cookie that lives one minute, is HttpOnly and SameSite=Strict, and is only read
 * when its code is the URL's; each detail is checked against a strict pattern on the way back.
 * Without the cookie the page says what is wrong in general words.
 */

const CODES = ['empty', 'too-large', 'not-json', 'not-a-plan', 'unknown-version', 'invalid', 'unknown-route'] as const satisfies readonly PlanFileError['code'][];
const planErrors = errorCodec(CODES);
const SAFE = /^[A-Za-z0-9_.()\- ]{1,80}$/;

/** The short-lived cookie with the details of the last refused file. */
export const PLAN_ERROR_COOKIE = 'routewijzer-planfout';
const MAX_AGE_SECONDS = 60;

export function planErrorQuery(e: PlanFileError): string {
  const p = new URLSearchParams(planErrors.toQuery([e.code]));
  if (e.code === 'too-large') p.set('bytes', String(e.bytes));
  return p.toString();
}

/** The Set-Cookie header that carries the details of `e` to the form page (path: the form). */
export function planErrorCookie(e: PlanFileError, formPath: string): string {
  const value = Buffer.from(JSON.stringify(e), 'utf8').toString('base64url');
  return `${PLAN_ERROR_COOKIE}=${value}; Path=${formPath}; Max-Age=${MAX_AGE_SECONDS}; HttpOnly; SameSite=Strict`;
}

const safe = (v: unknown) => (typeof v === 'string' && SAFE.test(v) ? v : undefined);

function details(raw: string | undefined): Record<string, unknown> | undefined {
  if (!raw || raw.length > 2000 || !/^[A-Za-z0-9_-]+$/.test(raw)) return undefined;
  try {
    const v: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The error the form page shows: the URL's code, with the cookie's details when they are for that code. */
export function planErrorFromQuery(q: Record<string, string | string[] | undefined>, cookie?: string): PlanFileError | undefined {
  const codes = planErrors.fromQuery(q.fout);
  const code = codes.length === 1 ? codes[0] : undefined;
  if (!code) return undefined;
  const d = details(cookie);
  const mine = d?.code === code ? d : undefined;
  switch (code) {
    case 'too-large':
      return { code: 'too-large', bytes: Number(/^\d{1,12}$/.test(String(q.bytes)) ? q.bytes : 0) };
    case 'unknown-version':
      return { code: 'unknown-version', version: safe(mine?.version) };
    case 'invalid': {
      const fields = Array.isArray(mine?.fields) ? mine.fields.slice(0, 5).map(safe).filter((f): f is string => f !== undefined) : [];
      return { code: 'invalid', fields };
    }
    case 'unknown-route':
      return { code: 'unknown-route', route: safe(mine?.route) };
    default:
      return { code };
  }
}
