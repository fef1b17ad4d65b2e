import NextLink from 'next/link';
import type { ComponentProps } from 'react';
import { localePath } from '@/lib/i18n/locale';
import { requestLocale } from '@/lib/i18n/server';

/**
 * next/link without prefetching, to the page in the current request's language (a string
 * href '/x' becomes '/en/x' on the English pages). Every page here is rendered per request
 * (CSP nonce), so a prefetch is a full server render of a page the person may never open: on
 * a cheap phone that is main-thread work and data for nothing (Lighthouse counted it in the
 * blocking time). A server component: client components get their hrefs as props.
 */
export default async function Link({ href, ...props }: ComponentProps<typeof NextLink>) {
  const locale = await requestLocale();
  const target = typeof href === 'string' ? localePath(locale, href) : href;
  return <NextLink prefetch={false} href={target} {...props} />;
}
