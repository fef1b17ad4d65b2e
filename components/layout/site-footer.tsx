import Link from '@/components/common/link';
import { clearAnswers } from '@/components/wizard/actions';
import { getTranslations } from '@/lib/i18n/server';

const LINKS = [
  ['/hulp', 'help'],
  ['/privacy', 'privacy'],
  ['/toegankelijkheid', 'accessibility'],
  ['/bronnen', 'sources'],
  ['/stroomschema', 'map'],
  ['/aanbod', 'routes'],
  ['/nieuw', 'news'],
] as const;

export async function SiteFooter() {
  const t = await getTranslations('common');
  const about = await getTranslations('about');
  return (
    <footer className="mt-16 border-t-2 border-slate-200 bg-slate-50">
      <div className="mx-auto max-w-3xl space-y-4 px-4 py-6 text-base">
        <p>{t('footerNote')}</p>
        <form action={clearAnswers}>
          <button type="submit" id="wis-antwoorden" className="btn-link font-semibold">
            {t('clear')}
          </button>
        </form>
        <nav aria-label={t('footerNav')}>
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <Link href="/over">{about('footerLink')}</Link>
            </li>
            {LINKS.map(([href, key]) => (
              <li key={href}>
                <Link href={href}>{t(`footerLinks.${key}`)}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
