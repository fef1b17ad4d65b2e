import { notFound } from '@/lib/i18n/server';

/** Any address that is no page: the 404 page in the address's language, inside the site's frame. */
export default function NoSuchPage() {
  notFound();
}
