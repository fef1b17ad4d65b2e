/*
 * Dates as people here read them, always in the Netherlands' time zone: "26 november 2026".
 * Calendar dates (YYYY-MM-DD) are read at noon UTC so no time zone moves them a day.
 */

const LONG: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' };

/** "26 november 2026" for a moment (default: now). */
export const dutchDate = (d = new Date()) => d.toLocaleDateString('nl-NL', LONG);

/** "26 november 2026" for a calendar date "2026-11-26". */
export const longDate = (iso: string) => dutchDate(new Date(`${iso}T12:00:00Z`));

/** Today in the Netherlands as "2026-11-26". */
export const todayIso = (now = new Date()) => now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
