import type { Metadata } from 'next';
import { staticPageLocale, staticPageMetadata } from '@/lib/site/metadata';
import { getTranslations } from '@/lib/i18n/server';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await staticPageLocale(params);
  const t = await getTranslations('pages');
  const common = await getTranslations('common');
  return staticPageMetadata('/toegankelijkheid', { title: t('accessibility.title'), description: common('pageDescription.accessibility') });
}

export default async function AccessibilityPage({ params }: Props) {
  await staticPageLocale(params);
  const t = await getTranslations('pages');
  const common = await getTranslations('common');
  const readAloud = common('readAloud');
  return (
    <>
      <h1>{t('accessibility.title')}</h1>
      <div className="mt-4 space-y-4">
        <p>{t('accessibility.intro')}</p>
        <p>{t('accessibility.translation')}</p>
        <h2>{t('accessibility.doHeading')}</h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>{t('accessibility.axe')}</li>
          <li>{t('accessibility.keyboard')}</li>
          <li>{t('accessibility.narrow')}</li>
          <li>{t('accessibility.noScript')}</li>
          <li>{t('accessibility.readAloud', { readAloud })}</li>
          <li>{t('accessibility.plain')}</li>
        </ul>
        <h2>{t('accessibility.notYetHeading')}</h2>
        <p>{t('accessibility.notYet', { readAloud, quickExit: common('quickExit') })}</p>
        <h2>{t('accessibility.foundHeading')}</h2>
        <p>{t('accessibility.found')}</p>
      </div>
    </>
  );
}
