import { headers } from 'next/headers';
import { redirect, type RedirectType } from 'next/navigation';

// Pages, actions and route handlers take these from here, never from next/navigation itself
// (an ESLint rule): every redirect then goes through localRedirect and keeps the language.
export { notFound, RedirectType } from 'next/navigation';
import { LOCALE_HEADER, PATH_HEADER, defaultLocale, isLocale, localePath, type Locale } from './locale';

/** The language of the current request (set by proxy.ts from the URL's /en prefix). */
export async function requestLocale(): Promise<Locale> {
  const value = (await headers()).get(LOCALE_HEADER);
  return isLocale(value) ? value : defaultLocale;
}

/** The current page's path without language prefix, with its query (for the language switch). */
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
