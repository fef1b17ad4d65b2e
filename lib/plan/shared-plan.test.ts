import { describe, expect, it } from 'vitest';
import { getCatalogue } from '@/lib/catalogue/load';
import { messages } from '@/content/messages';
import { QUESTION_IDS } from '@/lib/journey/questions';
import { journeyRuntime } from '@/lib/journey/runtime';
import { freshSession, type Session } from '@/lib/journey/session';
import { purposeText, setupFromForm } from '@/lib/meeting/forms';
import { questionCopy } from '@/lib/journey/question-copy';
import { buildPlan } from '@/lib/plan/build-plan';
import { advise } from '@/lib/engine/advise';
import { DEFAULT_PURPOSE, emptyMeeting, giveConsent, mayShare, SHARE_ITEMS, SHARE_QUESTIONS, type Meeting } from '@/lib/meeting/meeting';
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

/** Client, klantmanager and behandelaar; what is shared: `share` (none is ticked in a new meeting). */
function consented(share: Meeting['share'] = ['situation', 'wish', 'route', 'agreements']): Meeting {
  let m: Meeting = { ...emptyMeeting(), parties: ['client', 'klantmanager', 'behandelaar'], share, agreements: [{ who: 'Klant', what: 'Bellen', when: '2099-01-10' }], nextMeeting: '2099-02-01' };
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

describe('what the shared plan holds: exactly the fields of the items ticked (issue 16)', () => {
  const answerItems = Object.keys(SHARE_QUESTIONS) as (keyof typeof SHARE_QUESTIONS)[];
  /** The answer lines on the plan, as "question: answer", by their question's short name. */
  const answerLines = (m: Meeting) => {
    const r = sharedPlan(session(), m, '26 november 2026', 'nl');
    if (!r.ok) throw new Error(r.reason);
    return r.doc.sections.filter((x) => /^[12]\. /.test(x.heading)).flatMap((x) => x.items);
  };
  const shorts = (item: keyof typeof SHARE_QUESTIONS) =>
    SHARE_QUESTIONS[item].filter((q) => deps.isAsked(q, session().context.answers)).map((q) => questionCopy(q, 'nl').short);

  it.each(answerItems)('"%s" alone puts its own answers on the plan and no others', (item) => {
    const lines = answerLines(consented([item]));
    expect(shorts(item).length).toBeGreaterThan(0);
    expect(lines.map((l) => l.slice(0, l.indexOf(': ')))).toEqual(shorts(item));
    const all = text(sharedPlan(session(), consented([item]), '26 november 2026', 'nl'));
    for (const other of answerItems.filter((x) => x !== item)) for (const short of shorts(other)) expect(all).not.toContain(`${short}: `);
  });

  it('"Zorg in grote lijnen" does not put how severe, the instelling or the time in care on the plan', () => {
    const all = text(sharedPlan(session(), consented(['care']), '26 november 2026', 'nl'));
    expect(all).toContain('Behandeling: ');
    for (const hidden of ['Hoe zwaar', 'GGZ-instelling:', 'Langer dan een jaar in zorg:', 'Klachten:']) expect(all).not.toContain(hidden);
  });

  it('nothing ticked: the plan holds who took part and the consent, and no answers, route or agreements', () => {
    const r = sharedPlan(session(), consented([]), '26 november 2026', 'nl');
    expect(r.ok && r.doc.sections.map((x) => x.heading)).toEqual(['Wie deden mee', 'Toestemming om te delen']);
    expect(text(r)).toContain('Wat gedeeld wordt: niets.');
  });

  it('lists what is shared with the fields each item names, in every language', () => {
    expect(text(sharedPlan(session(), consented(['care', 'agreements']), '26 november 2026', 'nl'))).toContain(
      'Wat gedeeld wordt: Zorg in grote lijnen (geen medisch dossier) (Behandeling); Afspraken en volgend gesprek (de afspraken (wie, wat, uiterlijk wanneer) en de datum van het volgende gesprek).',
    );
    expect(text(sharedPlan(session(), consented(['care']), '26 November 2026', 'en'))).toContain('What is shared: Care in broad outline (no medical file) (Treatment).');
    expect(SHARE_ITEMS).toHaveLength(6);
  });

  it('agreements made replace the generic first steps; until then the steps show', () => {
    const c = session().context;
    const catalogue = getCatalogue('nl');
    const route = catalogue.routes.find((x) => x.id === 'werkfit-maken')!;
    const steps = buildPlan(route, advise(c.answers, catalogue, 'nl'), c.answers, c.answered, deps.isAsked, catalogue, 'nl').steps;
    expect(steps.length).toBeGreaterThan(0);
    const withAgreements = text(sharedPlan(session(), consented(['route', 'agreements']), '26 november 2026', 'nl'));
    expect(withAgreements).toContain('Klant: Bellen (uiterlijk 10 januari 2099)');
    for (const step of steps) expect(withAgreements).not.toContain(step);
    const none = text(sharedPlan(session(), { ...consented(['route', 'agreements']), agreements: [] }, '26 november 2026', 'nl'));
    expect(none).toContain('4. Aan de slag: eerste stappen (nog geen afspraken)');
    for (const step of steps) expect(none).toContain(step);
  });

  it('names the people present with their roles and contact details', () => {
    const m: Meeting = { ...consented(['route']), people: [{ party: 'client', name: 'Sanne' }, { party: 'behandelaar', name: 'Dr. P. Jansen', contact: 'p.jansen@example.nl' }] };
    const r = sharedPlan(session(), m, '26 november 2026', 'nl');
    expect(r.ok && r.doc.sections[0]!.items).toEqual(['Klant: Sanne', 'Klantmanager (gemeente of UWV)', 'Behandelaar (GGZ): Dr. P. Jansen, p.jansen@example.nl']);
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
    let m: Meeting = { ...emptyMeeting(), parties: ['client', 'klantmanager', 'behandelaar'], share: ['route'] };
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
