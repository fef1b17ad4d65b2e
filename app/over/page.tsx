import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AboutView } from '@/components/about/about-view';
import { getCatalogue } from '@/lib/catalogue/load';
import { requestLocale } from '@/lib/i18n/server';
import { organisation } from '@/lib/site/organisation';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('about');
  return { title: t('title'), description: t('description') };
}

export default async function AboutPage() {
  const locale = await requestLocale();
  return <AboutView org={organisation()} catalogue={getCatalogue(locale)} locale={locale} />;
}
