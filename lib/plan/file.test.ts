import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { getCatalogue } from '@/lib/catalogue/load';
import { QUESTION_IDS } from '@/lib/journey/questions';
import { step, urlForState } from '@/lib/journey/flow';
import { journeyRuntime } from '@/lib/journey/runtime';
import { freshSession, type Session } from '@/lib/journey/session';
import { decodeMeeting, encodeMeeting } from '@/lib/meeting/codec';
import { allRecords, consentFromFile, emptyMeeting, giveConsent, MAX_AGREEMENTS, MAX_CONSENT_RECORDS, PARTIES, revokeConsent, type Meeting } from '@/lib/meeting/meeting';
import { fitTo } from '@/tests/support/meeting-text';
import { planErrorCookie, planErrorFromQuery, planErrorQuery } from '@/lib/plan/error-query';
import {
  fromPlanFile,
  MAX_PLAN_BYTES,
  nestingExceeds,
  parsePlanFile,
  planFileErrorText,
  planJsonSchema,
  toPlanFile,
  PLAN_FORMAT,
  type PlanFile,
} from '@/lib/plan/file';
import { PEOPLE } from '@/tests/support/personas';

const catalogue = getCatalogue('nl');
const known = new Set(catalogue.routes.map((r) => r.id));
const { machine, deps } = journeyRuntime();
const NOW = new Date('2026-11-26T10:00:00Z');

/** A person with Werkfit maken chosen, at step 4 (the plan), as the wizard leaves them. */
function atPlan(): Session {
  const answers = PEOPLE.wgaGroningen;
  const s = freshSession();
  return {
    ...s,
    state: 'journey.action',
    created: '2026-11-01T09:00:00.000Z',
    context: { ...s.context, answers, answered: QUESTION_IDS.filter((q) => deps.isAsked(q, answers)), chosenRoute: 'werkfit-maken' },
  };
}

const parse = (text: string) => parsePlanFile(text, known);
const fileOf = (p: unknown) => JSON.stringify(p);
const valid = (): PlanFile => toPlanFile({ session: atPlan(), meeting: null }, catalogue.meta, NOW);

describe('the plan file', () => {
  it('round-trips: save, open, and the journey is back at the assessment step with everything kept', () => {
    const meeting = giveConsent(emptyMeeting(), 'client', '2026-11-26');
    const plan = toPlanFile({ session: atPlan(), meeting }, catalogue.meta, NOW);
    expect(plan).toMatchObject({ format: PLAN_FORMAT, version: 2, mode: 'driegesprek', created: '2026-11-01T09:00:00.000Z', saved: NOW.toISOString() });
    const parsed = parse(fileOf(plan));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const back = fromPlanFile(parsed.plan);
    expect(back.session.state).toBe('journey.assessment.report');
    expect(urlForState(back.session.state)).toBe('/evaluatie');
    expect(back.session.context.answers).toEqual(PEOPLE.wgaGroningen);
    expect(back.session.context.chosenRoute).toBe('werkfit-maken');
    // Everything of the meeting comes back; its consent, unsigned, as read from a file (see lib/plan/consent-file.test.ts).
    expect(back.meeting).toEqual(consentFromFile(meeting));
  });

  it('resumes the assessment loop: "werkfit" after Werkfit maken suggests Naar werk; continuing keeps the history', () => {
    const { session } = fromPlanFile(valid());
    const reported = step(machine, session, session.state, [{ type: 'result.report', result: 'ready-for-work', date: '2026-11-26' }]);
    expect(reported.session.state).toBe('journey.assessment.decide');
    expect(reported.url).toBe('/evaluatie');
    expect(reported.session.context.suggested).toEqual(['naar-werk']);
    const next = step(machine, reported.session, reported.session.state, [{ type: 'assessment.continue', route: 'naar-werk' }]);
    expect(next.url).toBe('/plan');
    expect(next.session.context.chosenRoute).toBe('naar-werk');
    expect(next.session.context.history).toEqual([{ route: 'werkfit-maken', result: 'ready-for-work', date: '2026-11-26' }]);
    // Saved again and reopened, the history travels with it.
    const again = fromPlanFile(toPlanFile({ session: next.session, meeting: null }, catalogue.meta, NOW));
    expect(again.session.context.history).toHaveLength(1);
    expect(again.session.context.chosenRoute).toBe('naar-werk');
  });

  it('a stopped route leads back to choosing; a finished journey ends', () => {
    const { session } = fromPlanFile(valid());
    const stopped = step(machine, session, session.state, [{ type: 'result.report', result: 'stopped', date: '2026-11-26' }]);
    const other = step(machine, stopped.session, stopped.session.state, [{ type: 'assessment.chooseOther' }]);
    expect(other.url).toBe('/advies');
    const done = step(machine, stopped.session, stopped.session.state, [{ type: 'assessment.finish' }]);
    expect(done.session.state).toBe('journey.done');
  });

  it('carries a full driegesprek (9 parties, full consent history, 12 agreements and a purpose at their limits, in Arabic) and its meeting fits back in the cookies', () => {
    const fit = fitTo;
    const words = 'يتصل العميل بمرشد العمل ويحدد موعدا للتعارف ويشرح نوع العمل الذي يبحث عنه '.repeat(10);
    let meeting: Meeting = { ...emptyMeeting(), parties: [...PARTIES], purpose: fit(words, 'purpose') };
    for (let round = 0; round < 7; round++) for (const p of PARTIES) meeting = round % 2 ? revokeConsent(meeting, p, '2026-11-26') : giveConsent(meeting, p, '2026-11-26');
    meeting = { ...meeting, agreements: Array.from({ length: MAX_AGREEMENTS }, (_, i) => ({ who: fit(`${i} ${words}`, 'who'), what: fit(`${i} ${words}`, 'what'), when: '2026-12-01' })) };
    expect(allRecords(meeting)).toHaveLength(MAX_CONSENT_RECORDS);
    const parsed = parse(fileOf(toPlanFile({ session: atPlan(), meeting }, catalogue.meta, NOW)));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    // Unsigned: every consent record comes back marked as from the file, and keeps that mark
    // in the cookies (the largest form of the meeting).
    const opened = fromPlanFile(parsed.plan).meeting!;
    expect(opened).toEqual(consentFromFile(meeting));
    expect(decodeMeeting(encodeMeeting(opened))).toEqual(consentFromFile(meeting));
  });

  it('a plan without a chosen route opens at the advice', () => {
    const p = valid();
    p.journey.chosenRoute = null;
    const parsed = parse(fileOf(p));
    expect(parsed.ok && fromPlanFile(parsed.plan).session.state).toBe('journey.process');
  });

  it('migrates version 1', () => {
    const v1 = {
      format: PLAN_FORMAT,
      version: 1,
      saved: '2026-03-01',
      answers: PEOPLE.wgaGroningen,
      answered: ['crisis', 'condition'],
      route: 'werkfit-maken',
      history: [{ route: 'gemeentelijke-re-integratie', result: 'stopped', date: '2026-02-01' }],
    };
    const parsed = parse(fileOf(v1));
    expect(parsed).toMatchObject({ ok: true, migratedFrom: 1 });
    if (!parsed.ok) return;
    expect(parsed.plan).toMatchObject({
      version: 2,
      mode: 'zelf',
      created: '2026-03-01T00:00:00Z',
      meeting: null,
      journey: { chosenRoute: 'werkfit-maken', lastResult: 'stopped', suggested: [], history: v1.history },
    });
  });

  const bad: [string, string, RegExp][] = [
    ['an empty file', '   ', /leeg/],
    ['not JSON', '{"format": "routewijzer-werk-plan", ', /geen geldige JSON/],
    ['JSON that is not a plan', '[1, 2, 3]', /geen plan van Routewijzer werk/],
    ['a plan of another format', fileOf({ ...valid(), format: 'iets-anders' }), /geen plan van Routewijzer werk/],
    ['an unknown version', fileOf({ ...valid(), version: 7 }), /versie 7/],
    ['a version as text', fileOf({ ...valid(), version: '2' }), /versie 2\. Die versie kennen we niet/],
    ['an age edited into nonsense', fileOf({ ...valid(), journey: { ...valid().journey, answers: { ...PEOPLE.wgaGroningen, situation: { ...PEOPLE.wgaGroningen.situation, age: 'veertig' } } } }), /journey\.answers\.situation\.age/],
    ['an unknown field', fileOf({ ...valid(), extra: true }), /klopt niet meer/],
    ['a prototype-pollution key', '{"format":"routewijzer-werk-plan","version":2,"__proto__":{"x":1}}', /klopt niet meer/],
    ['a route that does not exist', fileOf({ ...valid(), journey: { ...valid().journey, chosenRoute: 'bestaat-niet' } }), /“bestaat-niet”/],
    ['a file over 1 MB', fileOf({ ...valid(), padding: 'x'.repeat(MAX_PLAN_BYTES) }), /te groot/],
  ];
  it.each(bad)('%s is refused with a message that says what is wrong', (_, text, message) => {
    const r = parse(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(planFileErrorText(r.error, 'nl')).toMatch(message);
    // The error survives the trip to the form page unchanged: its code through the URL, its
    // details through the one-minute cookie.
    const q = Object.fromEntries(new URLSearchParams(planErrorQuery(r.error)));
    const cookie = planErrorCookie(r.error, '/plan/openen').split(';')[0]!.split('=')[1]!;
    expect(planErrorFromQuery(q, cookie)).toEqual(r.error);
    expect(planErrorQuery(r.error)).toMatch(/^fout=[a-z-]+(&bytes=\d+)?$/);
  });

  it('says what is wrong in English on the English pages; the URL holds only codes', () => {
    const en = (text: string) => {
      const r = parse(text);
      if (r.ok) throw new Error('accepted');
      return planFileErrorText(r.error, 'en');
    };
    expect(en('   ')).toBe('You did not choose a file, or the file is empty.');
    expect(en('{"format": ')).toMatch(/not valid JSON/);
    expect(en('[1, 2, 3]')).toBe('This is not a plan from Routewijzer werk. Choose the file you saved with us.');
    expect(en(fileOf({ ...valid(), version: 7 }))).toBe('This plan has version 7. We do not know that version. We can open version 1 and 2.');
    expect(en(fileOf({ ...valid(), padding: 'x'.repeat(MAX_PLAN_BYTES) }))).toMatch(/^This file is too big \(\d+ kB\)/);
    expect(en(fileOf({ ...valid(), journey: { ...valid().journey, chosenRoute: 'bestaat-niet' } }))).toMatch(/route we do not know \(“bestaat-niet”\)/);
    // A field of the file as a whole: a code in the URL, words in the reader's language.
    const whole = parse(fileOf({ ...valid(), extra: true }));
    expect(whole.ok).toBe(false);
    if (whole.ok) return;
    expect(planErrorQuery(whole.error)).not.toMatch(/bestand|file/);
    expect(planFileErrorText(whole.error, 'en')).toBe(
      'This plan has been changed and is no longer correct. It is about: (the whole file). Use the file as you saved it with us.',
    );
    expect(planFileErrorText(whole.error, 'nl')).toContain('Het gaat om: (het hele bestand).');
  });

  it('reads nothing from a tampered error URL but its code', () => {
    expect(planErrorFromQuery({ fout: 'invalid', velden: '<script>alert(1)</script>' })).toEqual({ code: 'invalid', fields: [] });
    expect(planErrorFromQuery({ fout: 'unknown-version', versie: '2. Bel direct de helpdesk 0900-1234' })).toEqual({ code: 'unknown-version', version: undefined });
    expect(planFileErrorText(planErrorFromQuery({ fout: 'unknown-version', versie: '2. Bel direct 0900-1234' })!, 'nl')).not.toContain('0900');
    expect(planErrorFromQuery({ fout: 'iets' })).toBeUndefined();
  });

  it('puts only the code in the URL; the details travel in a one-minute cookie, read only for the same code', () => {
    const refused = parse(fileOf({ ...valid(), journey: { ...valid().journey, chosenRoute: 'bestaat-niet' } }));
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(planErrorQuery(refused.error)).toBe('fout=unknown-route');
    const header = planErrorCookie(refused.error, '/plan/openen');
    expect(header).toMatch(/^routewijzer-planfout=[A-Za-z0-9_-]+; Path=\/plan\/openen; Max-Age=60; HttpOnly; SameSite=Strict$/);
    const value = header.split(';')[0]!.split('=')[1]!;
    expect(planErrorFromQuery({ fout: 'unknown-route' }, value)).toEqual({ code: 'unknown-route', route: 'bestaat-niet' });
    expect(planFileErrorText(planErrorFromQuery({ fout: 'unknown-route' }, value)!, 'nl')).toContain('“bestaat-niet”');
    // Another code in the URL does not borrow the cookie's details.
    expect(planErrorFromQuery({ fout: 'unknown-version' }, value)).toEqual({ code: 'unknown-version', version: undefined });
    const tooLarge = planErrorQuery({ code: 'too-large', bytes: 2_000_000 });
    expect(tooLarge).toBe('fout=too-large&bytes=2000000');
  });

  it('refuses a deeply nested file before anything walks it (a nested version overflowed the stack)', () => {
    const deep = `{"format":"${PLAN_FORMAT}","version":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    expect(() => parse(deep)).not.toThrow();
    const r = parse(deep);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('not-a-plan');
    expect(nestingExceeds('{"a":"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}', 3)).toBe(false);
    expect(nestingExceeds('[[[[', 3)).toBe(true);
    expect(parse(fileOf(valid())).ok).toBe(true);
  });

  it('the committed JSON Schema (docs/plan.schema.json) is the one derived from the zod schema', () => {
    const committed = JSON.parse(readFileSync('docs/plan.schema.json', 'utf8'));
    expect(committed).toEqual(planJsonSchema());
    expect(committed.required).toEqual(expect.arrayContaining(['format', 'version', 'journey', 'meeting']));
  });
});
