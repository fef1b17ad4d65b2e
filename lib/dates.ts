import { LANGUAGE_TAG, type Locale } from '@/lib/i18n/locale';

/*
 * Dates as people here read them, always in the Netherlands' time zone: "26 november 2026"
 * ("26 November 2026" in English). Calendar dates (YYYY-MM-DD) are read at noon UTC so no
 * time zone moves them a day.
 *
 * The formatters are made once: toLocaleDateString builds a new Intl.DateTimeFormat on every
 * call, which was 1.8 % of the advice page's server time (docs/benchmarks.md, stop 35).
 * toLocaleDateString(tag, options) is defined as format() of such a formatter: same text.
 */

const LONG: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' };
const LONG_FORMAT: Record<Locale, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat(LANGUAGE_TAG.nl, LONG),
  en: new Intl.DateTimeFormat(LANGUAGE_TAG.en, LONG),
};
/** Swedish writes a date as YYYY-MM-DD. */
const ISO_DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' });

/** "26 november 2026" for a moment (default: now); "26 November 2026" for locale 'en'. */
export const longDateAt = (d = new Date(), locale: Locale) => LONG_FORMAT[locale].format(d);

/** "26 november 2026" for a calendar date "2026-11-26"; "26 November 2026" for locale 'en'. */
export const longDate = (iso: string, locale: Locale) => longDateAt(new Date(`${iso}T12:00:00Z`), locale);

/** Today in the Netherlands as "2026-11-26". */
export const todayIso = (now = new Date()) => ISO_DAY.format(now);
