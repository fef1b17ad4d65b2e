import { describe, expect, it } from 'vitest';
import { getCatalogue } from '@/lib/catalogue/load';
import { messages } from '@/content/messages';
import { QUESTION_IDS } from '@/lib/journey/questions';
import { journeyRuntime } from '@/lib/journey/runtime';
import { freshSession, type Session } from '@/lib/journey/session';
import { purposeText, setupFromForm } from '@/lib/meeting/forms';
import { DEFAULT_PURPOSE, emptyMeeting, giveConsent, mayShare, type Meeting } from '@/lib/meeting/meeting';
import { sharedPlan } from '@/lib/plan/shared-plan';
import { PEOPLE } from '@/tests/support/personas';

const { deps } = journeyRuntime();
const TODAY = '2026-11-26';

/** A person with Werkfit maken chosen in the driegesprek. */
function session(): Session {
  const answers = PEOPLE.wgaGroningen;
  const s = freshSession();
  return { ...s, state: 'journey.action', context: { ...s.context, answers, answered: QUESTION_IDS.filter((q) => deps.isAsked(q, answers)), chosenRoute: 'werkfit-maken' } };
}

function consented(): Meeting {
  let m: Meeting = { ...emptyMeeting(), agreements: [{ who: 'Klant', what: 'Bellen', when: '2099-01-10' }], nextMeeting: '2099-02-01' };
  for (const p of m.parties) m = giveConsent(m, p, TODAY);
  return m;
}

const text = (r: ReturnType<typeof sharedPlan>) => (r.ok ? [r.doc.title, r.doc.subtitle, ...r.doc.sections.flatMap((s) => [s.heading, ...s.items])].join('\n') : '');

describe('the shared plan of the driegesprek', () => {
  it('exists only with everyone’s consent', () => {
    expect(sharedPlan(session(), emptyMeeting(), '26 november 2026', 'nl')).toEqual({ ok: false, reason: 'no-consent' });
  });

  it('reads in Dutch on the Dutch pages', () => {
    const r = sharedPlan(session(), consented(), '26 november 2026', 'nl');
    const name = getCatalogue('nl').routes.find((x) => x.id === 'werkfit-maken')!.name;
    expect(r.ok && r.doc.title).toBe(`Plan uit het driegesprek: ${name}`);
    expect(text(r)).toContain('Wie deden mee');
    expect(text(r)).toContain(`Doel: ${DEFAULT_PURPOSE}`);
    expect(text(r)).toContain('Geen medisch dossier');
    expect(text(r)).toContain('Klant: Bellen (uiterlijk 10 januari 2099)');
  });

  it('reads in English on the English pages, with the words typed kept as they are', () => {
    const r = sharedPlan(session(), consented(), '26 November 2026', 'en');
    const name = getCatalogue('en').routes.find((x) => x.id === 'werkfit-maken')!.name;
    expect(r.ok && r.doc.title).toBe(`Plan from the three-way meeting: ${name}`);
    expect(r.ok && r.doc.subtitle).toMatch(/^Made on 26 November 2026 with Routewijzer werk \(catalogue /);
    const all = text(r);
    expect(all).toContain('Who took part');
    expect(all).toContain('Therapist (GGZ, mental health care)');
    expect(all).toContain(`Purpose: ${messages.en.meeting.defaultPurpose}`);
    expect(all).toContain('No medical file. Consent can be withdrawn at any time.');
    expect(all).toContain('Client: consent given on 26 November 2026');
    expect(all).toContain('Klant: Bellen (by 10 January 2099 at the latest)');
    expect(all).toContain('On 1 February 2099: what has been achieved, and what is needed now?');
    expect(all).toContain('5. Next meeting: finish or continue?');
    expect(all).not.toMatch(/toestemming|Wie deden mee|uiterlijk/);
  });
});

describe('the purpose of the meeting', () => {
  it('is stored as the same Dutch words in every language, and shown in the reader’s', () => {
    expect(DEFAULT_PURPOSE).toBe(messages.nl.meeting.defaultPurpose);
    const m = emptyMeeting();
    expect(purposeText(m, 'nl')).toBe(DEFAULT_PURPOSE);
    expect(purposeText(m, 'en')).toBe(messages.en.meeting.defaultPurpose);
    expect(purposeText({ ...m, purpose: 'Eigen doel' }, 'en')).toBe('Eigen doel');
  });

  it('submitting the English default unchanged keeps everyone’s consent', () => {
    let m = emptyMeeting();
    for (const p of m.parties) m = giveConsent(m, p, TODAY);
    const form = new FormData();
    for (const p of m.parties) form.append('parties', p);
    for (const s of m.share) form.append('share', s);
    form.append('purpose', messages.en.meeting.defaultPurpose);
    const r = setupFromForm(form, m, TODAY);
    if (!r.ok) throw new Error('refused');
    const same = r.meeting;
    expect(same.purpose).toBe(DEFAULT_PURPOSE);
    expect(mayShare(same)).toBe(true);
  });
});
