'use client';

import type { Locale } from '@/lib/i18n/locale';
import { useOtherLanguageHref } from '@/lib/i18n/use-other-language-href';

/**
 * "English" / "Nederlands": the same page in the other language, following client-side
 * navigation. `serverHref` is left out on a prerendered page, which has no query to keep: the
 * link is then made from the path the page is rendered at, the same on the server and in the browser.
 */
export function LanguageLink({ serverHref, other, label, text }: { serverHref?: string; other: Locale; label: string; text: string }) {
  const href = useOtherLanguageHref(serverHref, other);
  // A plain anchor: the href is already in the other language.
  return (
    <a id="taal" href={href} hrefLang={other} lang={other} aria-label={label} className="inline-flex min-h-8 items-center font-semibold">
      {text}
    </a>
  );
}
