import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';

/**
 * Header, main content and footer of every page. `path` is the page's path with its query, for
 * the language link, when the page is rendered per request; a prerendered page leaves it out
 * and the link takes the path from the address it was rendered at (components/layout/language-link.tsx).
 */
export function SiteFrame({ path, children }: { path?: string; children: ReactNode }) {
  return (
    <>
      <SiteHeader path={path} />
      <main id="inhoud" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 py-6">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
