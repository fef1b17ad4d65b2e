import { getCatalogue } from '@/lib/catalogue/load';
import { advise } from '@/lib/engine/advise';
import type { Locale } from '@/lib/i18n/locale';
import type { Session } from '@/lib/journey/session';
import { journeyRuntime } from '@/lib/journey/runtime';
import { intakeSummary } from '@/lib/intake/intake-summary';
import { longDateAt } from '@/lib/dates';
import type { Meeting } from '@/lib/meeting/meeting';

/** The plain-text intake summary for this device's journey and driegesprek, in the interface language, with the notes given (never stored). */
export function currentSummary(session: Session, meeting: Meeting | null, locale: Locale, notes = ''): string {
  const catalogue = getCatalogue(locale);
  const c = session.context;
  return intakeSummary({ context: c, advice: advise(c.answers, catalogue, locale), catalogue, isAsked: journeyRuntime().deps.isAsked, date: longDateAt(new Date(), locale), locale, meeting, notes });
}
