import { createTranslator } from 'next-intl';
import { messages, type Messages } from '@/content/messages';
import type { Locale } from './locale';

type Translator<N extends keyof Messages> = ReturnType<typeof createTranslator<Messages, N>>;
const made = new Map<string, unknown>();

/**
 * A translator for code outside React (engine reasons, plan text, PDF, plan-file errors, the
 * map): the same messages and ICU syntax as the pages' getTranslations(). One per language
 * and namespace, made once (the map and lists call it often). A missing key throws, as it
 * does on the pages (lib/i18n/request.ts).
 */
export function translator<N extends keyof Messages>(locale: Locale, namespace: N): Translator<N> {
  const key = `${locale}:${namespace}`;
  let t = made.get(key) as Translator<N> | undefined;
  if (!t) {
    t = createTranslator({
      locale,
      messages: messages[locale],
      namespace,
      onError(error) {
        throw error;
      },
    });
    made.set(key, t);
  }
  return t;
}
