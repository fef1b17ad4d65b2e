import type { Locale } from './locale';
import type { Messages } from '@/content/messages';

declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
