import { getRequestConfig } from 'next-intl/server';
import { messages } from '@/content/messages';
import { requestLocale } from './server';

/**
 * next-intl's per-request configuration: the language comes from proxy.ts (the /en prefix),
 * not from a [locale] segment, so every page file serves both languages.
 */
export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return {
    locale,
    messages: messages[locale],
    timeZone: 'Europe/Amsterdam',
    // A missing key is a defect; the unit test on content/messages catches it before this.
    onError(error) {
      throw error;
    },
  };
});
