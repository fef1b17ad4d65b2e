import type { Metadata } from 'next';
import { AboutView } from '@/components/about/about-view';
import { getCatalogue } from '@/lib/catalogue/load';
import { organisation } from '@/lib/site/organisation';
import { staticPageLocale, staticPageMetadata } from '@/lib/site/metadata';
import { getTranslations } from '@/lib/i18n/server';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await staticPageLocale(params);
  const t = await getTranslations('about');
  return staticPageMetadata('/over', { title: t('title'), description: t('description') });
}

export default async function AboutPage({ params }: Props) {
  const locale = await staticPageLocale(params);
  return <AboutView org={organisation()} catalogue={getCatalogue(locale)} locale={locale} />;
}
