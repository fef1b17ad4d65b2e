import { andList, orList } from '@/lib/engine/labels';
import { longDate } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/locale';
import { translator } from '@/lib/i18n/translator';

/* Small language helpers for the map and route pages. */

/** "a, b en c" / "a, b, and c" */
export const andListIn = (items: readonly string[], locale: Locale): string => andList(items, locale);

/** "a, b of c" / "a, b, or c" */
export const orListIn = (items: readonly string[], locale: Locale): string => orList(items, locale);

/** "26 november 2026" / "26 November 2026" for a calendar date "2026-11-26". */
export function longDateIn(iso: string, locale: Locale): string {
  if (locale === 'nl') return longDate(iso);
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
}

type Namespace = 'map' | 'aanbod';
const cache = new Map<string, unknown>();

/** One translator per language and namespace, kept (the map and lists call it often). */
export function messagesFor<N extends Namespace>(locale: Locale, namespace: N): ReturnType<typeof translator<N>> {
  const key = `${locale}:${namespace}`;
  let t = cache.get(key) as ReturnType<typeof translator<N>> | undefined;
  if (!t) cache.set(key, (t = translator(locale, namespace)));
  return t;
}
