import { adviceRequestSchema, type AdviceRequest } from '@/lib/answers/schema';
import type { Catalogue } from '@/lib/catalogue/schema';

/*
 * Validation of an advice request, shared by POST /api/v1/advice and `npm run advice`.
 * Names every bad field, not just the first, as "situation.age"-style paths.
 */

export type FieldError = { path: string; message: string };
export type Validated = { ok: true; value: AdviceRequest } | { ok: false; errors: FieldError[] };

const join = (path: readonly PropertyKey[]) => path.map(String).join('.');

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of path) {
    if (typeof v !== 'object' || v === null || !Object.hasOwn(v, k)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

export function validateAdviceRequest(data: unknown, catalogue: Catalogue): Validated {
  const errors: FieldError[] = [];
  const r = adviceRequestSchema.safeParse(data);
  if (!r.success) {
    for (const issue of r.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) errors.push({ path: join([...issue.path, key]), message: 'Unknown field.' });
      } else {
        const missing = issue.path.length > 0 && valueAt(data, issue.path) === undefined;
        errors.push({ path: join(issue.path), message: missing ? 'This field is required.' : issue.message });
      }
    }
  }
  // The gemeentecode must be one of the 342 gemeenten, not just four digits.
  const code = (data as { situation?: { municipality?: unknown } } | null)?.situation?.municipality;
  if (typeof code === 'string' && /^\d{4}$/.test(code) && !catalogue.regions.gemeenten.has(code)) {
    errors.push({ path: 'situation.municipality', message: `"${code}" is not the CBS code of a Dutch gemeente (2026).` });
  }
  if (errors.length > 0 || !r.success) return { ok: false, errors };
  return { ok: true, value: r.data };
}
