import { z } from 'zod';

/*
 * The driegesprek (client, klantmanager, behandelaar; an ervaringsdeskundige or others may join):
 * who takes part, their consent to share, and the SMART agreements. Seed 001:443-460 and
 * 000:115-130 on the driegesprek; 001:665-680 on consent: name the purpose, share only what
 * is needed (no medical file), ask every time, record it explicitly, and it is no blank
 * cheque. Kept on the person's device (its own cookie), never on the server.
 */

/*
 * Who may sit at the table. The first four keep their ids (older cookies and plan files name
 * them); the others are the roles the seeds name in a driegesprek or a meeting like it:
 * - client, klantmanager, behandelaar (zorgprofessional), ervaringsdeskundige: 000:128, 001:456
 * - werkgever (or the leidinggevende): "drie-gesprekken tussen cliënt, begeleider en een
 *   werkgever" 002:704; "een driegesprek ... met de cliënt, de maatschappelijk werker en de
 *   leidinggevende" 002:523; "(toekomstig) leidinggevende/ werk betrekken ... (bijvoorbeeld een
 *   drie-gesprek)" 002:1955
 * - arbeidsdeskundige, reintegratiecoach: "een formeel startgesprek met vier partijen
 *   (klant/cliënt, behandelaar, arbeidsdeskundige, re-integratiecoach)" 003:225
 * - jobcoach (or trajectbegeleider, e.g. IPS): the "begeleider" of 002:704; IPS trajectbegeleiders
 *   001:339, 001:348; jobcoaching with client and employer 002:586, 001:243
 * - maatschappelijk-werker: 002:523
 */
export const PARTIES = [
  'client',
  'klantmanager',
  'behandelaar',
  'ervaringsdeskundige',
  'werkgever',
  'arbeidsdeskundige',
  'reintegratiecoach',
  'jobcoach',
  'maatschappelijk-werker',
] as const;
export type Party = (typeof PARTIES)[number];

/** What the shared plan may hold; never the medical file (001:670). */
export const SHARE_ITEMS = ['situation', 'wish', 'route', 'agreements'] as const;
export type ShareItem = (typeof SHARE_ITEMS)[number];

export const MAX_AGREEMENTS = 12;
/** The consent history kept: the latest records, four per possible party. */
export const MAX_CONSENT_RECORDS = PARTIES.length * 4;
/** Characters (UTF-16 code units, as a browser's maxlength counts them). */
export const TEXT_LIMITS = { who: 60, what: 160, purpose: 500 } as const;
/**
 * Bytes, as the meeting cookie stores the text (UTF-8 inside JSON, escapes included: see
 * storedBytes). Checked by the forms next to TEXT_LIMITS, so that a meeting with every field
 * at its limit in any script still fits in the cookies (lib/meeting/codec.ts works out the
 * worst case). Latin text, diacritics included, reaches the character limit first; Arabic
 * (2 bytes a letter), Chinese (3) or emoji (4) reach this one first.
 */
export const TEXT_BYTE_LIMITS = { who: 80, what: 220, purpose: 700 } as const;

const utf8 = new TextEncoder();
/** The bytes a text takes in the stored JSON: UTF-8, with JSON's escapes, without the quotes. */
export const storedBytes = (s: string): number => utf8.encode(JSON.stringify(s)).length - 2;
/** Whether a typed text is within both limits of its field. */
export const withinLimits = (s: string, field: keyof typeof TEXT_LIMITS): boolean =>
  s.length <= TEXT_LIMITS[field] && storedBytes(s) <= TEXT_BYTE_LIMITS[field];

const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);

export const agreementSchema = z.strictObject({ who: text(TEXT_LIMITS.who), what: text(TEXT_LIMITS.what), when: isoDate });
export type Agreement = z.infer<typeof agreementSchema>;

/**
 * Where a consent record comes from. 'here': given on this device, through the driegesprek's
 * form (or in a plan file whose signature this deployment verified). 'file': read from a plan
 * file that nobody here can vouch for (hand-edited, or saved where no signing secret is
 * configured): it tells what the file says, not that consent was recorded.
 */
export const CONSENT_SOURCES = ['here', 'file'] as const;
export type ConsentSource = (typeof CONSENT_SOURCES)[number];

export const consentSchema = z.strictObject({
  party: z.enum(PARTIES),
  /** The day consent was given. */
  given: isoDate,
  /** The day it was withdrawn; null while it holds. */
  revoked: isoDate.nullable(),
  /** Absent: recorded here (so records written before this field existed stay valid). */
  source: z.enum(CONSENT_SOURCES).optional(),
});
export type Consent = z.infer<typeof consentSchema>;

/**
 * What a meeting may hold, as read from the cookie or a plan file. It limits characters only,
 * so meetings written before the byte limits stay readable; whatever is written is checked
 * against the byte limits (the forms) or as a whole (lib/meeting/codec.ts meetingFits).
 */
export const meetingSchema = z.strictObject({
  parties: z.array(z.enum(PARTIES)).max(PARTIES.length),
  /** What is shared, for which purpose: the same for every party. */
  share: z.array(z.enum(SHARE_ITEMS)).max(SHARE_ITEMS.length),
  purpose: z.string().trim().max(TEXT_LIMITS.purpose),
  consent: z.array(consentSchema).max(MAX_CONSENT_RECORDS),
  agreements: z.array(agreementSchema).max(MAX_AGREEMENTS),
  nextMeeting: isoDate.nullable(),
});
export type Meeting = z.infer<typeof meetingSchema>;

/**
 * The purpose a new meeting starts with. Stored as these Dutch words (cookie and plan file stay
 * the same in every language); shown in the reader's language (lib/meeting/forms.ts purposeText).
 */
export const DEFAULT_PURPOSE = 'Samen de begeleiding naar werk afstemmen: zorg en werk niet los van elkaar.';

export const emptyMeeting = (): Meeting => ({
  parties: ['client', 'klantmanager', 'behandelaar'],
  share: ['situation', 'wish', 'route', 'agreements'],
  purpose: DEFAULT_PURPOSE,
  consent: [],
  agreements: [],
  nextMeeting: null,
});

export const consentSource = (c: Consent): ConsentSource => c.source ?? 'here';

/** The consent that holds now for a party, if any (the latest record), wherever it came from. */
export function currentConsent(m: Meeting, party: Party): Consent | undefined {
  const last = m.consent.filter((c) => c.party === party).at(-1);
  return last && last.revoked === null ? last : undefined;
}

/** The consent that holds now for a party and was recorded here; consent a plan file only claims does not count. */
export function recordedConsent(m: Meeting, party: Party): Consent | undefined {
  const c = currentConsent(m, party);
  return c && consentSource(c) === 'here' ? c : undefined;
}

/** The consent that holds now for a party only because an unverified plan file says so. */
export function consentOnlyFromFile(m: Meeting, party: Party): Consent | undefined {
  const c = currentConsent(m, party);
  return c && consentSource(c) === 'file' ? c : undefined;
}

/** The plan may be shared only while every party present has consented here, the client first. */
export function mayShare(m: Meeting): boolean {
  return m.parties.includes('client') && m.parties.every((p) => recordedConsent(m, p) !== undefined);
}

/**
 * Records a party's consent here, today. Consent that holds from an unverified plan file is
 * not enough: confirming it adds a fresh record (the file's record stays in the history).
 */
export function giveConsent(m: Meeting, party: Party, today: string): Meeting {
  if (recordedConsent(m, party)) return m;
  const consent = [...m.consent, { party, given: today, revoked: null }].slice(-MAX_CONSENT_RECORDS);
  return { ...m, consent };
}

/** Every consent record marked as read from an unverified plan file. */
export function consentFromFile(m: Meeting): Meeting {
  return { ...m, consent: m.consent.map((c) => ({ ...c, source: 'file' as const })) };
}

export function revokeConsent(m: Meeting, party: Party, today: string): Meeting {
  const i = m.consent.findLastIndex((c) => c.party === party && c.revoked === null);
  if (i < 0) return m;
  return { ...m, consent: m.consent.map((c, j) => (j === i ? { ...c, revoked: today } : c)) };
}
