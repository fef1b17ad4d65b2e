import { getCatalogue } from '@/lib/catalogue/load';
import { advise } from '@/lib/engine/advise';
import type { Locale } from '@/lib/i18n/locale';
import type { Session } from '@/lib/journey/session';
import { journeyRuntime } from '@/lib/journey/runtime';
import { intakeSummary } from '@/lib/intake/intake-summary';
import { longDateAt } from '@/lib/dates';

/** The plain-text intake summary for this device's journey, in the interface language. */
export function currentSummary(session: Session, locale: Locale): string {
  const catalogue = getCatalogue(locale);
  const c = session.context;
  return intakeSummary(c, advise(c.answers, catalogue, locale), catalogue, journeyRuntime().deps.isAsked, longDateAt(new Date(), locale), 3, locale);
}
