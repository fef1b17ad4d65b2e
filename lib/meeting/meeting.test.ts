import { describe, expect, it } from 'vitest';
import { addAgreementFromForm, meetingErrorsFromQuery, nextMeetingFromForm, setupFromForm } from '@/lib/meeting/forms';
import { currentConsent, emptyMeeting, giveConsent, mayShare, revokeConsent } from '@/lib/meeting/meeting';
import { decodeMeeting, encodeMeeting } from '@/lib/meeting/cookie';

const form = (entries: [string, string][]) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};
const TODAY = '2026-11-26';

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
    const same = setupFromForm(form([...m.parties.map((p) => ['parties', p] as [string, string]), ...m.share.map((s) => ['share', s] as [string, string]), ['purpose', m.purpose]]), m, TODAY);
    expect(mayShare(same)).toBe(true);
    const joined = setupFromForm(
      form([['parties', 'klantmanager'], ['parties', 'behandelaar'], ['parties', 'ervaringsdeskundige'], ...m.share.map((s) => ['share', s] as [string, string]), ['purpose', m.purpose]]),
      m,
      TODAY,
    );
    expect(joined.parties).toEqual(['client', 'klantmanager', 'behandelaar', 'ervaringsdeskundige']);
    expect(mayShare(joined)).toBe(false);
    expect(joined.consent.every((c) => c.revoked === TODAY)).toBe(true);
  });

  it('the client always takes part, and unknown parties or items are ignored', () => {
    const m = setupFromForm(form([['parties', 'baas'], ['share', 'medisch-dossier'], ['share', 'route']]), emptyMeeting(), TODAY);
    expect(m.parties).toEqual(['client']);
    expect(m.share).toEqual(['route']);
  });
});

describe('SMART agreements and the next meeting', () => {
  it('needs who, what and a date from today on; keeps them in date order', () => {
    const bad = addAgreementFromForm(form([['who', ' '], ['what', 'x'.repeat(500)], ['when', '2026-11-25']]), emptyMeeting(), TODAY);
    expect(bad).toEqual({ ok: false, errors: ['who', 'what', 'when'] });
    expect(addAgreementFromForm(form([['who', 'Klant'], ['what', 'Bellen'], ['when', '2026-02-30']]), emptyMeeting(), TODAY)).toEqual({ ok: false, errors: ['when'] });
    const one = addAgreementFromForm(form([['who', 'Klant'], ['what', 'Bellen'], ['when', '2026-12-10']]), emptyMeeting(), TODAY);
    if (!one.ok) throw new Error('refused');
    const two = addAgreementFromForm(form([['who', 'Behandelaar'], ['what', 'Afstemmen'], ['when', TODAY]]), one.meeting, TODAY);
    expect(two.ok && two.meeting.agreements.map((a) => a.who)).toEqual(['Behandelaar', 'Klant']);
  });

  it('holds at most 8 agreements', () => {
    let m = emptyMeeting();
    for (let i = 0; i < 8; i++) {
      const r = addAgreementFromForm(form([['who', 'Klant'], ['what', `Stap ${i}`], ['when', TODAY]]), m, TODAY);
      if (!r.ok) throw new Error('refused');
      m = r.meeting;
    }
    expect(addAgreementFromForm(form([['who', 'Klant'], ['what', 'Nog een'], ['when', TODAY]]), m, TODAY)).toEqual({ ok: false, errors: ['full'] });
    // Eight long agreements still fit in the cookie.
    expect(encodeMeeting(m).length).toBeLessThan(3800);
  });

  it('the next meeting is a date from today on, or none', () => {
    expect(nextMeetingFromForm(form([['next', '2026-12-01']]), emptyMeeting(), TODAY)).toMatchObject({ ok: true, meeting: { nextMeeting: '2026-12-01' } });
    expect(nextMeetingFromForm(form([['next', 'morgen']]), emptyMeeting(), TODAY)).toEqual({ ok: false, errors: ['next'] });
    expect(nextMeetingFromForm(form([['next', '']]), emptyMeeting(), TODAY)).toMatchObject({ ok: true, meeting: { nextMeeting: null } });
  });

  it('reads only known error codes from the URL', () => {
    expect(meetingErrorsFromQuery('who,<script>,when')).toEqual(['who', 'when']);
    expect(meetingErrorsFromQuery(undefined)).toEqual([]);
  });
});

describe('the meeting cookie', () => {
  it('round-trips, and a tampered value is ignored', () => {
    const m = giveConsent(emptyMeeting(), 'client', TODAY);
    expect(decodeMeeting(encodeMeeting(m))).toEqual(m);
    expect(decodeMeeting('bm9uc2Vuc2U')).toBeNull();
    expect(decodeMeeting(Buffer.from(JSON.stringify({ ...m, parties: ['baas'] })).toString('base64url'))).toBeNull();
  });
});
