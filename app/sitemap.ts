import type { MetadataRoute } from 'next';
import { getCatalogue } from '@/lib/catalogue/load';
import { locales } from '@/lib/i18n/locale';
import { siteBaseUrl } from '@/lib/site/metadata';
import { alternates, pageUrl, publicPaths } from '@/lib/site/pages';

/*
 * /sitemap.xml: every public page in both languages, each with its language alternates. The
 * route pages come from the catalogue, so a new route file appears here without code. Built
 * per request (siteBaseUrl reads the configuration at run time, or the request's host).
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = (await siteBaseUrl()) ?? '';
  const paths = publicPaths(getCatalogue('nl').routes.map((r) => r.id));
  return paths.flatMap((path) =>
    locales.map((locale) => ({
      url: pageUrl(locale, path, base),
      alternates: { languages: alternates(path, base) },
    })),
  );
}
