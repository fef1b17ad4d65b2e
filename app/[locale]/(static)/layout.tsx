import type { ReactNode } from 'react';
import { SiteFrame } from '@/components/layout/site-frame';
import { setPageLocale } from '@/lib/i18n/server';

/**
 * The public pages: the same for everyone, prerendered at build time in both languages.
 * 'error': the build fails if anything below reads the request (headers, cookies, the query),
 * rather than quietly rendering the page per request. Their CSP: deploy/static-csp.mjs.
 */
export const dynamic = 'error';

export default async function StaticLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  setPageLocale((await params).locale);
  return <SiteFrame>{children}</SiteFrame>;
}
