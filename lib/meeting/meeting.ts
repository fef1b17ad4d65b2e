import { z } from 'zod';

/*
 * The driegesprek (client, klantmanager, behandelaar; an ervaringsdeskundige may join):
 * who takes part, their consent to share, and the SMART agreements. Seed 001:443-460 and
 * 000:115-130 on the driegesprek; 001:665-680 on consent: name the purpose, share only what
 * is needed (no medical file), ask every time, record it explicitly, and it is no blank
 * cheque. Kept on the person's device (its own cookie), never on the server.
 */

export const PARTIES = ['client', 'klantmanager', 'behandelaar', 'ervaringsdeskundige'] as const;
export type Party = (typeof PARTIES)[number];

/** What the shared plan may hold; never the medical file (001:670). */
export const SHARE_ITEMS = ['situation', 'wish', 'route', 'agreements'] as const;
export type ShareItem = (typeof SHARE_ITEMS)[number];

export const MAX_AGREEMENTS = 8;
export const TEXT_LIMITS = { who: 60, what: 160, purpose: 200 } as const;

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

export const meetingSchema = z.strictObject({
  parties: z.array(z.enum(PARTIES)).max(PARTIES.length),
  /** What is shared, for which purpose: the same for every party. */
  share: z.array(z.enum(SHARE_ITEMS)).max(SHARE_ITEMS.length),
  purpose: z.string().trim().max(TEXT_LIMITS.purpose),
  consent: z.array(consentSchema).max(PARTIES.length * 4),
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
  const consent = [...m.consent, { party, given: today, revoked: null }].slice(-PARTIES.length * 4);
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
