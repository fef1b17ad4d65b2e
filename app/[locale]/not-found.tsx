import { SiteFrame } from '@/components/layout/site-frame';
import { NotFoundView } from '@/components/layout/not-found-view';

/**
 * Any address that is no page (app/[locale]/(dynamic)/[...rest]), or a route id the catalogue
 * does not have: the 404 page in the address's language, inside the site's frame.
 */
export default function NotFound() {
  return (
    <SiteFrame>
      <NotFoundView />
    </SiteFrame>
  );
}
