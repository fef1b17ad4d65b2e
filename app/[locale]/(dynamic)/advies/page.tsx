import type { Metadata } from 'next';
import { AdviceOverview } from '@/components/advice/advice-overview';
import { getCatalogue } from '@/lib/catalogue/load';
import { getTranslations, localRedirect, requestLocale } from '@/lib/i18n/server';
import { readSession } from '@/lib/journey/cookie';
import { redirectFor } from '@/lib/journey/flow';
import { journeyRuntime } from '@/lib/journey/runtime';

export async function generateMetadata(): Promise<Metadata> {
  const [t, common] = await Promise.all([getTranslations('advice'), getTranslations('common')]);
  return { title: t('metaTitle', { step: common('stepOf', { n: 3 }) }) };
}

export default async function AdvicePage() {
  const { deps } = journeyRuntime();
  const [{ session }, locale] = await Promise.all([readSession(), requestLocale()]);
  const away = redirectFor({ kind: 'advice' }, session.context, deps.isAsked);
  if (away) return localRedirect(away);
  return <AdviceOverview context={session.context} catalogue={getCatalogue(locale)} locale={locale} />;
}
