import type { Metadata } from 'next';
import { NotFoundView } from '@/components/layout/not-found-view';
import { staticPageLocale } from '@/lib/site/metadata';
import { getTranslations } from '@/lib/i18n/server';

type Props = { params: Promise<{ locale: string }> };

/**
 * The 404 page, prerendered so that it is HTML without JavaScript too: server.mjs sends it
 * with status 404 wherever Next would answer a page with an HTML 404 (deploy/not-found.mjs).
 * Next's own answer to notFound() is an empty document that only scripts fill in.
 */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await staticPageLocale(params);
  const t = await getTranslations('pages');
  return { title: t('notFound.title'), robots: { index: false, follow: false } };
}

export default async function NotFoundPage({ params }: Props) {
  await staticPageLocale(params);
  return <NotFoundView />;
}
