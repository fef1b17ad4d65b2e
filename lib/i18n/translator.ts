import { createTranslator, type NamespaceKeys, type NestedKeyOf } from 'next-intl';
import { messages, type Messages } from '@/content/messages';
import type { Locale } from './locale';

/** A namespace: a top-level key of the messages ("wizard") or a nested one ("wizard.check"). */
export type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;
type Translator<N extends Namespace> = ReturnType<typeof createTranslator<Messages, N>>;
const made = new Map<string, unknown>();

/**
 * The translator of a language and namespace, made once per process: for the pages (through
 * getTranslations of lib/i18n/server.ts) and for code outside React (engine reasons, plan text,
 * PDF, plan-file errors, the map). A message is parsed the first time it is used and kept. A
 * missing key throws: it is a defect, and the unit test on content/messages catches it first.
 */
export function translator<N extends Namespace>(locale: Locale, namespace: N): Translator<N> {
  const key = `${locale}:${namespace}`;
  let t = made.get(key) as Translator<N> | undefined;
  if (!t) {
    t = createTranslator({
      locale,
      messages: messages[locale],
      namespace,
      timeZone: 'Europe/Amsterdam',
      onError(error) {
        throw error;
      },
    });
    made.set(key, t);
  }
  return t;
}
