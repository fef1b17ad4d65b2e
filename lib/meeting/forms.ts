import { errorCodec } from '@/lib/forms/error-query';
import { locales, type Locale } from '@/lib/i18n/locale';
import { translator } from '@/lib/i18n/translator';
import { meetingFits } from '@/lib/meeting/codec';
import { z } from 'zod';
import {
  agreementSchema,
  DEFAULT_PURPOSE,
  giveConsent,
  MAX_AGREEMENTS,
  PARTIES,
  personSchema,
  PROFESSIONALS,
  recordedConsent,
  revokeAll,
  revokeConsent,
  SHARE_ITEMS,
  tidy,
  TEXT_LIMITS,
  withinLimits,
  type Meeting,
  type Party,
  type Person,
} from '@/lib/meeting/meeting';

/*
 * The driegesprek's forms as pure functions: a submitted form and the current meeting in,
 * the new meeting (or error codes) out. Error codes match the `meeting.errors` messages.
 */

/**
 * who, what: empty; whoLong, whatLong, purpose: longer than the field's limits (characters or
 * bytes, lib/meeting/meeting.ts); full: MAX_AGREEMENTS reached; space: the meeting as a whole
 * would not fit on the device (only a meeting opened from a plan file can get that far).
 */
const FORM_ERRORS = ['who', 'whoLong', 'what', 'whatLong', 'when', 'next', 'full', 'purpose', 'space', 'consentTick', 'nothingShared'] as const;
/**
 * consentTick: the client's consent was sent without its box ticked; nothingShared: consent
 * asked while nothing is chosen to share. Per person at the table: name-<party> (name too
 * long), noname-<party> (contact details without a name), contact-<party> (contact too long).
 */
export type PersonError = `${'name' | 'noname' | 'contact'}-${Party}`;
export type MeetingError = (typeof FORM_ERRORS)[number] | PersonError;
export const MEETING_ERRORS: readonly MeetingError[] = [...FORM_ERRORS, ...PARTIES.flatMap((p) => (['name', 'noname', 'contact'] as const).map((k): PersonError => `${k}-${p}`))];
/** The person error's kind and party, or undefined for the other errors. */
export function personError(e: MeetingError): { kind: 'name' | 'noname' | 'contact'; party: Party } | undefined {
  const m = /^(name|noname|contact)-(.+)$/.exec(e);
  const party = PARTIES.find((p) => p === m?.[2]);
  return m && party ? { kind: m[1] as 'name' | 'noname' | 'contact', party } : undefined;
}
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
  return ifFits(revokeAll({ ...m, parties, share, purpose }, today), 'purpose');
}

/**
 * The client's own consent: an explicit act, apart from the other parties' agreement. Refused
 * unless the client ticked that they consent (consentTick), and while nothing is chosen to
 * share (nothingShared). `give` 0 withdraws it.
 */
export function clientConsentFromForm(form: FormData, m: Meeting, today: string): Changed {
  if (form.get('give') === '0') return ifFits(revokeConsent(m, 'client', today), 'space');
  const errors: MeetingError[] = [];
  if (m.share.length === 0) errors.push('nothingShared');
  if (form.get('akkoord') !== 'ja') errors.push('consentTick');
  if (errors.length) return { ok: false, errors };
  return ifFits(giveConsent(m, 'client', today), 'space');
}

/**
 * The other parties' agreement to the same terms: each ticked party present agrees (a fresh
 * record if only a plan file claimed it), each unticked one that had agreed here withdraws.
 */
export function agreementFromForm(form: FormData, m: Meeting, today: string): Changed {
  const ticked = new Set(form.getAll('agreed').map(String));
  let next = m;
  for (const p of PROFESSIONALS.filter((x) => m.parties.includes(x))) {
    if (ticked.has(p)) next = giveConsent(next, p, today);
    else if (recordedConsent(next, p)) next = revokeConsent(next, p, today);
  }
  return ifFits(next, 'space');
}

const personInput = z.object({
  name: z.string().trim().refine((s) => withinLimits(s, 'name')),
  contact: z.string().trim().refine((s) => withinLimits(s, 'contact')),
});

/**
 * The names and (optional) contact details of the people present, one per party, shown on the
 * shared plan. Empty fields: that party is listed by role only. Each field is checked with its
 * limits (characters and stored bytes); contact details need a name.
 */
export function peopleFromForm(form: FormData, m: Meeting): Changed {
  const errors: MeetingError[] = [];
  const people: Person[] = [];
  for (const party of m.parties) {
    const r = personInput.safeParse({ name: String(form.get(`name-${party}`) ?? ''), contact: String(form.get(`contact-${party}`) ?? '') });
    if (!r.success) {
      for (const issue of r.error.issues) errors.push(issue.path[0] === 'name' ? `name-${party}` : `contact-${party}`);
      continue;
    }
    const { name, contact } = r.data;
    if (!name && contact) errors.push(`noname-${party}`);
    else if (name) people.push(personSchema.parse({ party, name, ...(contact ? { contact } : {}) }));
  }
  if (errors.length) return { ok: false, errors: MEETING_ERRORS.filter((e) => errors.includes(e)) };
  return ifFits(tidy({ ...m, people }), 'space');
}

/** The person recorded for a party, if any. */
export const personOf = (m: Meeting, party: Party): Person | undefined => m.people?.find((p) => p.party === party);
export const PERSON_LIMITS = { name: TEXT_LIMITS.name, contact: TEXT_LIMITS.contact } as const;

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
