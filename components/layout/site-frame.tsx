import { cache, type ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteBanner, SiteTools } from '@/components/layout/site-header';

/*
 * Every page carries the 404 page too: React sends the root not-found boundary
 * (app/[locale]/not-found.tsx, inside this frame) with each page, in case a navigation ends
 * there. The header's banner and the footer are the same in both, so they are made once per
 * render (React's cache is scoped to one request or one prerender) and React, meeting the same
 * element twice, sends it once and refers to it the second time. A page rendered per request
 * then renders and sends them once instead of twice: 1.9 kB less HTML (docs/benchmarks.md).
 * The row with the language link differs (the 404 boundary does not know the path), so it is
 * made for each.
 */
const shared = cache(() => ({ banner: <SiteBanner />, footer: <SiteFooter /> }));

/**
 * Header, main content and footer of every page. `path` is the page's path with its query, for
 * the language link, when the page is rendered per request; a prerendered page leaves it out
 * and the link takes the path from the address it was rendered at (components/layout/language-link.tsx).
 */
export function SiteFrame({ path, children }: { path?: string; children: ReactNode }) {
  const { banner, footer } = shared();
  return (
    <>
      {banner}
      <SiteTools path={path} />
      <main id="inhoud" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 py-6">
        {children}
      </main>
      {footer}
    </>
  );
}
