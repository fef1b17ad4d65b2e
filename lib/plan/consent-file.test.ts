import { describe, expect, it } from 'vitest';
import { getCatalogue } from '@/lib/catalogue/load';
import { QUESTION_IDS } from '@/lib/journey/questions';
import { journeyRuntime } from '@/lib/journey/runtime';
import { freshSession, type Session } from '@/lib/journey/session';
import { decodeMeeting, encodeMeeting } from '@/lib/meeting/cookie';
import { allRecords, currentConsent, emptyMeeting as newMeeting, giveConsent, mayShare, recordedConsent, type Meeting } from '@/lib/meeting/meeting';
import { sharedPlan, sharedPlanPdf } from '@/lib/plan/shared-plan';
import { fromPlanFile, parsePlanFile, PLAN_FORMAT, toPlanFile, type PlanFile } from '@/lib/plan/file';
import { pdfText } from '@/tests/support/pdf-text';
import { PEOPLE } from '@/tests/support/personas';

/*
 * Issue 13, item 11: consent can be forged. A plan file is JSON the person can edit; consent
 * it holds counts as recorded only when this deployment signed the file as it is.
 */

const catalogue = getCatalogue('nl');
const known = new Set(catalogue.routes.map((r) => r.id));
const { deps } = journeyRuntime();
const NOW = new Date('2026-11-26T10:00:00Z');
const SECRET = 'test-secret-for-plan-files-0123456789';
const FILE_DAY = '2026-11-20';

/** A person with Werkfit maken chosen in a driegesprek. */
function session(): Session {
  const answers = PEOPLE.wgaGroningen;
  const s = freshSession();
  return { ...s, state: 'journey.action', mode: 'driegesprek', created: '2026-11-01T09:00:00.000Z', context: { ...s.context, answers, answered: QUESTION_IDS.filter((q) => deps.isAsked(q, answers)), chosenRoute: 'werkfit-maken' } };
}

/** A meeting of client, klantmanager and behandelaar sharing the four items these tests were written for (issue 16: a new meeting has nothing ticked). */
const emptyMeeting = (): Meeting => ({ ...newMeeting(), parties: ['client', 'klantmanager', 'behandelaar'], share: ['situation', 'wish', 'route', 'agreements'] });

const withConsent = (m: Meeting, day = FILE_DAY): Meeting => m.parties.reduce((acc, p) => giveConsent(acc, p, day), m);

/** The file as the download route writes it. */
const saved = (meeting: Meeting | null, secret?: string) => `${JSON.stringify(toPlanFile({ session: session(), meeting }, catalogue.meta, NOW, secret), null, 2)}\n`;

/** Opens a file's text as the upload route does, with the secret this deployment has (if any). */
function open(text: string, secret: string | undefined) {
  const parsed = parsePlanFile(text, known);
  if (!parsed.ok) throw new Error(`refused: ${parsed.error.code}`);
  const back = fromPlanFile(parsed.plan, secret);
  // What is put on the device survives the cookie unchanged.
  if (back.meeting) expect(decodeMeeting(encodeMeeting(back.meeting))).toEqual(back.meeting);
  return back;
}

/** Hand-edits a saved file's JSON. */
const edit = (text: string, change: (p: PlanFile) => void) => {
  const p = JSON.parse(text) as PlanFile;
  change(p);
  return JSON.stringify(p, null, 2);
};

const planText = (r: ReturnType<typeof sharedPlan>) => (r.ok ? r.doc.sections.flatMap((s) => [s.heading, ...s.items]).join('\n') : r.reason === 'consent-from-file' ? r.consent.join('\n') : '');

/** What the shared plan and its PDF say about consent, Dutch and English. */
async function statements(meeting: Meeting) {
  const nl = sharedPlan(session(), meeting, '26 november 2026', 'nl');
  const en = sharedPlan(session(), meeting, '26 November 2026', 'en');
  const pdfNl = await sharedPlanPdf(session(), meeting, '26 november 2026', 'nl');
  const pdfEn = await sharedPlanPdf(session(), meeting, '26 November 2026', 'en');
  return { nl, en, pdfNl: pdfNl && (await pdfText(pdfNl)), pdfEn: pdfEn && (await pdfText(pdfEn)) };
}

describe('consent in a plan file', () => {
  it('a hand-edited file that adds consent: opened, nothing says consent was given or recorded, and the plan is not shared', async () => {
    // Saved before anyone consented, then consent typed into the JSON.
    const forged = edit(saved(emptyMeeting()), (p) => {
      p.meeting!.consent = p.meeting!.parties.map((party) => ({ party, given: FILE_DAY, revoked: null }));
    });
    for (const secret of [undefined, SECRET]) {
      const { meeting } = open(forged, secret);
      expect(allRecords(meeting!)).toHaveLength(3);
      expect(allRecords(meeting!).every((c) => c.source === 'file')).toBe(true);
      expect(mayShare(meeting!)).toBe(false);
      expect(recordedConsent(meeting!, 'behandelaar')).toBeUndefined();
      // What the file says is kept, marked: it is not thrown away, and not believed.
      expect(currentConsent(meeting!, 'behandelaar')).toEqual({ party: 'behandelaar', given: FILE_DAY, revoked: null, source: 'file' });

      const { nl, en, pdfNl, pdfEn } = await statements(meeting!);
      expect(nl.ok).toBe(false);
      expect(nl).toMatchObject({ reason: 'consent-from-file' });
      expect(planText(nl)).toContain('Behandelaar (GGZ): akkoord volgens een geopend planbestand, niet hier vastgelegd (datum 20 november 2026). Vraag het opnieuw.');
      expect(planText(nl)).not.toMatch(/toestemming gegeven|akkoord gegeven/);
      expect(planText(en)).toContain('Client: consent according to an opened plan file, not recorded here (date 20 November 2026). Ask again.');
      expect(planText(en)).not.toMatch(/consent given|agreed on/);
      // No PDF is made: the route sends the person to the page that says why.
      expect(pdfNl).toBeNull();
      expect(pdfEn).toBeNull();
    }
  });

  it('forging the marks too does not help: source "here" or a made-up signature in the file', () => {
    const forged = edit(saved(emptyMeeting(), SECRET), (p) => {
      p.meeting!.consent = p.meeting!.parties.map((party) => ({ party, given: FILE_DAY, revoked: null, source: 'here' }));
      p.signature = 'ab'.repeat(32);
    });
    const { meeting } = open(forged, SECRET);
    expect(allRecords(meeting!).every((c) => c.source === 'file')).toBe(true);
    expect(mayShare(meeting!)).toBe(false);
  });

  it('a file saved with the secret and opened unchanged keeps its consent as recorded; the shared plan and PDF state it', async () => {
    const meeting = withConsent(emptyMeeting());
    const text = saved(meeting, SECRET);
    expect(JSON.parse(text).signature).toMatch(/^[0-9a-f]{64}$/);
    const back = open(text, SECRET);
    expect(back.meeting).toEqual(meeting);
    expect(mayShare(back.meeting!)).toBe(true);
    const { nl, en, pdfNl, pdfEn } = await statements(back.meeting!);
    expect(planText(nl)).toContain('Behandelaar (GGZ): akkoord gegeven op 20 november 2026');
    expect(planText(en)).toContain('Client: consent given on 20 November 2026');
    // The PDF is read back as text: the same words are in it.
    expect(pdfNl).toContain('Behandelaar (GGZ): akkoord gegeven op 20 november 2026');
    expect(pdfNl).not.toContain('planbestand');
    expect(pdfEn).toContain('Client: consent given on 20 November 2026');
    // Saved again and reopened: still the same.
    const again = open(saved(back.meeting, SECRET), SECRET);
    expect(again.meeting).toEqual(meeting);
  });

  it('a signed file opened where no secret, or another one, is configured: consent marked as from a file', () => {
    const text = saved(withConsent(emptyMeeting()), SECRET);
    for (const secret of [undefined, 'another-secret-of-at-least-32-characters']) {
      const { meeting } = open(text, secret);
      expect(allRecords(meeting!).every((c) => c.source === 'file')).toBe(true);
      expect(mayShare(meeting!)).toBe(false);
    }
  });

  const tampering: [string, (p: PlanFile) => void][] = [
    ['a consent date changed', (p) => void (p.meeting!.consent[1]!.given = '2026-11-19')],
    ['an agreement date changed', (p) => void (p.meeting!.agreed![1]!.given = '2026-11-19')],
    ['a party changed', (p) => void (p.meeting!.agreed![1]!.party = 'ervaringsdeskundige')],
    ['a withdrawal removed', (p) => void (p.meeting!.consent[0]!.revoked = null)],
    ['a consent record added', (p) => void p.meeting!.consent.push({ party: 'ervaringsdeskundige', given: FILE_DAY, revoked: null })],
    ['who takes part changed', (p) => void (p.meeting!.parties = ['client', 'klantmanager'])],
    ['what is shared changed', (p) => void p.meeting!.share.pop()],
    ['an agreement changed', (p) => void (p.meeting!.agreements[0]!.what = 'Iets anders')],
    ['an answer in the journey changed', (p) => void (p.journey.answers.situation.age = 23)],
    ['the route changed', (p) => void (p.journey.chosenRoute = 'naar-werk')],
  ];
  it.each(tampering)('a signed file with %s opens with its consent marked as from a file', (_, change) => {
    // The client's consent was withdrawn once and given again; the others hold.
    let m: Meeting = { ...withConsent(emptyMeeting()), agreements: [{ who: 'Klant', what: 'Bellen', when: '2099-01-10' }] };
    m = giveConsent({ ...m, consent: m.consent.map((c, i) => (i === 0 ? { ...c, revoked: '2026-11-21' } : c)) }, 'client', '2026-11-22');
    const text = saved(m, SECRET);
    expect(open(text, SECRET).meeting).toEqual(m);
    const { meeting } = open(edit(text, change), SECRET);
    expect(allRecords(meeting!).every((c) => c.source === 'file')).toBe(true);
    expect(mayShare(meeting!)).toBe(false);
  });

  it('a signature moved to another file does not hold there', () => {
    const signed = JSON.parse(saved(withConsent(emptyMeeting()), SECRET)) as PlanFile;
    const other = edit(saved({ ...withConsent(emptyMeeting()), purpose: 'Een ander doel' }), (p) => void (p.signature = signed.signature));
    const { meeting } = open(other, SECRET);
    expect(allRecords(meeting!).every((c) => c.source === 'file')).toBe(true);
  });

  it('signing does not launder consent that came from a file: it stays marked after saving and opening again', () => {
    const fromForged = open(
      edit(saved(emptyMeeting()), (p) => void (p.meeting!.consent = [{ party: 'client', given: FILE_DAY, revoked: null }])),
      SECRET,
    ).meeting!;
    const again = open(saved(fromForged, SECRET), SECRET).meeting!;
    expect(again).toEqual(fromForged);
    expect(again.consent[0]!.source).toBe('file');
  });

  it('confirming again here records fresh consent; then the plan is shared with today’s date, not the file’s', async () => {
    const forged = edit(saved(emptyMeeting()), (p) => {
      p.meeting!.consent = p.meeting!.parties.map((party) => ({ party, given: FILE_DAY, revoked: null }));
    });
    let meeting = open(forged, undefined).meeting!;
    meeting = giveConsent(meeting, 'client', '2026-11-26');
    meeting = giveConsent(meeting, 'klantmanager', '2026-11-26');
    expect(mayShare(meeting)).toBe(false);
    expect(planText(sharedPlan(session(), meeting, '26 november 2026', 'nl'))).toMatch(/Klant: toestemming gegeven op 26 november 2026\n.*Behandelaar \(GGZ\): akkoord volgens een geopend planbestand/s);
    meeting = giveConsent(meeting, 'behandelaar', '2026-11-26');
    expect(mayShare(meeting)).toBe(true);
    expect(allRecords(meeting)).toHaveLength(6);
    const { nl, pdfNl } = await statements(meeting);
    expect(planText(nl)).toContain('Behandelaar (GGZ): akkoord gegeven op 26 november 2026');
    expect(planText(nl)).not.toMatch(/20 november|planbestand/);
    expect(pdfNl).toContain('Behandelaar (GGZ): akkoord gegeven op 26 november 2026');
    expect(pdfNl).not.toMatch(/20 november|planbestand/);
  });

  it('old files open as before: version 2 without the new fields, and version 1', () => {
    const old = {
      format: PLAN_FORMAT,
      version: 2,
      created: '2026-05-01T09:00:00.000Z',
      saved: '2026-05-02T09:00:00.000Z',
      mode: 'driegesprek',
      catalogue: { version: catalogue.meta.version, date: catalogue.meta.date },
      journey: JSON.parse(saved(null)).journey,
      meeting: { ...emptyMeeting(), consent: [{ party: 'client', given: '2026-05-01', revoked: null }] },
    };
    const { session: s, meeting } = open(JSON.stringify(old), SECRET);
    expect(s.context.chosenRoute).toBe('werkfit-maken');
    expect(meeting!.consent).toEqual([{ party: 'client', given: '2026-05-01', revoked: null, source: 'file' }]);
    const v1 = { format: PLAN_FORMAT, version: 1, saved: '2026-03-01', answers: PEOPLE.wgaGroningen, answered: ['crisis'], route: 'werkfit-maken', history: [] };
    expect(open(JSON.stringify(v1), SECRET).meeting).toBeNull();
    // A cookie written before the field existed still reads, as consent recorded here.
    const before = withConsent(emptyMeeting());
    expect(decodeMeeting(encodeMeeting(before))).toEqual(before);
    expect(mayShare(decodeMeeting(encodeMeeting(before))!)).toBe(true);
  });
});
