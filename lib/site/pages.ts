import type { Locale } from '@/lib/i18n/locale';
import { locales, localePath } from '@/lib/i18n/locale';

/*
 * Which pages are public (in the sitemap, indexable, with canonical URL and language
 * alternates) and which are personal (noindex, disallowed in robots.txt). Paths here are
 * without the /en prefix; both languages share them.
 *
 * Anything not public is treated as personal: a page added later stays out of search engines
 * until it is listed here on purpose.
 */

/** Public pages that do not come from the catalogue. */
export const PUBLIC_PAGES = ['/', '/over', '/privacy', '/toegankelijkheid', '/bronnen', '/hulp', '/nieuw', '/aanbod', '/aanbod/resultaten', '/stroomschema'] as const;

/** The path of a route's own page. */
export const routePath = (id: string) => `/aanbod/${id}`;

/** Every public page: the fixed ones and one per route in the catalogue. */
export function publicPaths(routeIds: readonly string[]): string[] {
  return [...PUBLIC_PAGES, ...routeIds.map(routePath)];
}

/** Personal pages and the files made from them (lib/site/personal-paths.ts). */
export { isPersonalPath, PERSONAL_PREFIXES } from './personal-paths';

/** True when the path is one of the public pages (routeIds: the catalogue's route ids). */
export function isPublicPath(path: string, routeIds: readonly string[]): boolean {
  if ((PUBLIC_PAGES as readonly string[]).includes(path)) return true;
  const m = /^\/aanbod\/([^/]+)$/.exec(path);
  return !!m?.[1] && routeIds.includes(m[1]);
}

/** hreflang for each language. */
export const HREFLANG: Record<Locale, string> = { nl: 'nl', en: 'en' };

/**
 * A page's URL in a language: absolute when a base is given. The Dutch start page is the bare
 * origin (https://host, no slash), as Next writes it in canonical and alternate links.
 */
export function pageUrl(locale: Locale, path: string, base = ''): string {
  const local = localePath(locale, path);
  return base && local === '/' ? base : base + local;
}

/** The language alternates of a page: nl, en and x-default (the Dutch page), as absolute URLs when a base is given. */
export function alternates(path: string, base = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of locales) out[HREFLANG[l]] = pageUrl(l, path, base);
  out['x-default'] = pageUrl('nl', path, base);
  return out;
}
