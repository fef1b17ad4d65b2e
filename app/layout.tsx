import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import './globals.css';

import { requestLocale, requestPath } from '@/lib/i18n/server';
import { pathMetadata, siteBaseUrl } from '@/lib/site/metadata';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('common');
  const path = (await requestPath()).replace(/[?#].*$/, '') || '/';
  return {
    title: { default: t('siteName'), template: t('titleTemplate') },
    description: t('description'),
    referrer: 'no-referrer',
    // Canonical URL, language alternates and share card on public pages; noindex on the rest.
    ...pathMetadata(path, await requestLocale(), await siteBaseUrl(), t('siteName'), t('shareImageAlt')),
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#166534' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request so that its scripts carry that request's CSP nonce.
  await connection();
  const locale = await requestLocale();
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-white text-slate-900 antialiased">
        <SiteHeader />
        <main id="inhoud" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 py-6">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
