import type { Metadata } from 'next';
import { RouteEntry } from '@/components/aanbod/route-entry';
import { getCatalogue } from '@/lib/catalogue/load';
import { getTranslations, notFound } from '@/lib/i18n/server';
import { routePath } from '@/lib/site/pages';
import { staticPageLocale, staticPageMetadata } from '@/lib/site/metadata';

type Props = { params: Promise<{ locale: string; id: string }> };

/** One page per route and language, known at build time; any other id is the 404 page, in the page's language. */
export const dynamicParams = false;
export function generateStaticParams() {
  return getCatalogue('nl').routes.map((r) => ({ id: r.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await staticPageLocale(params);
  const { id } = await params;
  const t = await getTranslations('aanbod');
  const route = getCatalogue(locale).routes.find((r) => r.id === id);
  // The route's own summary, from the catalogue in the page's language: the same for everyone.
  return route ? staticPageMetadata(routePath(id), { title: t('route.title', { name: route.name }), description: route.summary.text }) : { title: t('route.notFound') };
}

export default async function RoutePage({ params }: Props) {
  const locale = await staticPageLocale(params);
  const catalogue = getCatalogue(locale);
  const { id } = await params;
  const route = catalogue.routes.find((r) => r.id === id);
  if (!route) notFound();
  return <RouteEntry route={route} catalogue={catalogue} locale={locale} />;
}
