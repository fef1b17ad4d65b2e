import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { z } from 'zod';
import { decodeCookieValue, MAX_ENCODED_BYTES } from '@/lib/journey/session';
import { MAX_AGREEMENTS, MAX_CONSENT_RECORDS, meetingSchema, PARTIES, SHARE_ITEMS, type Meeting } from '@/lib/meeting/meeting';

/*
 * The meeting as its cookies hold it: compact JSON, deflated, in base64url, split over at most
 * MAX_MEETING_CHUNKS cookies of at most MAX_ENCODED_BYTES each (routewijzer-gesprek,
 * routewijzer-gesprek.1). Pure functions; lib/meeting/cookie.ts reads and writes the cookies.
 *
 * Layout: the chunks joined are `v2.<count>.<hash>.<data>`, where <data> is the deflated
 * compact JSON and <hash> the first 8 base64url characters of its SHA-256. A missing, extra or
 * garbled chunk fails the hash (or the count, or inflating, or the schema): no meeting, never
 * a partial one. A first chunk without the `v2.` prefix is the format before (one cookie of
 * base64url JSON) and is still read.
 *
 * Compact JSON: [parties, share, purpose, consent, agreements, next, agreed?, people?], where
 * parties and share are indices into PARTIES and SHARE_ITEMS, dates are days since 1970-01-01,
 * consent (the client's) and agreed (the other parties') are flat [party, given, revoked or -1,
 * ...], agreements flat [who, what, when, ...] and people flat [party, name, contact or '', ...].
 * The last two are left out when empty (meetings from before issue 16 have neither).
 *
 * THE WORST CASE, and why it fits (tested in codec.test.ts):
 * - Text: the forms take at most TEXT_BYTE_LIMITS bytes per field (80 who, 220 what, 700 purpose),
 *   so 12 × (80 + 220) + 700 = 4,300 bytes, whatever the script.
 * - The names and contact details of the people present (issue 16) are NOT in this worst case:
 *   there was no room left in two cookies. Latin names compress well and fit; a meeting that
 *   would not fit is refused by its form with `space` (lib/meeting/forms.ts), never stored in part.
 * - Everything else, with 9 parties, 36 consent records and 12 agreements, and dates written
 *   with 7 digits (any date up to 9999): at most 900 bytes (WORST_STRUCTURE_BYTES).
 * - Deflate never grows data by more than zlib's compressBound margin (here < 20 bytes), so
 *   nothing in it relies on the text compressing: 5,200 bytes are at most 5,214 deflated, 6,952
 *   characters in base64url, 6,966 with the header: 2 cookies. MAX_MEETING_ENCODED (7,000) is the cap.
 *   Before this codec the worst meeting of the old limits (4 parties, 16 consent records, 8
 *   agreements of 60 + 160 Chinese characters, a 200-character purpose) was ~7,600 bytes of JSON,
 *   ~10,100 characters in one cookie of at most 3,800: "cookie value too large", the 500.
 * - Every cookie this app sets, in one request's Cookie header, at worst (COOKIE_HEADER_WORST):
 *     routewijzer (journey)            12 + 3,800
 *     routewijzer-gesprek, .1          20 + 3,800 + 22 + 3,200
 *     routewijzer-concept (draft, on the driegesprek page only, 60 s after a refused form) or
 *     routewijzer-planfout (on /plan/openen only, 60 s): at most 21 + 2,100
 *     separators "; "                  3 × 2
 *   = 12,981 bytes, below COOKIE_HEADER_BUDGET (13,312 = 13 kB), which leaves 3 kB of Node's
 *   default 16 kB request-header limit (16,384) for the request line and the other headers
 *   (Chromium sends about 1.2 kB of them with a form post).
 */

export const MAX_MEETING_CHUNKS = 2;
/** The most characters all chunks together may hold (header included). */
export const MAX_MEETING_ENCODED = 7000;
/** Structure (all but the text fields) of the largest meeting, as compact JSON. */
export const WORST_STRUCTURE_BYTES = 900;
/** What every cookie of this app together may take in one Cookie header; 3 kB of 16 kB left. */
export const COOKIE_HEADER_BUDGET = 13 * 1024;
/** The short-lived cookies (draft, plan error) hold at most this many characters. */
export const MAX_SHORT_COOKIE = 2100;

export const MEETING_COOKIE = 'routewijzer-gesprek';
export const chunkName = (i: number): string => (i === 0 ? MEETING_COOKIE : `${MEETING_COOKIE}.${i}`);

/** The worst Cookie header, from the names and caps above (the journey's included). */
export const COOKIE_HEADER_WORST =
  'routewijzer='.length +
  MAX_ENCODED_BYTES +
  Array.from({ length: MAX_MEETING_CHUNKS }, (_, i) => chunkName(i).length + 1).reduce((a, b) => a + b, 0) +
  MAX_MEETING_ENCODED +
  Math.max('routewijzer-concept='.length, 'routewijzer-planfout='.length) +
  MAX_SHORT_COOKIE +
  (MAX_MEETING_CHUNKS + 1) * 2;

const PREFIX = 'v2';
const HASH_LENGTH = 8;
const B64 = /^[A-Za-z0-9_-]*$/;
const DAY = 86_400_000;
/** 0001-01-01 and 9999-12-31 as days since 1970-01-01. */
const dayNumber = z.int().min(-719_162).max(2_932_896);

export class MeetingTooLarge extends Error {
  constructor(readonly length: number) {
    super(`meeting too large for its cookies (${length} characters)`);
  }
}

const toDay = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
const fromDay = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

const wireSchema = z.tuple([
  z.array(z.int().min(0).max(PARTIES.length - 1)).max(PARTIES.length),
  z.array(z.int().min(0).max(SHARE_ITEMS.length - 1)).max(SHARE_ITEMS.length),
  z.string(),
  z.array(z.int().min(-719_162).max(2_932_896)).max(MAX_CONSENT_RECORDS * 3),
  z.array(z.union([z.string(), dayNumber])).max(MAX_AGREEMENTS * 3),
  dayNumber.nullable(),
], z.unknown());
const agreedWire = z.array(z.int().min(-719_162).max(2_932_896)).max(MAX_CONSENT_RECORDS * 3);
const peopleWire = z.array(z.union([z.string(), z.int().min(0).max(PARTIES.length - 1)])).max(PARTIES.length * 3);

const flatConsent = (cs: Meeting['consent']) =>
  // A record's party index, plus PARTIES.length when the record came from an unverified plan
  // file (source 'file'): that mark must survive the cookie, or a forged file's consent would
  // count as recorded here after the next page.
  cs.flatMap((c) => [PARTIES.indexOf(c.party) + (c.source === 'file' ? PARTIES.length : 0), toDay(c.given), c.revoked === null ? -1 : toDay(c.revoked)]);

function toWire(m: Meeting): unknown[] {
  const base: unknown[] = [
    m.parties.map((p) => PARTIES.indexOf(p)),
    m.share.map((s) => SHARE_ITEMS.indexOf(s)),
    m.purpose,
    flatConsent(m.consent),
    m.agreements.flatMap((a) => [a.who, a.what, toDay(a.when)]),
    m.nextMeeting === null ? null : toDay(m.nextMeeting),
  ];
  const people = (m.people ?? []).flatMap((p) => [PARTIES.indexOf(p.party), p.name, p.contact ?? '']);
  if (m.agreed?.length || people.length) base.push(flatConsent(m.agreed ?? []));
  if (people.length) base.push(people);
  return base;
}

/** The meeting a compact value stands for, if it is one and passes meetingSchema. */
function fromWire(value: unknown): Meeting | null {
  const w = wireSchema.safeParse(value);
  if (!w.success) return null;
  const [parties, share, purpose, consent, agreements, next, ...rest] = w.data;
  if (rest.length > 2) return null;
  const agreedRaw = rest.length > 0 ? agreedWire.safeParse(rest[0]) : ({ success: true as const, data: [] as never[] });
  const peopleRaw = rest.length > 1 ? peopleWire.safeParse(rest[1]) : ({ success: true as const, data: [] as never[] });
  if (!agreedRaw.success || !peopleRaw.success) return null;
  const agreed = agreedRaw.data;
  const people = peopleRaw.data;
  if (consent.length % 3 !== 0 || agreements.length % 3 !== 0 || agreed.length % 3 !== 0 || people.length % 3 !== 0) return null;
  const triples = <T>(xs: T[]) => Array.from({ length: xs.length / 3 }, (_, i) => xs.slice(i * 3, i * 3 + 3));
  const date = (d: unknown) => (typeof d === 'number' && dayNumber.safeParse(d).success ? fromDay(d) : d);
  const records = (flat: number[]) =>
    triples(flat).map(([p, g, r]) => ({
      party: p! < 2 * PARTIES.length ? PARTIES[p! % PARTIES.length] : undefined,
      given: date(g),
      revoked: r === -1 ? null : date(r),
      ...(p! >= PARTIES.length ? { source: 'file' as const } : {}),
    }));
  const candidate = {
    parties: parties.map((i) => PARTIES[i]),
    share: share.map((i) => SHARE_ITEMS[i]),
    purpose,
    consent: records(consent),
    ...(agreed.length ? { agreed: records(agreed) } : {}),
    ...(people.length
      ? { people: triples(people).map(([p, name, contact]) => ({ party: typeof p === 'number' ? PARTIES[p] : undefined, name, ...(contact === '' ? {} : { contact }) })) }
      : {}),
    agreements: triples(agreements).map(([who, what, when]) => ({ who, what, when: date(when) })),
    nextMeeting: next === null ? null : fromDay(next),
  };
  const r = meetingSchema.safeParse(candidate);
  return r.success ? r.data : null;
}

const hashOf = (data: string) => createHash('sha256').update(data).digest('base64url').slice(0, HASH_LENGTH);

/** The cookie values for a meeting, first chunk first. Throws MeetingTooLarge beyond MAX_MEETING_ENCODED. */
export function encodeMeeting(m: Meeting): string[] {
  const data = deflateRawSync(Buffer.from(compactJson(meetingSchema.parse(m)), 'utf8'), { level: 9 }).toString('base64url');
  const headerLength = `${PREFIX}.0.${'x'.repeat(HASH_LENGTH)}.`.length;
  const count = Math.ceil((headerLength + data.length) / MAX_ENCODED_BYTES);
  const joined = `${PREFIX}.${count}.${hashOf(data)}.${data}`;
  if (joined.length > MAX_MEETING_ENCODED || count > MAX_MEETING_CHUNKS) throw new MeetingTooLarge(joined.length);
  return Array.from({ length: count }, (_, i) => joined.slice(i * MAX_ENCODED_BYTES, (i + 1) * MAX_ENCODED_BYTES));
}

/** The cookies a jar needs to hold a meeting (or none): the interface of next/headers' cookies() used here. */
export type CookieJar<O> = {
  getAll(): { name: string }[];
  has(name: string): boolean;
  set(name: string, value: string, options: O): unknown;
  delete(name: string): unknown;
};

/** Whether a cookie name is one of the meeting's chunks. */
export const isChunkName = (name: string): boolean => name === MEETING_COOKIE || /^routewijzer-gesprek\.\d{1,2}$/.test(name);

/** Sets the chunks (none: clears the meeting) and deletes every other chunk the jar holds. */
export function storeChunks<O>(jar: CookieJar<O>, chunks: readonly string[], options: O): void {
  chunks.forEach((value, i) => jar.set(chunkName(i), value, options));
  const keep = new Set(chunks.map((_, i) => chunkName(i)));
  const present = jar.getAll().map((c) => c.name).filter(isChunkName);
  for (const name of new Set([...present, ...(chunks.length === 0 ? [MEETING_COOKIE] : [])])) if (!keep.has(name)) jar.delete(name);
}

/** Whether a meeting fits in its cookies. */
export function meetingFits(m: Meeting): boolean {
  try {
    encodeMeeting(m);
    return true;
  } catch (e) {
    if (e instanceof MeetingTooLarge) return false;
    throw e;
  }
}

/**
 * The meeting in a set of cookies, read by name through `get` (chunk 0 is MEETING_COOKIE), or
 * null when there is none or it cannot be read whole.
 */
export function decodeMeetingCookies(get: (name: string) => string | undefined): Meeting | null {
  const first = get(chunkName(0));
  if (!first) return null;
  if (!first.startsWith(`${PREFIX}.`)) return decodeCookieValue(first, meetingSchema) ?? null;
  const head = /^v2\.([1-9])\.([A-Za-z0-9_-]{8})\./.exec(first);
  if (!head) return null;
  const count = Number(head[1]);
  if (count > MAX_MEETING_CHUNKS) return null;
  const chunks = [first];
  for (let i = 1; i < count; i++) chunks.push(get(chunkName(i)) ?? '');
  if (chunks.some((c) => c.length === 0 || c.length > MAX_ENCODED_BYTES)) return null;
  const data = chunks.join('').slice(head[0].length);
  if (!B64.test(data) || hashOf(data) !== head[2]) return null;
  try {
    const json = inflateRawSync(Buffer.from(data, 'base64url'), { maxOutputLength: 64 * 1024 }).toString('utf8');
    return fromWire(JSON.parse(json));
  } catch {
    return null;
  }
}

/** The compact JSON of a meeting, before deflating (tests measure the structure with it). */
export const compactJson = (m: Meeting): string => JSON.stringify(toWire(m));

/** The same, for a list of chunk values in order (tests, and callers without a cookie jar). */
export const decodeMeeting = (chunks: readonly string[] | string | undefined): Meeting | null => {
  const list = typeof chunks === 'string' ? [chunks] : (chunks ?? []);
  return decodeMeetingCookies((name) => list[name === MEETING_COOKIE ? 0 : Number(name.slice(MEETING_COOKIE.length + 1))]);
};
