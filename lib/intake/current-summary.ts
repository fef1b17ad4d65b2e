import { getCatalogue } from '@/lib/catalogue/load';
import { advise } from '@/lib/engine/advise';
import type { Locale } from '@/lib/i18n/locale';
import type { Session } from '@/lib/journey/session';
import { journeyRuntime } from '@/lib/journey/runtime';
import { intakeSummary } from '@/lib/plan/intake-summary';
import { dutchDate } from '@/lib/dates';

const LONG: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' };

/** Today as the summary says it: "26 november 2026", or "26 November 2026" in English. */
export const summaryDate = (locale: Locale, d = new Date()) => (locale === 'en' ? d.toLocaleDateString('en-GB', LONG) : dutchDate(d));

/** The plain-text intake summary for this device's journey, in the interface language. */
export function currentSummary(session: Session, locale: Locale = 'nl'): string {
  const catalogue = getCatalogue(locale);
  const c = session.context;
  return intakeSummary(c, advise(c.answers, catalogue, locale), catalogue, journeyRuntime().deps.isAsked, summaryDate(locale), 3, locale);
}
