import NextLink from 'next/link';
import type { ComponentProps } from 'react';

/**
 * next/link without prefetching. Every page here is rendered per request (CSP nonce), so a
 * prefetch is a full server render of a page the person may never open: on a cheap phone that
 * is main-thread work and data for nothing (Lighthouse counted it in the blocking time).
 */
export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
