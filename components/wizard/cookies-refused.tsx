import Link from '@/components/common/link';
import { FocusOnNavigation } from '@/components/common/focus-on-navigation';
import { getTranslations } from '@/lib/i18n/server';

/**
 * Shown when the browser does not keep the journey cookie (private window, cookies blocked):
 * without it every answer is lost and the wizard would start over at every step.
 */
export async function CookiesRefused() {
  const t = await getTranslations('wizard.cookies');
  return (
    <section id="fout-cookies" aria-labelledby="fout-cookies-titel" className="rounded-md border-2 border-amber-600 bg-amber-50 p-4">
      <FocusOnNavigation id="fout-cookies-titel" />
      <h1 id="fout-cookies-titel" tabIndex={-1} className="outline-none">
        {t('title')}
      </h1>
      <p className="mt-4">{t('lost')}</p>
      <p className="mt-4">{t('oneCookie')}</p>
      <h2 className="mt-6">{t('whatNow')}</h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>{t('allow')}</li>
        <li>{t('privateWindow')}</li>
      </ul>
      <p className="mt-6">
        <Link href="/" id="opnieuw-beginnen" className="btn-primary">
          {t('restart')}
        </Link>
      </p>
    </section>
  );
}
