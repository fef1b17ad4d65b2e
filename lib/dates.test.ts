import { describe, expect, it } from 'vitest';
import { longDate, longDateAt, todayIso } from '@/lib/dates';

/* Dates as a person in the Netherlands reads them, whatever the server's time zone. */
describe('dates', () => {
  it('writes a calendar date in words, in Dutch and in English', () => {
    expect(longDate('2026-11-26', 'nl')).toBe('26 november 2026');
    expect(longDate('2026-11-26', 'en')).toBe('26 November 2026');
    expect(longDate('2027-01-01', 'nl')).toBe('1 januari 2027');
  });

  it('takes the day of a moment in Amsterdam, not in UTC', () => {
    // 23:30 UTC on 26 November is 00:30 on 27 November in Amsterdam (winter time, UTC+1).
    const late = new Date('2026-11-26T23:30:00Z');
    expect(longDateAt(late, 'nl')).toBe('27 november 2026');
    expect(todayIso(late)).toBe('2026-11-27');
    // 21:30 UTC on 30 June is 23:30 the same day in Amsterdam (summer time, UTC+2).
    const summer = new Date('2026-06-30T21:30:00Z');
    expect(todayIso(summer)).toBe('2026-06-30');
    expect(longDateAt(summer, 'en')).toBe('30 June 2026');
  });

  it('writes the same as the platform writes a date for that language and zone', () => {
    const d = new Date('2026-03-29T00:59:00Z');
    expect(longDateAt(d, 'nl')).toBe(d.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }));
    expect(todayIso(d)).toBe(d.toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' }));
  });
});
