/*
 * No imports: server.mjs loads this file as it is, with Node's own TypeScript support
 * (deploy/prepare-request.mjs, deploy/not-found.mjs).
 */
/**
 * The interface languages. Dutch is the default and has no path prefix; English lives under
 * /en/... . The page files live under app/[locale]/: /en/x is served by them directly, and a
 * rewrite in next.config.mjs serves /x from /nl/x (a request for /nl/x itself is redirected to
 * /x), so one page file serves both languages and each public page is prerendered in both.
 */
export const locales = ['nl', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'nl';

/** Full language tags, for dates, speech synthesis and a PDF's declared language. */
export const LANGUAGE_TAG: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** Request header set by proxy.ts (any value a client sends is overwritten). */
export const LOCALE_HEADER = 'x-routewijzer-locale';
/** Request header set by proxy.ts: the path without the language prefix, plus its query. */
export const PATH_HEADER = 'x-routewijzer-path';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The path of a page in a language: localePath('en', '/vragen/x') is '/en/vragen/x'. */
export function localePath(locale: Locale, path: string): string {
  if (locale === defaultLocale || !path.startsWith('/') || path.startsWith('//')) return path;
  if (path === '/') return '/en';
  if (path.startsWith('/?') || path.startsWith('/#')) return `/en${path.slice(1)}`;
  return `/en${path}`;
}

/**
 * Split a path into its language and the path without it. Takes both the address a browser
 * shows (/x, /en/x) and the one a page was rendered at inside the app (/nl/x, /en/x).
 */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  for (const locale of locales) {
    if (pathname === `/${locale}`) return { locale, path: '/' };
    if (pathname.startsWith(`/${locale}/`)) return { locale, path: pathname.slice(locale.length + 1) };
  }
  return { locale: defaultLocale, path: pathname };
}
