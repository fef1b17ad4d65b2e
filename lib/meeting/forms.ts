import { errorCodec } from '@/lib/forms/error-query';
import { locales, type Locale } from '@/lib/i18n/locale';
import { translator } from '@/lib/i18n/translator';
import { meetingFits } from '@/lib/meeting/codec';
import { agreementSchema, DEFAULT_PURPOSE, MAX_AGREEMENTS, PARTIES, SHARE_ITEMS, withinLimits, type Meeting } from '@/lib/meeting/meeting';

/*
 * The driegesprek's forms as pure functions: a submitted form and the current meeting in,
 * the new meeting (or error codes) out. Error codes match the `meeting.errors` messages.
 */

/**
 * who, what: empty; whoLong, whatLong, purpose: longer than the field's limits (characters or
 * bytes, lib/meeting/meeting.ts); full: MAX_AGREEMENTS reached; space: the meeting as a whole
 * would not fit on the device (only a meeting opened from a plan file can get that far).
 */
export const MEETING_ERRORS = ['who', 'whoLong', 'what', 'whatLong', 'when', 'next', 'full', 'purpose', 'space'] as const;
export type MeetingError = (typeof MEETING_ERRORS)[number];
export type Changed = { ok: true; meeting: Meeting } | { ok: false; errors: MeetingError[] };

/** The change, unless the meeting would no longer fit in its cookies. */
const ifFits = (m: Meeting, error: MeetingError): Changed => (meetingFits(m) ? { ok: true, meeting: m } : { ok: false, errors: [error] });

/** The default purpose in every language: submitted unchanged, it is stored as DEFAULT_PURPOSE. */
const defaultPurposes = () => new Set(locales.map((l) => translator(l, 'meeting')('defaultPurpose')));

/** The purpose as the reader sees it: the default purpose in their language, else the words typed. */
export const purposeText = (m: Meeting, locale: Locale): string => (m.purpose === DEFAULT_PURPOSE ? translator(locale, 'meeting')('defaultPurpose') : m.purpose);

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/**
 * Who takes part, what is shared and why. The client always takes part. When what is
 * shared, with whom or why changes, consent given for the old terms no longer holds: it is
 * recorded as withdrawn today and must be asked again (001:670-672: no blank cheque).
 */
export function setupFromForm(form: FormData, m: Meeting, today: string): Changed {
  const picked = form.getAll('parties').map(String);
  const parties = PARTIES.filter((p) => p === 'client' || picked.includes(p));
  const shareRaw = form.getAll('share').map(String);
  const share = SHARE_ITEMS.filter((s) => shareRaw.includes(s));
  const typed = String(form.get('purpose') ?? '').trim();
  if (!withinLimits(typed, 'purpose')) return { ok: false, errors: ['purpose'] };
  const purpose = defaultPurposes().has(typed) ? DEFAULT_PURPOSE : typed || m.purpose;
  const same = parties.join() === m.parties.join() && share.join() === m.share.join() && purpose === m.purpose;
  if (same) return { ok: true, meeting: m };
  return ifFits({ ...m, parties, share, purpose, consent: m.consent.map((c) => (c.revoked === null ? { ...c, revoked: today } : c)) }, 'purpose');
}

export function addAgreementFromForm(form: FormData, m: Meeting, today: string): Changed {
  const who = String(form.get('who') ?? '').trim();
  const what = String(form.get('what') ?? '').trim();
  const when = String(form.get('when') ?? '').trim();
  const errors: MeetingError[] = [];
  if (m.agreements.length >= MAX_AGREEMENTS) errors.push('full');
  if (!who) errors.push('who');
  else if (!withinLimits(who, 'who')) errors.push('whoLong');
  if (!what) errors.push('what');
  else if (!withinLimits(what, 'what')) errors.push('whatLong');
  if (!isDate(when) || when < today) errors.push('when');
  if (errors.length) return { ok: false, errors };
  const agreement = agreementSchema.parse({ who, what, when });
  const agreements = [...m.agreements, agreement].sort((a, b) => a.when.localeCompare(b.when));
  return ifFits({ ...m, agreements }, 'space');
}

export function nextMeetingFromForm(form: FormData, m: Meeting, today: string): Changed {
  const date = String(form.get('next') ?? '').trim();
  if (date === '') return { ok: true, meeting: { ...m, nextMeeting: null } };
  if (!isDate(date) || date < today) return { ok: false, errors: ['next'] };
  return ifFits({ ...m, nextMeeting: date }, 'space');
}

/** `fout=who,when`: the codes of a refused form (what was typed travels in lib/meeting/draft.ts). */
export const meetingErrors = errorCodec(MEETING_ERRORS);
