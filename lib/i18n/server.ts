import { headers } from 'next/headers';
import { notFound, redirect, type RedirectType } from 'next/navigation';
import { cache } from 'react';

// Pages, actions and route handlers take these from here, never from next/navigation itself
// (an ESLint rule): every redirect then goes through localRedirect and keeps the language.
export { notFound, RedirectType } from 'next/navigation';
import { LOCALE_HEADER, PATH_HEADER, defaultLocale, isLocale, localePath, type Locale } from './locale';
import { translator, type Namespace } from './translator';

/*
 * The language of what is being rendered. Every page lives under app/[locale]/, so the URL
 * decides it: the layouts and the static pages record their `locale` param here
 * (setPageLocale), once per render (React's cache is scoped to one request). That is what
 * lets the public pages be prerendered: nothing on them reads a request header.
 * A server action or a route handler has no layout around it; for those, proxy.ts puts the
 * language of the URL in a request header, and requestLocale() reads that instead.
 */
const rendered = cache((): { locale?: Locale } => ({}));

/** Records the [locale] param of the layout or page being rendered; anything else is a 404. */
export function setPageLocale(value: string): Locale {
  if (!isLocale(value)) notFound();
  rendered().locale = value;
  return value;
}

/** The language of the current render or request. */
export async function requestLocale(): Promise<Locale> {
  const set = rendered().locale;
  if (set) return set;
  const value = (await headers()).get(LOCALE_HEADER);
  return isLocale(value) ? value : defaultLocale;
}

/**
 * The words of a namespace in the language being rendered, as next-intl's getTranslations gives
 * them (the same messages and ICU syntax; a missing key throws), for pages, layouts, actions and
 * route handlers. It is the translator of lib/i18n/translator.ts, made once per language and
 * namespace, so that a message is parsed once per process. next-intl's getTranslations keeps its
 * parsed messages for one request (React's cache): every page parsed every message with a
 * placeholder again, 3-6 % of a personal page's server time (docs/benchmarks.md, stop 35).
 */
export async function getTranslations<N extends Namespace>(namespace: N) {
  return translator(await requestLocale(), namespace);
}

/**
 * The current page's path without language prefix, with its query (for the language switch),
 * as proxy.ts saw it. Only pages rendered per request have it; a static page knows its own path.
 */
export async function requestPath(): Promise<string> {
  const value = (await headers()).get(PATH_HEADER);
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

/** A path in the language of the current request. */
export async function localHref(path: string): Promise<string> {
  return localePath(await requestLocale(), path);
}

/**
 * next/navigation's redirect, to the page in the language of the current request. Call it as
 * `return localRedirect(...)`: TypeScript does not narrow after `await` of a never-promise.
 */
export async function localRedirect(path: string, type?: (typeof RedirectType)[keyof typeof RedirectType]): Promise<never> {
  redirect(await localHref(path), type);
}
