import { describe, expect, it } from 'vitest';
import { addAgreementFromForm, meetingErrors, nextMeetingFromForm, setupFromForm, type Changed } from '@/lib/meeting/forms';
import { currentConsent, emptyMeeting, giveConsent, mayShare, revokeConsent, storedBytes, TEXT_BYTE_LIMITS, TEXT_LIMITS } from '@/lib/meeting/meeting';
import { decodeMeeting, encodeMeeting } from '@/lib/meeting/cookie';

const form = (entries: [string, string][]) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};
const TODAY = '2026-11-26';
/** The meeting of an accepted change; fails the test when it was refused. */
const accepted = (r: Changed) => {
  if (!r.ok) throw new Error(`refused: ${r.errors.join()}`);
  return r.meeting;
};

describe('driegesprek consent (001:665-680)', () => {
  it('the plan is shared only while every party present has consented; revoking withdraws it', () => {
    let m = emptyMeeting();
    expect(mayShare(m)).toBe(false);
    for (const p of m.parties) m = giveConsent(m, p, TODAY);
    expect(mayShare(m)).toBe(true);
    m = revokeConsent(m, 'behandelaar', '2026-11-27');
    expect(mayShare(m)).toBe(false);
    expect(currentConsent(m, 'behandelaar')).toBeUndefined();
    // The record keeps when it was given and when it was withdrawn.
    expect(m.consent.find((c) => c.party === 'behandelaar')).toEqual({ party: 'behandelaar', given: TODAY, revoked: '2026-11-27' });
    m = giveConsent(m, 'behandelaar', '2026-11-28');
    expect(mayShare(m)).toBe(true);
    expect(m.consent.filter((c) => c.party === 'behandelaar')).toHaveLength(2);
  });

  it('giving consent twice records it once', () => {
    const m = giveConsent(giveConsent(emptyMeeting(), 'client', TODAY), 'client', TODAY);
    expect(m.consent).toHaveLength(1);
  });

  it('changing who takes part, what is shared or why asks everyone again (no blank cheque)', () => {
    let m = emptyMeeting();
    for (const p of m.parties) m = giveConsent(m, p, TODAY);
    const same = accepted(setupFromForm(form([...m.parties.map((p) => ['parties', p] as [string, string]), ...m.share.map((s) => ['share', s] as [string, string]), ['purpose', m.purpose]]), m, TODAY));
    expect(mayShare(same)).toBe(true);
    const joined = accepted(setupFromForm(
      form([['parties', 'klantmanager'], ['parties', 'behandelaar'], ['parties', 'ervaringsdeskundige'], ...m.share.map((s) => ['share', s] as [string, string]), ['purpose', m.purpose]]),
      m,
      TODAY,
    ));
    expect(joined.parties).toEqual(['client', 'klantmanager', 'behandelaar', 'ervaringsdeskundige']);
    expect(mayShare(joined)).toBe(false);
    expect(joined.consent.every((c) => c.revoked === TODAY)).toBe(true);
  });

  it('the client always takes part, and unknown parties or items are ignored', () => {
    const m = accepted(setupFromForm(form([['parties', 'baas'], ['share', 'medisch-dossier'], ['share', 'route']]), emptyMeeting(), TODAY));
    expect(m.parties).toEqual(['client']);
    expect(m.share).toEqual(['route']);
  });
});

describe('SMART agreements and the next meeting', () => {
  it('needs who, what and a date from today on; keeps them in date order', () => {
    const bad = addAgreementFromForm(form([['who', ' '], ['what', 'x'.repeat(500)], ['when', '2026-11-25']]), emptyMeeting(), TODAY);
    expect(bad).toEqual({ ok: false, errors: ['who', 'whatLong', 'when'] });
    expect(addAgreementFromForm(form([['who', 'Klant'], ['what', ''], ['when', TODAY]]), emptyMeeting(), TODAY)).toEqual({ ok: false, errors: ['what'] });
    expect(addAgreementFromForm(form([['who', 'Klant'], ['what', 'Bellen'], ['when', '2026-02-30']]), emptyMeeting(), TODAY)).toEqual({ ok: false, errors: ['when'] });
    const one = addAgreementFromForm(form([['who', 'Klant'], ['what', 'Bellen'], ['when', '2026-12-10']]), emptyMeeting(), TODAY);
    if (!one.ok) throw new Error('refused');
    const two = addAgreementFromForm(form([['who', 'Behandelaar'], ['what', 'Afstemmen'], ['when', TODAY]]), one.meeting, TODAY);
    expect(two.ok && two.meeting.agreements.map((a) => a.who)).toEqual(['Behandelaar', 'Klant']);
  });

  it('holds at most 12 agreements; the 13th is refused with its own message', () => {
    let m = emptyMeeting();
    for (let i = 0; i < 12; i++) m = accepted(addAgreementFromForm(form([['who', 'Klant'], ['what', `Stap ${i}`], ['when', TODAY]]), m, TODAY));
    expect(addAgreementFromForm(form([['who', 'Klant'], ['what', 'Nog een'], ['when', TODAY]]), m, TODAY)).toEqual({ ok: false, errors: ['full'] });
  });

  it('limits who and what by characters and by stored bytes, whichever comes first', () => {
    const add = (who: string, what: string) => addAgreementFromForm(form([['who', who], ['what', what], ['when', TODAY]]), emptyMeeting(), TODAY);
    // Latin with diacritics: the character limit.
    expect(add('Ærnoud', 'é'.repeat(TEXT_LIMITS.what)).ok).toBe(false);
    expect(add('Ærnoud', `Café bezoeken met de jobcoach: ${'ë'.repeat(20)}`.padEnd(TEXT_LIMITS.what, '.')).ok).toBe(true);
    expect(add('Ærnoud', 'a'.repeat(TEXT_LIMITS.what + 1))).toEqual({ ok: false, errors: ['whatLong'] });
    // Chinese (3 bytes a character): the byte limit.
    const cjk = (n: number) => '工作计划会议'.repeat(60).slice(0, n);
    expect(add('客户', cjk(Math.floor(TEXT_BYTE_LIMITS.what / 3))).ok).toBe(true);
    expect(add('客户', cjk(Math.floor(TEXT_BYTE_LIMITS.what / 3) + 1))).toEqual({ ok: false, errors: ['whatLong'] });
    expect(add(cjk(Math.floor(TEXT_BYTE_LIMITS.who / 3) + 1), '打电话')).toEqual({ ok: false, errors: ['whoLong'] });
    // Emoji (4 bytes, 2 code units each): whichever is reached first.
    expect(add('🙂', '🙂'.repeat(TEXT_BYTE_LIMITS.what / 4)).ok).toBe(true);
    expect(add('🙂', '🙂'.repeat(TEXT_BYTE_LIMITS.what / 4 + 1)).ok).toBe(false);
    // Escapes count as stored: a quote takes two bytes.
    expect(storedBytes('"\\\u0001é')).toBe(2 + 2 + 6 + 2);
  });

  it('a purpose over its limits is refused, not cut short', () => {
    const setup = (purpose: string) => setupFromForm(form([['purpose', purpose]]), emptyMeeting(), TODAY);
    expect(accepted(setup('d'.repeat(TEXT_LIMITS.purpose))).purpose).toHaveLength(TEXT_LIMITS.purpose);
    expect(setup('d'.repeat(TEXT_LIMITS.purpose + 1))).toEqual({ ok: false, errors: ['purpose'] });
    expect(setup('ع'.repeat(TEXT_BYTE_LIMITS.purpose / 2 + 1))).toEqual({ ok: false, errors: ['purpose'] });
  });

  it('the next meeting is a date from today on, or none', () => {
    expect(nextMeetingFromForm(form([['next', '2026-12-01']]), emptyMeeting(), TODAY)).toMatchObject({ ok: true, meeting: { nextMeeting: '2026-12-01' } });
    expect(nextMeetingFromForm(form([['next', 'morgen']]), emptyMeeting(), TODAY)).toEqual({ ok: false, errors: ['next'] });
    expect(nextMeetingFromForm(form([['next', '']]), emptyMeeting(), TODAY)).toMatchObject({ ok: true, meeting: { nextMeeting: null } });
  });

  it('reads only known error codes from the URL', () => {
    expect(meetingErrors.fromQuery('who,<script>,when')).toEqual(['who', 'when']);
    expect(meetingErrors.fromQuery(undefined)).toEqual([]);
  });
});

describe('the meeting cookie', () => {
  it('round-trips, and a tampered value is ignored', () => {
    const m = giveConsent(emptyMeeting(), 'client', TODAY);
    expect(decodeMeeting(encodeMeeting(m))).toEqual(m);
    expect(decodeMeeting('bm9uc2Vuc2U')).toBeNull();
    // A cookie in the format before (one cookie, base64url JSON) is still read.
    expect(decodeMeeting(Buffer.from(JSON.stringify(m)).toString('base64url'))).toEqual(m);
    expect(decodeMeeting(Buffer.from(JSON.stringify({ ...m, parties: ['baas'] })).toString('base64url'))).toBeNull();
  });
});
