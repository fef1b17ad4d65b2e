import { z } from 'zod';
import type { QuestionId } from '@/lib/journey/questions';

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

/** Everyone at the table but the client: they agree to the terms, the client consents. */
export const PROFESSIONALS = PARTIES.filter((p) => p !== 'client');

/**
 * What the shared plan may hold; never the medical file (001:670). Stored by index (cookie) and
 * by name (plan file), so new items are added at the end; SHARE_ORDER is the order shown.
 * 'situation' once also shared how severe the complaints are, the instelling and the time in
 * care: those are now 'careDetail', an item of their own that names them (issue 16).
 */
export const SHARE_ITEMS = ['situation', 'wish', 'route', 'agreements', 'care', 'careDetail'] as const;
export type ShareItem = (typeof SHARE_ITEMS)[number];
export const SHARE_ORDER: readonly ShareItem[] = ['situation', 'care', 'careDetail', 'wish', 'route', 'agreements'];

/**
 * Exactly the answers each item puts on the shared plan. Every question but the crisis question
 * is in one item (lib/meeting/meeting.test.ts). "Zorg in grote lijnen" is only whether and
 * where (kind of care) someone gets help: only what is needed for the purpose (001:668-669).
 */
export const SHARE_QUESTIONS = {
  situation: ['work', 'benefit', 'municipality', 'age', 'dayActivities', 'targetGroupRegister', 'multipleProblems'],
  care: ['care'],
  careDetail: ['condition', 'severity', 'careProvider', 'careOverOneYear'],
  wish: ['goal', 'support', 'pace', 'priorities'],
} as const satisfies Partial<Record<ShareItem, readonly QuestionId[]>>;
export type AnswerShareItem = keyof typeof SHARE_QUESTIONS;
export const isAnswerItem = (s: ShareItem): s is AnswerShareItem => s in SHARE_QUESTIONS;

export const MAX_AGREEMENTS = 12;
/** The consent history kept: the latest records, four per possible party. */
export const MAX_CONSENT_RECORDS = PARTIES.length * 4;
/** Characters (UTF-16 code units, as a browser's maxlength counts them). */
export const TEXT_LIMITS = { who: 60, what: 160, purpose: 500, name: 40, contact: 60 } as const;
/**
 * Bytes, as the meeting cookie stores the text (UTF-8 inside JSON, escapes included: see
 * storedBytes). Checked by the forms next to TEXT_LIMITS, so that a meeting with every field
 * at its limit in any script still fits in the cookies (lib/meeting/codec.ts works out the
 * worst case). Latin text, diacritics included, reaches the character limit first; Arabic
 * (2 bytes a letter), Chinese (3) or emoji (4) reach this one first.
 */
export const TEXT_BYTE_LIMITS = { who: 80, what: 220, purpose: 700, name: 60, contact: 80 } as const;

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

/** One person at the table: their role (the party), name, and how to reach them (optional). */
export const personSchema = z.strictObject({
  party: z.enum(PARTIES),
  name: text(TEXT_LIMITS.name),
  contact: z.string().trim().min(1).max(TEXT_LIMITS.contact).optional(),
});
export type Person = z.infer<typeof personSchema>;

/** The client's consent records kept when writing (the rest of MAX_CONSENT_RECORDS is the others' agreement). */
const MAX_CLIENT_RECORDS = 4;

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
  /**
   * The client's consent. Meetings from before issue 16 also hold the other parties' records
   * here; they are read as those parties' agreement and moved to `agreed` on the next change.
   */
  consent: z.array(consentSchema).max(MAX_CONSENT_RECORDS),
  /** The other parties' agreement to the same terms, apart from the client's consent; absent: none. */
  agreed: z.array(consentSchema).max(MAX_CONSENT_RECORDS).optional(),
  /** Names (and contact details) of the people at the table, one per party present; absent: none. */
  people: z.array(personSchema).max(PARTIES.length).optional(),
  agreements: z.array(agreementSchema).max(MAX_AGREEMENTS),
  nextMeeting: isoDate.nullable(),
});
export type Meeting = z.infer<typeof meetingSchema>;

/**
 * The purpose a new meeting starts with. Stored as these Dutch words (cookie and plan file stay
 * the same in every language); shown in the reader's language (lib/meeting/forms.ts purposeText).
 */
export const DEFAULT_PURPOSE = 'Samen de begeleiding naar werk afstemmen: zorg en werk niet los van elkaar.';

/** A new meeting: only the client takes part and nothing is shared until someone ticks it (issue 16). */
export const emptyMeeting = (): Meeting => ({
  parties: ['client'],
  share: [],
  purpose: DEFAULT_PURPOSE,
  consent: [],
  agreements: [],
  nextMeeting: null,
});

export const consentSource = (c: Consent): ConsentSource => c.source ?? 'here';

/** A party's records, oldest first: the client's consent, or another party's agreement (older meetings: also in `consent`). */
function recordsOf(m: Meeting, party: Party): Consent[] {
  const own = m.consent.filter((c) => c.party === party);
  return party === 'client' ? own : [...own, ...(m.agreed ?? []).filter((c) => c.party === party)];
}

/** The consent (client) or agreement (others) that holds now for a party, if any (the latest record), wherever it came from. */
export function currentConsent(m: Meeting, party: Party): Consent | undefined {
  const last = recordsOf(m, party).at(-1);
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

/**
 * The plan may be shared only while the client has consented here and every other party
 * present has agreed here: two separate acts, recorded apart.
 */
export function mayShare(m: Meeting): boolean {
  return m.parties.includes('client') && m.parties.every((p) => recordedConsent(m, p) !== undefined);
}

/**
 * The meeting as it is written: the client's records in `consent` (the latest few), the other
 * parties' in `agreed`, empty optional lists left out (so that a meeting reads back equal).
 */
export function tidy(m: Meeting): Meeting {
  const client = m.consent.filter((c) => c.party === 'client').slice(-MAX_CLIENT_RECORDS);
  const others = [...m.consent.filter((c) => c.party !== 'client'), ...(m.agreed ?? [])].slice(-(MAX_CONSENT_RECORDS - MAX_CLIENT_RECORDS));
  const people = (m.people ?? []).filter((p) => m.parties.includes(p.party));
  const rest: Meeting = { ...m };
  delete rest.agreed;
  delete rest.people;
  return { ...rest, consent: client, ...(others.length ? { agreed: others } : {}), ...(people.length ? { people } : {}) };
}

/**
 * Records the client's consent, or another party's agreement, here, today. Consent that holds
 * from an unverified plan file is not enough: confirming it adds a fresh record (the file's
 * record stays in the history).
 */
export function giveConsent(m: Meeting, party: Party, today: string): Meeting {
  if (recordedConsent(m, party)) return m;
  const record = { party, given: today, revoked: null };
  return tidy(party === 'client' ? { ...m, consent: [...m.consent, record] } : { ...m, agreed: [...(m.agreed ?? []), record] });
}

/** Every record: the client's consent, then the other parties' agreement. */
export const allRecords = (m: Meeting): Consent[] => [...m.consent, ...(m.agreed ?? [])];

/** Every consent and agreement record marked as read from an unverified plan file. */
export function consentFromFile(m: Meeting): Meeting {
  const mark = (cs: Consent[]) => cs.map((c) => ({ ...c, source: 'file' as const }));
  return { ...m, consent: mark(m.consent), ...(m.agreed ? { agreed: mark(m.agreed) } : {}) };
}

/** Withdraws what holds for a party (consent or agreement), today. */
export function revokeConsent(m: Meeting, party: Party, today: string): Meeting {
  if (!currentConsent(m, party)) return m;
  const end = (cs: Consent[]) => cs.map((c) => (c.party === party && c.revoked === null ? { ...c, revoked: today } : c));
  return tidy({ ...m, consent: end(m.consent), ...(m.agreed ? { agreed: end(m.agreed) } : {}) });
}

/** Withdraws everything that holds (the terms changed: ask again, 001:669). */
export function revokeAll(m: Meeting, today: string): Meeting {
  const end = (cs: Consent[]) => cs.map((c) => (c.revoked === null ? { ...c, revoked: today } : c));
  return tidy({ ...m, consent: end(m.consent), ...(m.agreed ? { agreed: end(m.agreed) } : {}) });
}
