import { z } from 'zod';
import { decodeCookieValue, encodeCookieValue } from '@/lib/journey/session';
import { FILTER_PARAMS, type FilterParam } from '@/lib/map/aanbod';

/*
 * The /aanbod filters say something about a person (where they live, their age, their
 * benefit), so they never travel in the URL, where browser history and access logs would
 * keep them (issue 13, item 9). The form posts them to /aanbod/filter, which keeps what was
 * typed in this short-lived cookie and sends the browser back to /aanbod with a 303; the page
 * reads them from here. HttpOnly, SameSite=Strict, gone when the browser closes and after an
 * hour at most, and at "Wis de filters" or "Wis mijn antwoorden".
 */

export const FILTER_COOKIE = 'routewijzer-filter';
export const FILTER_MAX_AGE = 60 * 60;
/** What parseFilters reads of each value; longer input is cut there too. */
const MAX_VALUE = 100;

export type RawFilters = Partial<Record<FilterParam, string>>;

const rawFiltersSchema = z.strictObject(Object.fromEntries(FILTER_PARAMS.map((p) => [p, z.string().max(MAX_VALUE).optional()])) as Record<FilterParam, z.ZodOptional<z.ZodString>>);

/** The filter values a form post carried: only the known fields, trimmed, cut to their limit, empty ones left out. */
export function filtersFromForm(form: FormData): RawFilters {
  const raw: RawFilters = {};
  for (const p of FILTER_PARAMS) {
    const v = form.get(p);
    const text = typeof v === 'string' ? v.trim().slice(0, MAX_VALUE) : '';
    if (text) raw[p] = text;
  }
  return raw;
}

export const encodeFilters = (raw: RawFilters): string => encodeCookieValue(raw);

/** The filters in the cookie; none when it is absent or not well-formed (never trusted). */
export const decodeFilters = (value: string | undefined): RawFilters => (value ? (decodeCookieValue(value, rawFiltersSchema) ?? {}) : {});

/** A Set-Cookie header value: the filters, or (for none) one that removes the cookie. */
export function filterCookieHeader(raw: RawFilters, secure: boolean): string {
  const attrs = `Path=/; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
  if (Object.keys(raw).length === 0) return `${FILTER_COOKIE}=; Max-Age=0; ${attrs}`;
  return `${FILTER_COOKIE}=${encodeFilters(raw)}; Max-Age=${FILTER_MAX_AGE}; ${attrs}`;
}
