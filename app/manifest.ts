import type { MetadataRoute } from 'next';
import { messages } from '@/content/messages';

/*
 * /manifest.webmanifest: name, colours and icons, so the site can be added to a home screen.
 * No service worker: nothing here, least of all a personal page, is cached for offline use.
 * One manifest for both languages; it is in Dutch, the default language, and starts there.
 */
export default function manifest(): MetadataRoute.Manifest {
  const { common } = messages.nl;
  return {
    name: common.siteName,
    short_name: common.siteName,
    description: common.description,
    lang: 'nl',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#166534',
    icons: [
      { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
