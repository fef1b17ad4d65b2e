import Link from '@/components/common/link';
import { getTranslations } from '@/lib/i18n/server';

/** The 404 page's content, in the language of the address. */
export async function NotFoundView() {
  const t = await getTranslations('pages');
  return (
    <>
      <h1 id="niet-gevonden">{t('notFound.title')}</h1>
      <p className="mt-4">{t('notFound.text')}</p>
      <p className="mt-4">
        <Link href="/">{t('notFound.home')}</Link>
      </p>
    </>
  );
}
