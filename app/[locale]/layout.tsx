import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import '../globals.css';

import { locales } from '@/lib/i18n/locale';
import { getTranslations, setPageLocale } from '@/lib/i18n/server';

/*
 * The root layout: the document in the language of the URL (/x is Dutch, served from /nl/x by
 * a rewrite in next.config.mjs; /en/x is English). Below it, two groups:
 * - (static): the public pages, prerendered at build time in both languages, with a
 *   Content-Security-Policy that lists the hashes of exactly their inline scripts
 *   (deploy/static-csp.mjs writes it after the build, proxy.ts sends it);
 * - (dynamic): every page that shows what a person answered or planned, rendered per request
 *   with that request's CSP nonce.
 * Only these two languages exist: any other first segment is not a page (dynamicParams).
 */
export const dynamicParams = false;
export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Omit<Props, 'children'>): Promise<Metadata> {
  setPageLocale((await params).locale);
  const t = await getTranslations('common');
  return {
    title: { default: t('siteName'), template: t('titleTemplate') },
    description: t('description'),
    referrer: 'no-referrer',
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#166534' };

export default async function RootLayout({ children, params }: Props) {
  const locale = setPageLocale((await params).locale);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-white text-slate-900 antialiased">{children}</body>
    </html>
  );
}
