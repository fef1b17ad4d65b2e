import { describe, expect, it } from 'vitest';
import { getCatalogue } from '@/lib/catalogue/load';
import { QUESTION_IDS } from '@/lib/journey/questions';
import { journeyRuntime } from '@/lib/journey/runtime';
import { freshSession, SESSION_VERSION, type Session } from '@/lib/journey/session';
import { emptyMeeting, giveConsent } from '@/lib/meeting/meeting';
import {
  fromPlanFile,
  MAX_NESTING,
  MAX_PLAN_BYTES,
  nestingExceeds,
  parsePlanFile,
  planFileErrorText,
  planFileName,
  PLAN_FORMAT,
  toPlanFile,
  WHOLE_FILE,
  type PlanFile,
  type PlanFileError,
} from '@/lib/plan/file';
import { PEOPLE } from '@/tests/support/personas';

/*
 * The plan file at its edges: each case is a file a person might open (or a plan this device
 * might save) and what they get back: the plan, or the refusal and the sentence they read.
 * file.test.ts walks the round trip; these pin the limits and the exact words, one per case.
 */

const catalogue = getCatalogue('nl');
const known = new Set(catalogue.routes.map((r) => r.id));
const NOW = new Date('2026-11-26T10:00:00Z');
const SECRET = 'a-secret-of-at-least-thirty-two-characters';

function person(overrides: Partial<Session> = {}, chosenRoute: string | null = 'werkfit-maken'): Session {
  const s = freshSession();
  // Every question the statechart asks this person is answered: a plan file is made after the advice.
  const answered = QUESTION_IDS.filter((q) => journeyRuntime().deps.isAsked(q, PEOPLE.wgaGroningen));
  return { ...s, created: '2026-11-01T09:00:00.000Z', ...overrides, context: { ...s.context, answers: PEOPLE.wgaGroningen, answered, chosenRoute } };
}
const plan = (): PlanFile => toPlanFile({ session: person(), meeting: null }, catalogue.meta, NOW);
const open = (value: unknown) => parsePlanFile(typeof value === 'string' ? value : JSON.stringify(value), known);
/** The refusal a person reads in Dutch, or "accepted". */
function refusal(value: unknown, locale: 'nl' | 'en' = 'nl'): string {
  const r = open(value);
  return r.ok ? 'accepted' : planFileErrorText(r.error, locale);
}

describe('how big a plan file may be', () => {
  /** A valid plan padded with spaces to exactly `bytes` bytes of UTF-8. */
  const ofSize = (bytes: number, tail = ' ') => {
    const text = JSON.stringify(plan());
    return text + tail.repeat((bytes - Buffer.byteLength(text)) / Buffer.byteLength(tail));
  };

  it('opens a file of exactly 1,000,000 bytes and refuses one byte more, saying its size in kB', () => {
    expect(open(ofSize(MAX_PLAN_BYTES)).ok).toBe(true);
    const over = open(ofSize(MAX_PLAN_BYTES + 1));
    expect(over).toEqual({ ok: false, error: { code: 'too-large', bytes: 1_000_001 } });
    expect(refusal(ofSize(MAX_PLAN_BYTES + 1))).toBe(
      'Dit bestand is te groot (977 kB). Een plan van Routewijzer werk is kleiner dan 1 MB. Kies het bestand dat je bij ons hebt opgeslagen.',
    );
  });

  it('counts bytes, not characters: Arabic text weighs twice its length', () => {
    // "ي" is two bytes in UTF-8.
    expect(open('ي'.repeat(500_001))).toEqual({ ok: false, error: { code: 'too-large', bytes: 1_000_002 } });
    expect(open('ي'.repeat(500_000))).toEqual({ ok: false, error: { code: 'not-json' } });
  });
});

describe('files that are not a plan', () => {
  it.each([
    ['nothing at all', ''],
    ['only spaces and newlines', ' \n\t '],
  ])('%s: "you chose no file, or it is empty"', (_, text) => {
    expect(open(text)).toEqual({ ok: false, error: { code: 'empty' } });
    expect(refusal(text)).toBe('Je hebt geen bestand gekozen, of het bestand is leeg.');
  });

  it.each([
    ['null', 'null'],
    ['a number', '42'],
    ['a string', '"routewijzer-werk-plan"'],
    ['a list', '[{"format":"routewijzer-werk-plan","version":2}]'],
    ['an object without a format', '{"version":2}'],
    ['another format', '{"format":"routewijzer-werk-plan-2","version":2}'],
  ])('%s is "not a plan of Routewijzer werk"', (_, text) => {
    expect(open(text)).toEqual({ ok: false, error: { code: 'not-a-plan' } });
    expect(refusal(text)).toBe('Dit is geen plan van Routewijzer werk. Kies het bestand dat je bij ons hebt opgeslagen.');
  });

  it('a file cut off halfway is "not valid JSON"', () => {
    const text = JSON.stringify(plan()).slice(0, 200);
    expect(open(text)).toEqual({ ok: false, error: { code: 'not-json' } });
    expect(refusal(text)).toMatch(/^Dit bestand kunnen we niet lezen: .*\(geen geldige JSON\)/);
  });
});

describe('how deep a plan file may nest', () => {
  it('counts arrays and objects, and each one that closes', () => {
    expect(nestingExceeds('[[[]]]', 3)).toBe(false);
    expect(nestingExceeds('[[[[]]]]', 3)).toBe(true);
    expect(nestingExceeds('{"a":{"b":{"c":{}}}}', 3)).toBe(true);
    // Side by side is not deeper.
    expect(nestingExceeds('[[],[],[],[],{},{}]', 2)).toBe(false);
    expect(nestingExceeds('[{}]'.repeat(10), 2)).toBe(false);
  });

  it('skips brackets inside strings, escaped quotes included', () => {
    expect(nestingExceeds('["\\"[[[[", "]"]', 1)).toBe(false);
    expect(nestingExceeds('["\\\\", [[[]]]]', 2)).toBe(true);
    expect(nestingExceeds('{"a\\"{{{{": 1}', 1)).toBe(false);
  });

  it(`a file nested ${MAX_NESTING} deep is read (and refused for its extra field); one level deeper is not a plan`, () => {
    const nested = (levels: number) => `{"format":"${PLAN_FORMAT}","version":2,"x":${'['.repeat(levels - 1)}${']'.repeat(levels - 1)}}`;
    expect(open(nested(MAX_NESTING))).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(open(nested(MAX_NESTING + 1))).toEqual({ ok: false, error: { code: 'not-a-plan' } });
  });
});

describe('versions', () => {
  it.each([
    ['a version we do not know', 3, '3', 'Dit plan heeft versie 3. Die versie kennen we niet. We kunnen versie 1 en 2 openen.'],
    ['version 0', 0, '0', 'Dit plan heeft versie 0. Die versie kennen we niet. We kunnen versie 1 en 2 openen.'],
    ['a long text, cut to 20 characters', 'x'.repeat(30), 'x'.repeat(20), `Dit plan heeft versie ${'x'.repeat(20)}. Die versie kennen we niet. We kunnen versie 1 en 2 openen.`],
    ['a version that is a list', [2], undefined, 'Dit plan heeft een versie die we niet kennen. We kunnen versie 1 en 2 openen.'],
    ['no version', undefined, undefined, 'Dit plan heeft een versie die we niet kennen. We kunnen versie 1 en 2 openen.'],
  ])('%s', (_, version, named, text) => {
    const file = { ...plan(), version };
    expect(open(file)).toEqual({ ok: false, error: { code: 'unknown-version', version: named } });
    expect(refusal(file)).toBe(text);
  });

  it('version 2 opens as it is, with nothing said about migrating', () => {
    const r = open(plan());
    expect(r).toEqual({ ok: true, plan: plan() });
    expect('migratedFrom' in r).toBe(false);
  });

  it('version 1 opens as version 2 made by the person alone, with what the old file knew', () => {
    const v1 = { format: PLAN_FORMAT, version: 1, saved: '2026-03-01', answers: PEOPLE.wgaGroningen, answered: ['crisis'], route: null, history: [] };
    expect(open(v1)).toEqual({
      ok: true,
      migratedFrom: 1,
      plan: {
        format: PLAN_FORMAT,
        version: 2,
        created: '2026-03-01T00:00:00Z',
        saved: '2026-03-01T00:00:00Z',
        mode: 'zelf',
        catalogue: { version: 'onbekend', date: 'onbekend' },
        journey: { answers: PEOPLE.wgaGroningen, answered: ['crisis'], chosenRoute: null, suggested: [], lastResult: null, history: [] },
        meeting: null,
      },
    });
  });

  it('a version 1 file with a field of version 2 is refused, naming the field', () => {
    const v1 = { format: PLAN_FORMAT, version: 1, saved: '2026-03-01', answers: PEOPLE.wgaGroningen, answered: [], route: null, history: [], mode: 'zelf' };
    expect(open(v1)).toEqual({ ok: false, error: { code: 'invalid', fields: [WHOLE_FILE] } });
  });
});

describe('a plan edited by hand', () => {
  it('names the first five wrong fields, in the reader’s language', () => {
    const file = { ...plan(), created: 'gisteren', saved: 'vandaag', mode: 'samen', catalogue: 1, meeting: 'nee', journey: 'weg', extra: 1, more: 2 };
    const r = open(file);
    expect(r).toEqual({ ok: false, error: { code: 'invalid', fields: ['created', 'saved', 'mode', 'catalogue', 'journey'] } });
    expect(refusal(file)).toBe(
      'Dit plan is veranderd en klopt niet meer. Het gaat om: created, saved, mode, catalogue, journey. Gebruik het bestand zoals je het bij ons hebt opgeslagen.',
    );
  });

  it('a route the catalogue does not know is refused wherever the plan names it', () => {
    const j = plan().journey;
    const suggested = { ...plan(), journey: { ...j, suggested: ['naar-werk', 'verzonnen-route'] } };
    const history = { ...plan(), journey: { ...j, history: [{ route: 'oude-route', result: 'stopped', date: '2026-01-01' }] } };
    expect(open(suggested)).toEqual({ ok: false, error: { code: 'unknown-route', route: 'verzonnen-route' } });
    expect(open(history)).toEqual({ ok: false, error: { code: 'unknown-route', route: 'oude-route' } });
    expect(refusal(history)).toBe(
      'Dit plan noemt een route die we niet kennen (“oude-route”). Misschien is het bestand aangepast. Gebruik het bestand zoals je het bij ons hebt opgeslagen.',
    );
    // Known routes everywhere: the plan opens.
    expect(open({ ...plan(), journey: { ...j, suggested: ['naar-werk'], history: [{ route: 'ips', result: 'stopped', date: '2026-01-01' }] } }).ok).toBe(true);
  });
});

describe('the words for a refusal without its details (an error read back from the URL)', () => {
  it.each<[PlanFileError, string]>([
    [{ code: 'unknown-version' }, 'Dit plan heeft een versie die we niet kennen. We kunnen versie 1 en 2 openen.'],
    [{ code: 'invalid', fields: [] }, 'Dit plan is veranderd en klopt niet meer. Gebruik het bestand zoals je het bij ons hebt opgeslagen.'],
    [{ code: 'unknown-route' }, 'Dit plan noemt een route die we niet kennen. Misschien is het bestand aangepast. Gebruik het bestand zoals je het bij ons hebt opgeslagen.'],
    [{ code: 'too-large', bytes: 1025 }, 'Dit bestand is te groot (2 kB). Een plan van Routewijzer werk is kleiner dan 1 MB. Kies het bestand dat je bij ons hebt opgeslagen.'],
  ])('%o', (error, text) => {
    expect(planFileErrorText(error, 'nl')).toBe(text);
  });

  it('in English too', () => {
    expect(planFileErrorText({ code: 'invalid', fields: ['mode'] }, 'en')).toBe(
      'This plan has been changed and is no longer correct. It is about: mode. Use the file as you saved it with us.',
    );
    expect(planFileErrorText({ code: 'not-a-plan' }, 'en')).toBe('This is not a plan from Routewijzer werk. Choose the file you saved with us.');
  });
});

describe('saving a plan', () => {
  it('says who made it: a driegesprek when a meeting is held, else the session’s mode, else the person alone', () => {
    const meeting = giveConsent(emptyMeeting(), 'client', '2026-11-26');
    expect(toPlanFile({ session: person({ mode: 'intake' }), meeting }, catalogue.meta, NOW).mode).toBe('driegesprek');
    expect(toPlanFile({ session: person({ mode: 'intake' }), meeting: null }, catalogue.meta, NOW).mode).toBe('intake');
    expect(toPlanFile({ session: person(), meeting: null }, catalogue.meta, NOW).mode).toBe('zelf');
  });

  it('keeps when the journey started, or takes the moment of saving when that is not known', () => {
    expect(toPlanFile({ session: person(), meeting: null }, catalogue.meta, NOW)).toMatchObject({ created: '2026-11-01T09:00:00.000Z', saved: '2026-11-26T10:00:00.000Z' });
    expect(toPlanFile({ session: person({ created: undefined }), meeting: null }, catalogue.meta, NOW).created).toBe('2026-11-26T10:00:00.000Z');
  });

  it('records the catalogue the advice came from, and signs only with a secret', () => {
    const unsigned = toPlanFile({ session: person(), meeting: null }, { version: '7', date: '2026-11-01' }, NOW);
    expect(unsigned.catalogue).toEqual({ version: '7', date: '2026-11-01' });
    expect('signature' in unsigned).toBe(false);
    const signed = toPlanFile({ session: person(), meeting: null }, catalogue.meta, NOW, SECRET);
    expect(signed.signature).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is named after the day it was saved', () => {
    expect(planFileName(NOW)).toBe('plan-routewijzer-werk-2026-11-26.json');
  });
});

describe('opening a plan on this device', () => {
  it('starts a fresh session of this version, with no way back and the mode and start of the file', () => {
    const file = toPlanFile({ session: person({ mode: 'intake' }), meeting: null }, catalogue.meta, NOW);
    const { session, meeting } = fromPlanFile(file);
    expect(session).toMatchObject({ v: SESSION_VERSION, state: 'journey.assessment.report', back: null, mode: 'intake', created: '2026-11-01T09:00:00.000Z' });
    expect(meeting).toBeNull();
  });

  it('someone in crisis has seen the crisis page already; anyone else has not', () => {
    const crisis = toPlanFile({ session: { ...person(), context: { ...person().context, answers: { ...PEOPLE.wgaGroningen, situation: { ...PEOPLE.wgaGroningen.situation, crisis: true } } } }, meeting: null }, catalogue.meta, NOW);
    expect(fromPlanFile(crisis).session.context.crisisAcknowledged).toBe(true);
    expect(fromPlanFile(plan()).session.context.crisisAcknowledged).toBe(false);
  });

  it('keeps the consent of a file this deployment signed as recorded here, and marks it as from a file otherwise', () => {
    const meeting = giveConsent(emptyMeeting(), 'client', '2026-11-26');
    const signed = toPlanFile({ session: person(), meeting }, catalogue.meta, NOW, SECRET);
    expect(fromPlanFile(signed, SECRET).meeting).toEqual(meeting);
    expect(fromPlanFile(signed).meeting!.consent.every((c) => c.source === 'file')).toBe(true);
    expect(fromPlanFile(signed, 'another-secret-of-thirty-two-characters!').meeting!.consent.every((c) => c.source === 'file')).toBe(true);
  });
});
