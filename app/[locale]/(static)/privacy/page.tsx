import type { Metadata } from 'next';
import { PrivacyView } from '@/components/about/privacy-view';
import { getCatalogue } from '@/lib/catalogue/load';
import { organisation } from '@/lib/site/organisation';
import { staticPageLocale, staticPageMetadata } from '@/lib/site/metadata';
import { getTranslations } from '@/lib/i18n/server';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await staticPageLocale(params);
  const t = await getTranslations('privacy');
  const common = await getTranslations('common');
  return staticPageMetadata('/privacy', { title: t('title'), description: common('pageDescription.privacy') });
}

export default async function PrivacyPage({ params }: Props) {
  const locale = await staticPageLocale(params);
  return <PrivacyView org={organisation()} catalogue={getCatalogue(locale)} locale={locale} />;
}
