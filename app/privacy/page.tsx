import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PrivacyView } from '@/components/about/privacy-view';
import { getCatalogue } from '@/lib/catalogue/load';
import { requestLocale } from '@/lib/i18n/server';
import { organisation } from '@/lib/site/organisation';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('privacy');
  const common = await getTranslations('common');
  return { title: t('title'), description: common('pageDescription.privacy') };
}

export default async function PrivacyPage() {
  const locale = await requestLocale();
  return <PrivacyView org={organisation()} catalogue={getCatalogue(locale)} locale={locale} />;
}
