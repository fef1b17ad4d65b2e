import type { Metadata } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { SiteFrame } from '@/components/layout/site-frame';
import { getTranslations, requestPath, setPageLocale } from '@/lib/i18n/server';
import { pathMetadata, siteBaseUrl } from '@/lib/site/metadata';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

/**
 * Pages rendered per request: every one that shows what a person answered, checked, was
 * advised or planned, and the few public ones that read the address (the route list's filter).
 * Each response carries its own CSP nonce, which Next puts on the page's scripts.
 */
export async function generateMetadata({ params }: Omit<Props, 'children'>): Promise<Metadata> {
  const locale = setPageLocale((await params).locale);
  const t = await getTranslations('common');
  const path = (await requestPath()).replace(/[?#].*$/, '') || '/';
  // Canonical URL and language alternates on a public page; noindex on the rest (lib/site/metadata.ts).
  return pathMetadata(path, locale, await siteBaseUrl(), t('siteName'), t('shareImageAlt'));
}

export default async function DynamicLayout({ children, params }: Props) {
  // Rendered per request, so that its scripts carry this request's CSP nonce.
  await connection();
  setPageLocale((await params).locale);
  return <SiteFrame path={await requestPath()}>{children}</SiteFrame>;
}
