import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { getCatalogue } from '@/lib/catalogue/load';
import type { Locale } from '@/lib/i18n/locale';
import { getTranslations, requestLocale, setPageLocale } from '@/lib/i18n/server';
import { configuredBaseUrl, requestOrigin } from './base-url';
import { alternates, isPublicPath, pageUrl } from './pages';

/*
 * The metadata every page gets, decided by its path alone (never by
 * anything the person answered: nothing personal goes into metadata).
 * - Public pages (lib/site/pages.ts): canonical URL, hreflang nl/en/x-default, Open Graph
 *   and Twitter card with the share image. Title and description come from the page (Next
 *   copies them into og:/twitter: tags).
 * - Every other page (personal, or not found): noindex, nofollow, and no share card.
 */

/** The share image in public/ (1200 × 630), the same in both languages. */
export const SHARE_IMAGE = { url: '/share/routewijzer-werk.png', width: 1200, height: 630 } as const;

const OG_LOCALE: Record<Locale, string> = { nl: 'nl_NL', en: 'en_GB' };

/** The public base URL: the configured one, else the origin of this request (lib/site/base-url.ts). */
export async function siteBaseUrl(): Promise<string | undefined> {
  const h = await headers();
  return configuredBaseUrl() ?? requestOrigin((n) => h.get(n));
}

/** The layout's share of a page's metadata, for `path` (without /en and query) in `locale`. */
export function pathMetadata(path: string, locale: Locale, base: string | undefined, siteName: string, imageAlt: string): Metadata {
  const metadataBase = base ? new URL(base) : null;
  const routeIds = getCatalogue(locale).routes.map((r) => r.id);
  if (!isPublicPath(path, routeIds)) {
    return { metadataBase, robots: { index: false, follow: false } };
  }
  const url = pageUrl(locale, path, base);
  return {
    metadataBase,
    alternates: { canonical: url, languages: alternates(path, base ?? '') },
    openGraph: {
      type: 'website',
      siteName,
      locale: OG_LOCALE[locale],
      alternateLocale: OG_LOCALE[locale === 'nl' ? 'en' : 'nl'],
      url,
      images: [{ ...SHARE_IMAGE, alt: imageAlt }],
    },
    twitter: { card: 'summary_large_image', images: [{ url: SHARE_IMAGE.url, alt: imageAlt }] },
  };
}

/**
 * A prerendered page's language, from its [locale] param (app/[locale]/(static)): call it first
 * in the page and in its generateMetadata, which Next may render apart from the layout.
 */
export async function staticPageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  return setPageLocale((await params).locale);
}

/**
 * A prerendered public page's metadata: its own title and description, and the canonical URL,
 * language alternates and share card for `path`. Made at build time, so the base URL is the
 * configured one (ROUTEWIJZER_BASE_URL when `next build` runs), never a request's Host header;
 * without it the addresses are relative and there is no share card.
 */
export async function staticPageMetadata(path: string, own: Metadata): Promise<Metadata> {
  const t = await getTranslations('common');
  const base = configuredBaseUrl();
  const shared = pathMetadata(path, await requestLocale(), base, t('siteName'), t('shareImageAlt'));
  if (!base) {
    delete shared.openGraph;
    delete shared.twitter;
  }
  return { ...shared, ...own };
}
