import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { AanbodOverview } from '@/components/aanbod/aanbod-overview';
import { getCatalogue } from '@/lib/catalogue/load';
import { getTranslations, requestLocale } from '@/lib/i18n/server';
import { parseFilters } from '@/lib/map/aanbod';
import { decodeFilters, FILTER_COOKIE } from '@/lib/map/filter-cookie';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('aanbod');
  const common = await getTranslations('common');
  return { title: t('list.title'), description: common('pageDescription.aanbod') };
}

/**
 * The filters come from a short-lived cookie that the form's post to /aanbod/filter sets,
 * never from the URL: where someone lives, their age and their benefit stay out of browser
 * history and access logs (lib/map/filter-cookie.ts).
 */
export default async function AanbodPage() {
  const locale = await requestLocale();
  const catalogue = getCatalogue(locale);
  const parsed = parseFilters(decodeFilters((await cookies()).get(FILTER_COOKIE)?.value), catalogue, locale);
  return <AanbodOverview parsed={parsed} catalogue={catalogue} locale={locale} />;
}
