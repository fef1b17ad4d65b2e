import type { AskAt } from '@/lib/catalogue/schema';
import { labelsFor } from '@/lib/engine/labels';
import type { Locale } from '@/lib/i18n/locale';

/**
 * Whom to ask about a check of "eerst nagaan" (advice.route.checkFirst), for the plan and the
 * intake summary: the label of `askAt`, or undefined when the check's own text already names
 * that party ("… Vraag de bedrijfsarts …", "… Ask your therapist …" for "your therapist
 * (behandelaar)"), so it is not said twice.
 */
export function whomToAsk(text: string, askAt: AskAt, locale: Locale): string | undefined {
  const who = labelsFor(locale).askAt[askAt];
  const plain = who.replace(/\s*\([^)]*\)/g, '').toLowerCase();
  return text.toLowerCase().includes(plain) ? undefined : who;
}
