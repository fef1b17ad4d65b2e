import Link from '@/components/common/link';
import { LanguageLink } from '@/components/layout/language-link';
import { QuickExit } from '@/components/common/quick-exit';
import { localePath } from '@/lib/i18n/locale';
import { getTranslations, requestLocale } from '@/lib/i18n/server';

/**
 * The header stays at the top of the screen while the page scrolls, so "Snel weg" is always in
 * view. It is one row (the name and the quick exit), so it takes little of a phone's screen;
 * the other language and "Hulp nodig?" are in a row below it (SiteTools) that scrolls away.
 * `scroll-padding-top` (app/globals.css) keeps a focused element from hiding under it.
 * The same for every page in a language: components/layout/site-frame.tsx makes it once per render.
 */
export async function SiteBanner() {
  const t = await getTranslations('common');
  return (
    <header id="kop" className="sticky top-0 z-40 border-b-4 border-green-800 bg-white">
      <a href="#inhoud" className="sr-only focus:not-sr-only focus:block focus:p-3">
        {t('skipLink')}
      </a>
      <div className="mx-auto flex max-w-3xl items-center justify-between gap-3 px-4 py-2">
        <Link href="/" className="inline-flex min-h-11 items-center text-lg leading-tight font-bold text-slate-900 no-underline sm:text-xl">
          {t('siteName')}
        </Link>
        <QuickExit label={t('quickExit')} hint={t('quickExitHint')} shortcut={t('quickExitShortcut')} />
      </div>
    </header>
  );
}

/** The row below the header: the same page in the other language, and "Hulp nodig?". */
export async function SiteTools({ path }: { path?: string }) {
  const t = await getTranslations('common');
  const locale = await requestLocale();
  const other = locale === 'nl' ? 'en' : 'nl';
  // The same page in the other language; answers are kept (they are codes, not words).
  const otherHref = path === undefined ? undefined : localePath(other, path);
  return (
    <nav aria-label={t('toolsNav')} className="no-print mx-auto flex w-full max-w-3xl flex-wrap justify-end gap-x-5 px-4 pt-2">
      <LanguageLink serverHref={otherHref} other={other} label={t('otherLanguageLabel')} text={t('otherLanguage')} />
      <Link href="/hulp" replace className="inline-flex min-h-8 items-center font-semibold">
        {t('help')}
      </Link>
    </nav>
  );
}
