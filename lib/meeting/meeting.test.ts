import { describe, expect, it } from 'vitest';
import { QUESTION_IDS } from '@/lib/journey/questions';
import { addAgreementFromForm, agreementFromForm, clientConsentFromForm, meetingErrors, nextMeetingFromForm, peopleFromForm, setupFromForm, type Changed } from '@/lib/meeting/forms';
import {
  allRecords,
  currentConsent,
  DEFAULT_PURPOSE,
  emptyMeeting,
  giveConsent,
  mayShare,
  revokeConsent,
  SHARE_QUESTIONS,
  storedBytes,
  TEXT_BYTE_LIMITS,
  TEXT_LIMITS,
} from '@/lib/meeting/meeting';
import { shareItemText } from '@/lib/meeting/share-text';
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
  /** A meeting of client, klantmanager and behandelaar that shares what they ticked. */
  const setUp = (share: string[] = ['situation', 'route']) =>
    accepted(setupFromForm(form([['parties', 'klantmanager'], ['parties', 'behandelaar'], ...share.map((s) => ['share', s] as [string, string]), ['purpose', DEFAULT_PURPOSE]]), emptyMeeting(), TODAY));
  const consentForm = (tick: boolean) => form([['give', '1'], ...(tick ? [['akkoord', 'ja'] as [string, string]] : [])]);

  it('a new meeting has nothing ticked: only the client takes part, nothing is shared, nobody consented', () => {
    const m = emptyMeeting();
    expect(m.parties).toEqual(['client']);
    expect(m.share).toEqual([]);
    expect(m.consent).toEqual([]);
    expect(m.agreed).toBeUndefined();
    expect(mayShare(m)).toBe(false);
  });

  it('the client consents apart from the others, who agree apart: both are needed; revoking withdraws it', () => {
    let m = setUp();
    m = accepted(clientConsentFromForm(consentForm(true), m, TODAY));
    // The client's consent does not tick anyone else.
    expect(currentConsent(m, 'client')).toEqual({ party: 'client', given: TODAY, revoked: null });
    expect(currentConsent(m, 'klantmanager')).toBeUndefined();
    expect(m.agreed).toBeUndefined();
    expect(mayShare(m)).toBe(false);
    // The others' agreement is its own state, and does not touch the client's consent.
    m = accepted(agreementFromForm(form([['agreed', 'klantmanager']]), m, TODAY));
    expect(m.agreed).toEqual([{ party: 'klantmanager', given: TODAY, revoked: null }]);
    expect(mayShare(m)).toBe(false);
    m = accepted(agreementFromForm(form([['agreed', 'klantmanager'], ['agreed', 'behandelaar']]), m, TODAY));
    expect(mayShare(m)).toBe(true);
    expect(m.consent).toEqual([{ party: 'client', given: TODAY, revoked: null }]);
    // Unticking the behandelaar withdraws their agreement; the record keeps both dates.
    m = accepted(agreementFromForm(form([['agreed', 'klantmanager']]), m, '2026-11-27'));
    expect(mayShare(m)).toBe(false);
    expect(m.agreed!.find((c) => c.party === 'behandelaar')).toEqual({ party: 'behandelaar', given: TODAY, revoked: '2026-11-27' });
    // The client withdraws: the plan is not shared, whatever the others do.
    m = accepted(agreementFromForm(form([['agreed', 'klantmanager'], ['agreed', 'behandelaar']]), m, '2026-11-28'));
    expect(mayShare(m)).toBe(true);
    m = accepted(clientConsentFromForm(form([['give', '0']]), m, '2026-11-28'));
    expect(mayShare(m)).toBe(false);
    expect(currentConsent(m, 'client')).toBeUndefined();
  });

  it('the client’s consent is an explicit act: refused without the tick, and while nothing is shared', () => {
    expect(clientConsentFromForm(consentForm(false), setUp(), TODAY)).toEqual({ ok: false, errors: ['consentTick'] });
    expect(clientConsentFromForm(consentForm(true), setUp([]), TODAY)).toEqual({ ok: false, errors: ['nothingShared'] });
    expect(clientConsentFromForm(consentForm(false), emptyMeeting(), TODAY)).toEqual({ ok: false, errors: ['nothingShared', 'consentTick'] });
  });

  it('giving consent twice records it once', () => {
    const m = giveConsent(giveConsent(emptyMeeting(), 'client', TODAY), 'client', TODAY);
    expect(m.consent).toHaveLength(1);
  });

  it('changing who takes part, what is shared or why asks everyone again (no blank cheque)', () => {
    let m = setUp();
    for (const p of m.parties) m = giveConsent(m, p, TODAY);
    expect(mayShare(m)).toBe(true);
    const same = accepted(setupFromForm(form([...m.parties.map((p) => ['parties', p] as [string, string]), ...m.share.map((s) => ['share', s] as [string, string]), ['purpose', m.purpose]]), m, TODAY));
    expect(mayShare(same)).toBe(true);
    const joined = accepted(setupFromForm(
      form([['parties', 'klantmanager'], ['parties', 'behandelaar'], ['parties', 'ervaringsdeskundige'], ...m.share.map((s) => ['share', s] as [string, string]), ['purpose', m.purpose]]),
      m,
      TODAY,
    ));
    expect(joined.parties).toEqual(['client', 'klantmanager', 'behandelaar', 'ervaringsdeskundige']);
    expect(mayShare(joined)).toBe(false);
    expect(allRecords(joined).every((c) => c.revoked === TODAY)).toBe(true);
    const more = accepted(setupFromForm(form([['parties', 'klantmanager'], ['parties', 'behandelaar'], ['share', 'situation'], ['share', 'route'], ['share', 'careDetail'], ['purpose', m.purpose]]), m, TODAY));
    expect(mayShare(more)).toBe(false);
  });

  it('the client always takes part, and unknown parties or items are ignored', () => {
    const m = accepted(setupFromForm(form([['parties', 'baas'], ['parties', 'client'], ['share', 'medisch-dossier'], ['share', 'route']]), emptyMeeting(), TODAY));
    expect(m.parties).toEqual(['client']);
    expect(m.share).toEqual(['route']);
  });

  it('a meeting from before issue 16 (everyone’s records in one list) still reads: the others’ records count as their agreement', () => {
    const old = { ...setUp(), consent: (['client', 'klantmanager', 'behandelaar'] as const).map((party) => ({ party, given: TODAY, revoked: null })) };
    expect(mayShare(old)).toBe(true);
    const moved = revokeConsent(old, 'behandelaar', '2026-11-27');
    expect(moved.consent.map((c) => c.party)).toEqual(['client']);
    expect(moved.agreed!.map((c) => [c.party, c.revoked])).toEqual([['klantmanager', null], ['behandelaar', '2026-11-27']]);
  });
});

describe('what each sharing item holds', () => {
  it('every question but the crisis question is in exactly one item', () => {
    const all = Object.values(SHARE_QUESTIONS).flat();
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual(QUESTION_IDS.filter((q) => q !== 'crisis').sort());
  });

  it('"Zorg in grote lijnen" is only the kind of care: how severe, which instelling and how long in care are an item of their own', () => {
    expect(SHARE_QUESTIONS.care).toEqual(['care']);
    expect(SHARE_QUESTIONS.careDetail).toEqual(expect.arrayContaining(['severity', 'careProvider', 'careOverOneYear', 'condition']));
    expect(shareItemText('care', 'nl')).toBe('Zorg in grote lijnen (geen medisch dossier) (Behandeling)');
    expect(shareItemText('careDetail', 'nl')).toBe('Meer over de zorg en de klachten (Klachten, Hoe zwaar, GGZ-instelling, Langer dan een jaar in zorg)');
    expect(shareItemText('care', 'en')).not.toMatch(/Behandeling/);
  });
});

describe('the people at the table', () => {
  const base = () => accepted(setupFromForm(form([['parties', 'klantmanager'], ['parties', 'behandelaar'], ['share', 'route']]), emptyMeeting(), TODAY));

  it('keeps a name and optional contact details per party present; empty fields list the role only', () => {
    const m = accepted(peopleFromForm(form([['name-client', ' Sanne '], ['contact-client', ''], ['name-klantmanager', 'Anna de Vries'], ['contact-klantmanager', '053 123 4567'], ['name-behandelaar', ''], ['contact-behandelaar', ''], ['name-werkgever', 'Niet aan tafel']]), base()));
    expect(m.people).toEqual([
      { party: 'client', name: 'Sanne' },
      { party: 'klantmanager', name: 'Anna de Vries', contact: '053 123 4567' },
    ]);
    expect(decodeMeeting(encodeMeeting(m))).toEqual(m);
    // A party that leaves takes its name along.
    const left = accepted(setupFromForm(form([['parties', 'behandelaar'], ['share', 'route']]), m, TODAY));
    expect(left.people).toEqual([{ party: 'client', name: 'Sanne' }]);
  });

  it('refuses a name or contact over its limits, and contact details without a name, naming the field', () => {
    const r = peopleFromForm(form([['name-client', 'n'.repeat(TEXT_LIMITS.name + 1)], ['contact-klantmanager', 'anna@example.nl'], ['name-behandelaar', 'Piet'], ['contact-behandelaar', 'c'.repeat(TEXT_LIMITS.contact + 1)]]), base());
    expect(r).toEqual({ ok: false, errors: ['name-client', 'noname-klantmanager', 'contact-behandelaar'] });
    // Chinese: the byte limit comes first.
    const cjk = '王'.repeat(Math.floor(TEXT_BYTE_LIMITS.name / 3) + 1);
    expect(cjk.length).toBeLessThanOrEqual(TEXT_LIMITS.name);
    expect(peopleFromForm(form([['name-client', cjk]]), base())).toEqual({ ok: false, errors: ['name-client'] });
    expect(meetingErrors.fromQuery('name-client,noname-klantmanager,name-baas')).toEqual(['name-client', 'noname-klantmanager']);
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
