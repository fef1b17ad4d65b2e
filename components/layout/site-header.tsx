import { getTranslations } from 'next-intl/server';
import Link from '@/components/common/link';
import { QuickExit } from '@/components/common/quick-exit';
import { localePath } from '@/lib/i18n/locale';
import { requestLocale, requestPath } from '@/lib/i18n/server';

export async function SiteHeader() {
  const t = await getTranslations('common');
  const locale = await requestLocale();
  const other = locale === 'nl' ? 'en' : 'nl';
  // The same page in the other language; answers are kept (they are codes, not words).
  const otherHref = localePath(other, await requestPath());
  return (
    <header className="border-b-4 border-green-800 bg-white">
      <a href="#inhoud" className="sr-only focus:not-sr-only focus:block focus:p-3">
        {t('skipLink')}
      </a>
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-xl font-bold text-slate-900 no-underline">
          {t('siteName')}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          {/* A plain anchor: the href is already in the other language. */}
          <a id="taal" href={otherHref} hrefLang={other} lang={other} aria-label={t('otherLanguageLabel')} className="font-semibold">
            {t('otherLanguage')}
          </a>
          <Link href="/hulp" replace className="font-semibold">
            {t('help')}
          </Link>
          <QuickExit label={t('quickExit')} hint={t('quickExitHint')} />
        </div>
      </div>
    </header>
  );
}
