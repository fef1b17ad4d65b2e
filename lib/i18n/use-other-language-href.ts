'use client';

import { usePathname } from 'next/navigation';
import { useSyncExternalStore } from 'react';
import { localePath, splitLocale, type Locale } from './locale';

const never = () => () => {};

/**
 * The address of the page now on screen in the other language. The header that shows it sits
 * in the root layout, which Next does not render again on a client-side navigation, so the
 * server's href would stay that of the first page opened (after "Start", the language link
 * still led to the English start page). usePathname() follows every navigation; whether it
 * gives the address with /en or the page's own path, splitLocale() makes it the bare path.
 * Until scripts run (and without them, when every page is a full load with its own header)
 * the server's href stands, so hydration matches the HTML.
 */
export function useOtherLanguageHref(serverHref: string | undefined, other: Locale): string {
  const pathname = usePathname();
  const hydrated = useSyncExternalStore(never, () => true, () => false);
  // A prerendered page (no serverHref): its path, /nl/x or /en/x while it is rendered on the
  // server, /x or /en/x in the browser; both give the same link.
  if (serverHref === undefined) return localePath(other, splitLocale(pathname ?? '/').path);
  if (!hydrated || !pathname) return serverHref;
  return localePath(other, splitLocale(pathname).path);
}
