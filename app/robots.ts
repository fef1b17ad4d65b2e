import type { MetadataRoute } from 'next';
import { locales, localePath } from '@/lib/i18n/locale';
import { siteBaseUrl } from '@/lib/site/metadata';
import { PERSONAL_PREFIXES } from '@/lib/site/pages';

/*
 * /robots.txt: the public pages may be crawled; the personal ones (lib/site/pages.ts), in
 * both languages, may not. They also carry noindex (app/layout.tsx) and X-Robots-Tag
 * (proxy.ts), for crawlers that reach them through a link anyway. Points to the sitemap.
 */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const base = await siteBaseUrl();
  return {
    rules: {
      userAgent: '*',
      allow: '/',
      disallow: locales.flatMap((l) => PERSONAL_PREFIXES.map((p) => localePath(l, p))),
    },
    ...(base ? { sitemap: `${base}/sitemap.xml` } : {}),
  };
}
