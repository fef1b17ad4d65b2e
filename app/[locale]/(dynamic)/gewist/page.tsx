import type { Metadata } from 'next';
import { startOrResume } from '@/components/wizard/actions';
import { getTranslations } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('pages');
  return { title: t('cleared.title') };
}

export default async function ClearedPage() {
  const t = await getTranslations('pages');
  return (
    <>
      <h1 id="gewist">{t('cleared.title')}</h1>
      <p className="mt-4">{t('cleared.text')}</p>
      <form action={startOrResume} className="mt-6">
        <button type="submit" className="btn-primary">
          {t('cleared.restart')}
        </button>
      </form>
    </>
  );
}
