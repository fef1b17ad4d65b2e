import { LANGUAGE_TAG, type Locale } from '@/lib/i18n/locale';

/*
 * Dates as people here read them, always in the Netherlands' time zone: "26 november 2026"
 * ("26 November 2026" in English). Calendar dates (YYYY-MM-DD) are read at noon UTC so no
 * time zone moves them a day.
 */

const LONG: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' };

/** "26 november 2026" for a moment (default: now); "26 November 2026" for locale 'en'. */
export const longDateAt = (d = new Date(), locale: Locale) => d.toLocaleDateString(LANGUAGE_TAG[locale], LONG);

/** "26 november 2026" for a calendar date "2026-11-26"; "26 November 2026" for locale 'en'. */
export const longDate = (iso: string, locale: Locale) => longDateAt(new Date(`${iso}T12:00:00Z`), locale);

/** Today in the Netherlands as "2026-11-26". */
export const todayIso = (now = new Date()) => now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
