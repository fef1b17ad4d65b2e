import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeCookieValue, MAX_ENCODED_BYTES } from '@/lib/journey/session';
import {
  chunkName,
  compactJson,
  COOKIE_HEADER_BUDGET,
  COOKIE_HEADER_WORST,
  decodeMeeting,
  encodeMeeting,
  MAX_MEETING_CHUNKS,
  MAX_MEETING_ENCODED,
  MEETING_COOKIE,
  storeChunks,
  WORST_STRUCTURE_BYTES,
} from '@/lib/meeting/codec';
import { addAgreementFromForm, type Changed } from '@/lib/meeting/forms';
import {
  allRecords,
  consentFromFile,
  emptyMeeting,
  giveConsent,
  mayShare,
  MAX_AGREEMENTS,
  revokeConsent,
  MAX_CONSENT_RECORDS,
  PARTIES,
  SHARE_ITEMS,
  storedBytes,
  TEXT_BYTE_LIMITS,
  TEXT_LIMITS,
  type Meeting,
} from '@/lib/meeting/meeting';
import { fitTo } from '@/tests/support/meeting-text';

const TODAY = '2026-11-26';
const form = (entries: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) f.append(k, v);
  return f;
};
const accepted = (r: Changed) => {
  if (!r.ok) throw new Error(`refused: ${r.errors.join()}`);
  return r.meeting;
};
const joinedLength = (chunks: string[]) => chunks.reduce((n, c) => n + c.length, 0);

/** Deterministic pseudo-random code points from [lo, hi] (mulberry32): text that hardly compresses. */
function noise(seed: number, lo: number, hi: number, count: number): string {
  let x = seed >>> 0;
  const next = () => {
    x = (x + 0x6d2b79f5) >>> 0;
    let t = Math.imul(x ^ (x >>> 15), 1 | x);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  let s = '';
  for (let i = 0; i < count; i++) {
    let cp = lo + Math.floor(next() * (hi - lo + 1));
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0x4e00 + (cp % 0x5000); // no lone surrogates
    s += String.fromCodePoint(cp);
  }
  return s;
}

/** Every field at its limit: 9 parties, full consent history, 12 agreements, dates as long as they get. */
function worstMeeting(text: (seed: number) => string): Meeting {
  const consent = Array.from({ length: MAX_CONSENT_RECORDS }, (_, i) => ({ party: PARTIES[i % PARTIES.length]!, given: '9999-12-30', revoked: '9999-12-31' }));
  return {
    parties: [...PARTIES],
    share: [...SHARE_ITEMS],
    purpose: fitTo(text(1), 'purpose'),
    consent,
    agreements: Array.from({ length: MAX_AGREEMENTS }, (_, i) => ({ who: fitTo(text(100 + i), 'who'), what: fitTo(text(200 + i), 'what'), when: '9999-12-31' })),
    nextMeeting: '9999-12-31',
  };
}

const textBytes = (m: Meeting) => storedBytes(m.purpose) + m.agreements.reduce((n, a) => n + storedBytes(a.who) + storedBytes(a.what), 0);

describe('the worst case fits, and the numbers in codec.ts hold', () => {
  it('every cookie of this app together stays within the stated budget of the 16 kB header limit', () => {
    expect(COOKIE_HEADER_WORST).toBe(12_981);
    expect(COOKIE_HEADER_WORST).toBeLessThanOrEqual(COOKIE_HEADER_BUDGET);
    expect(16 * 1024 - COOKIE_HEADER_BUDGET).toBeGreaterThanOrEqual(3 * 1024);
    expect(MAX_MEETING_ENCODED).toBeLessThanOrEqual(MAX_MEETING_CHUNKS * MAX_ENCODED_BYTES);
  });

  it('the text is at most 4,300 bytes and the rest at most WORST_STRUCTURE_BYTES, so even incompressible data fits', () => {
    const text = MAX_AGREEMENTS * (TEXT_BYTE_LIMITS.who + TEXT_BYTE_LIMITS.what) + TEXT_BYTE_LIMITS.purpose;
    expect(text).toBe(4300);
    const m = worstMeeting((seed) => noise(seed, 0x10000, 0x10ffff, 400));
    expect(compactJson(m).length - 0).toBeGreaterThan(0);
    expect(Buffer.byteLength(compactJson(m)) - textBytes(m)).toBeLessThanOrEqual(WORST_STRUCTURE_BYTES);
    // zlib's compressBound: deflate grows incompressible data by at most this much.
    const raw = text + WORST_STRUCTURE_BYTES;
    const deflated = raw + (raw >> 12) + (raw >> 14) + (raw >> 25) + 13;
    const header = 'v2.2.12345678.'.length;
    expect(Math.ceil((deflated * 4) / 3) + header).toBeLessThanOrEqual(MAX_MEETING_ENCODED);
  });

  it.each([
    ['4-byte characters (any plane)', (seed: number) => noise(seed, 0x10000, 0x10ffff, 400)],
    ['emoji', (seed: number) => noise(seed, 0x1f300, 0x1faff, 400)],
    ['Chinese', (seed: number) => noise(seed, 0x4e00, 0x9fff, 600)],
    ['Arabic', (seed: number) => noise(seed, 0x0621, 0x064a, 600)],
    ['Latin with diacritics', (seed: number) => noise(seed, 0x00c0, 0x017f, 600)],
    ['escapes (quotes, backslashes, control characters)', (seed: number) => noise(seed, 0x01, 0x5c, 800)],
    ['any character at all', (seed: number) => noise(seed, 0x20, 0x10ffff, 600)],
  ])('a full driegesprek in %s encodes within the cap and reads back equal', (_, text) => {
    const m = worstMeeting(text);
    expect(m.agreements.every((a) => a.who && a.what)).toBe(true);
    const chunks = encodeMeeting(m);
    expect(chunks.length).toBeLessThanOrEqual(MAX_MEETING_CHUNKS);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(MAX_ENCODED_BYTES);
    expect(joinedLength(chunks)).toBeLessThanOrEqual(MAX_MEETING_ENCODED);
    expect(decodeMeeting(chunks)).toEqual(m);
  });
});

describe('issue 16: the names and contact details of the people present', () => {
  it.each([
    ['4-byte characters (any plane)', (seed: number) => noise(seed, 0x10000, 0x10ffff, 400)],
    ['any character at all', (seed: number) => noise(seed, 0x20, 0x10ffff, 600)],
  ])('a full driegesprek in %s with all nine people at their limits still fits and reads back equal (measured: not in the proven worst case)', (_, text) => {
    const m: Meeting = { ...worstMeeting(text), people: PARTIES.map((party, i) => ({ party, name: fitTo(text(300 + i), 'name'), contact: fitTo(text(400 + i), 'contact') })) };
    expect(m.people!.every((p) => p.name && p.contact)).toBe(true);
    const chunks = encodeMeeting(m);
    expect(joinedLength(chunks)).toBeLessThanOrEqual(MAX_MEETING_ENCODED);
    expect(decodeMeeting(chunks)).toEqual(m);
  });
});

describe('issue 13: agreements that were accepted and then could not be stored (a 500, the agreement lost)', () => {
  // Realistic Dutch agreements of the length a driegesprek writes them.
  const DUTCH = [
    ['Klant', 'Belt de IPS-trajectbegeleider voor een kennismakingsgesprek en vertelt wat hij zoekt: werk in de groenvoorziening, drie ochtenden per week, dicht bij huis.'],
    ['Klantmanager (gemeente)', 'Zoekt uit of loonkostensubsidie en een no-riskpolis mogelijk zijn bij een werkgever in de groenvoorziening en laat het de klant vóór het volgende gesprek weten.'],
    ['Behandelaar (GGZ)', 'Bespreekt in de behandeling hoe de klant omgaat met spanning op het werk en stemt één keer per maand af met de trajectbegeleider, met toestemming van de klant.'],
    ['Ervaringsdeskundige', 'Gaat mee naar het eerste gesprek met de werkgever als de klant dat wil, en vertelt over zijn eigen ervaring met werken naast een behandeling in de ggz.'],
    ['Klant', 'Schrijft op wat goed ging en wat moeilijk was in de eerste twee weken, in eigen woorden, en neemt dat mee naar het volgende gesprek met iedereen samen.'],
    ['Klantmanager (gemeente)', 'Regelt dat de uitkering doorloopt tijdens de proefplaatsing en legt in gewone taal uit wat er gebeurt met het inkomen als de klant meer uren gaat werken.'],
    ['Behandelaar (GGZ)', 'Kijkt samen met de klant of de medicatie en de afspraken bij de ggz passen bij de werktijden, en verschuift de afspraken naar de middag als dat nodig is.'],
    ['Klant en trajectbegeleider', 'Bezoeken samen twee werkgevers uit de buurt, stellen vragen over het werk en de collega’s, en kiezen daarna welke plek het beste past bij wat de klant wil.'],
  ] as const;

  it('the 8th realistic Dutch agreement, with 4 parties and a 200-character purpose, is stored and read back', () => {
    let m: Meeting = {
      ...emptyMeeting(),
      parties: ['client', 'klantmanager', 'behandelaar', 'ervaringsdeskundige'],
      purpose: 'Samen afstemmen hoe de klant in een half jaar aan het werk kan in de groenvoorziening, met behandeling bij de ggz ernaast, zodat zorg, inkomen en werk op elkaar aansluiten en niemand iets dubbel doet.',
    };
    // Consent given, withdrawn when the purpose was sharpened, and given again: the full history.
    for (let round = 0; round < 7; round++) for (const p of m.parties) m = round % 2 ? revokeConsent(m, p, TODAY) : giveConsent(m, p, TODAY);
    expect(allRecords(m)).toHaveLength(16);
    for (const [who, what] of DUTCH) {
      m = accepted(addAgreementFromForm(form({ who, what, when: '2026-12-15' }), m, TODAY));
      expect(decodeMeeting(encodeMeeting(m))).toEqual(m);
    }
    expect(m.agreements).toHaveLength(8);
    // The same meeting as one cookie of plain base64url JSON (the format before): too large.
    expect(() => encodeCookieValue(m)).toThrow(/cookie value too large/);
  });

  it('the 4th agreement in Chinese at full length: refused with a message, or stored — never accepted and lost', () => {
    const what = '与就业辅导员一起拜访附近的两家雇主询问工作内容和同事情况然后选择最适合客户愿望的工作地点并在下次会谈前告诉大家结果'.repeat(3).slice(0, TEXT_LIMITS.what);
    const who = '客户和就业辅导员'.repeat(8).slice(0, TEXT_LIMITS.who);
    let m = emptyMeeting();
    for (let i = 0; i < 4; i++) {
      const r = addAgreementFromForm(form({ who, what, when: '2026-12-15' }), m, TODAY);
      if (r.ok) {
        m = r.meeting;
        expect(decodeMeeting(encodeMeeting(m))).toEqual(m);
      } else expect(r.errors).toEqual(['whoLong', 'whatLong']);
    }
    // At the byte limits, twelve of them fit.
    for (let i = 0; i < MAX_AGREEMENTS; i++) m = accepted(addAgreementFromForm(form({ who: fitTo(who, 'who'), what: fitTo(what, 'what'), when: '2026-12-15' }), m, TODAY));
    expect(decodeMeeting(encodeMeeting(m))).toEqual(m);
  });
});

describe('random meetings up to the maxima, in random scripts, round-trip through the real codec', () => {
  const scripts = [
    [0x20, 0x7e],
    [0xc0, 0x17f],
    [0x621, 0x64a],
    [0x4e00, 0x9fff],
    [0x1f300, 0x1faff],
    [0x10000, 0x10ffff],
  ] as const;
  const text = (field: keyof typeof TEXT_LIMITS, minLength: number) =>
    fc
      .tuple(fc.constantFrom(...scripts), fc.array(fc.nat(), { minLength, maxLength: TEXT_LIMITS[field] }))
      .map(([[lo, hi], xs]) => fitTo(xs.map((x) => String.fromCodePoint(lo + (x % (hi - lo + 1)))).join(''), field))
      .filter((s) => s.length >= minLength && !/[\ud800-\udfff]/.test(s.replace(/[\ud800-\udbff][\udc00-\udfff]/g, '')));
  const day = fc.integer({ min: Date.UTC(1990, 0, 1) / 86_400_000, max: Date.UTC(9999, 11, 31) / 86_400_000 }).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
  const meeting: fc.Arbitrary<Meeting> = fc.record({
    parties: fc.subarray([...PARTIES]),
    share: fc.subarray([...SHARE_ITEMS]),
    purpose: text('purpose', 0),
    consent: fc.array(
      fc.record(
        { party: fc.constantFrom(...PARTIES), given: day, revoked: fc.option(day, { nil: null }), source: fc.constant('file' as const) },
        { requiredKeys: ['party', 'given', 'revoked'] },
      ),
      { maxLength: MAX_CONSENT_RECORDS },
    ),
    agreements: fc.array(fc.record({ who: text('who', 1), what: text('what', 1), when: day }), { maxLength: MAX_AGREEMENTS }),
    nextMeeting: fc.option(day, { nil: null }),
  });

  it('encode then decode gives the same meeting, in at most two chunks of at most 3,800 characters', () => {
    fc.assert(
      fc.property(meeting, (m) => {
        const chunks = encodeMeeting(m);
        expect(chunks.length).toBeLessThanOrEqual(MAX_MEETING_CHUNKS);
        for (const c of chunks) expect(c.length).toBeLessThanOrEqual(MAX_ENCODED_BYTES);
        expect(decodeMeeting(chunks)).toEqual(m);
      }),
      { numRuns: 150 },
    );
  });
});

describe('chunks', () => {
  /** A cookie jar as next/headers' cookies() behaves for these calls: what the browser sent, plus what this response sets. */
  function jar(sent: Record<string, string>) {
    const cookies = new Map(Object.entries(sent));
    const ops: string[] = [];
    return {
      cookies,
      ops,
      getAll: () => [...cookies.keys()].map((name) => ({ name })),
      has: (name: string) => cookies.has(name),
      set: (name: string, value: string) => (cookies.set(name, value), ops.push(`set ${name}`)),
      delete: (name: string) => (cookies.delete(name), ops.push(`delete ${name}`)),
    };
  }
  const big = (): Meeting => worstMeeting((seed) => noise(seed, 0x20, 0x10ffff, 600));

  it('a meeting that shrinks to one chunk deletes the second; clearing deletes all, the journey cookie untouched', () => {
    const two = encodeMeeting(big());
    expect(two).toHaveLength(2);
    const j = jar({ routewijzer: 'journey', [chunkName(0)]: two[0]!, [chunkName(1)]: two[1]!, 'routewijzer-gesprek.7': 'stale' });
    const one = encodeMeeting(emptyMeeting());
    expect(one).toHaveLength(1);
    storeChunks(j, one, {});
    expect([...j.cookies.keys()].sort()).toEqual(['routewijzer', MEETING_COOKIE]);
    expect(j.ops).toEqual([`set ${MEETING_COOKIE}`, `delete ${chunkName(1)}`, 'delete routewijzer-gesprek.7']);
    expect(decodeMeeting([j.cookies.get(MEETING_COOKIE)!])).toEqual(emptyMeeting());
    storeChunks(j, [], {});
    expect([...j.cookies.keys()]).toEqual(['routewijzer']);
  });

  it('a missing, garbled, swapped or extra chunk means no meeting, never part of one', () => {
    const [a, b] = encodeMeeting(big()) as [string, string];
    const other = encodeMeeting({ ...big(), purpose: 'ander doel' });
    expect(decodeMeeting([a, b])).not.toBeNull();
    expect(decodeMeeting([a])).toBeNull();
    expect(decodeMeeting([a, `${b.slice(0, -1)}${b.endsWith('A') ? 'B' : 'A'}`])).toBeNull();
    expect(decodeMeeting([a, other[1]!])).toBeNull();
    expect(decodeMeeting([a, b + 'AAAA'])).toBeNull();
    expect(decodeMeeting([a.replace(/^v2\.2\./, 'v2.1.')])).toBeNull();
    expect(decodeMeeting(['v2.9.abcdefgh.AAAA'])).toBeNull();
    expect(decodeMeeting([''])).toBeNull();
  });
});

describe('consent from an unverified plan file (issue 13, item 11)', () => {
  it('keeps its mark through the cookie: it never turns into consent recorded here', () => {
    const forged = consentFromFile(giveConsent(giveConsent(emptyMeeting(), 'client', '2026-11-20'), 'behandelaar', '2026-11-20'));
    const back = decodeMeeting(encodeMeeting(forged))!;
    expect(allRecords(back).map((c) => c.source)).toEqual(['file', 'file']);
    expect(mayShare(back)).toBe(false);
    const here = decodeMeeting(encodeMeeting(giveConsent(emptyMeeting(), 'client', '2026-11-20')))!;
    expect(here.consent[0]!.source).toBeUndefined();
  });
});
