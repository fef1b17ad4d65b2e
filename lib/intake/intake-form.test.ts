import { describe, expect, it } from 'vitest';
import { SUPPORTS, type Answers } from '@/lib/answers/schema';
import { getCatalogue } from '@/lib/catalogue/load';
import { advise } from '@/lib/engine/advise';
import { intakeErrorsFromQuery, intakeErrorQuery, intakeFromForm } from '@/lib/intake/intake-form';
import { currentValues, fieldKind, optionValues } from '@/lib/journey/forms';
import { QUESTION_IDS } from '@/lib/journey/questions';
import { firstOpenQuestion, stateKeyOfQuestion } from '@/lib/journey/flow';
import { journeyRuntime } from '@/lib/journey/runtime';
import { freshSession } from '@/lib/journey/session';
import { availabilityText, durationRows, figureRows, fundingRows } from '@/lib/present/professional';
import { longDateAt } from '@/lib/dates';
import { PEOPLE } from '@/tests/support/personas';

const catalogue = getCatalogue('nl');
const { deps } = journeyRuntime();

/** The intake form as a klantmanager fills it for a person: every question asked, and every other one known. */
function formFor(answers: typeof PEOPLE.wgaGroningen) {
  const f = new FormData();
  const known = (q: (typeof QUESTION_IDS)[number]) =>
    q === 'support' || q === 'goal' || q === 'pace' ? answers.wish[q] !== undefined : q === 'priorities' ? answers.priorities !== undefined : answers.situation[q] !== undefined;
  for (const q of QUESTION_IDS.filter((x) => deps.isAsked(x, answers) || known(x))) {
    // A value the form does not offer (e.g. "unknown" where only yes/no exist) stays empty.
    const values = currentValues(q, answers, true, catalogue.regions).filter((v) => fieldKind(q) !== 'radio' || optionValues(q).includes(v));
    if (q === 'support' || q === 'priorities') f.append(`${q}-present`, '1');
    if ((q === 'age' || q === 'municipality') && values.length === 0) f.append(`${q}-skip`, '1');
    for (const v of values) f.append(q, v);
  }
  return f;
}

describe('the intake form', () => {
  it.each(Object.entries(PEOPLE).filter(([k]) => k !== 'crisis'))('gives the same answers, and so the same advice, as the wizard: %s', (_, answers) => {
    const { session, errors } = intakeFromForm(formFor(answers), freshSession(), catalogue.regions, deps.isAsked);
    expect(errors).toEqual([]);
    // Ticked boxes come back in the order the form offers them, as in the wizard.
    const a = answers as Answers;
    const inFormOrder = { ...a, wish: { ...a.wish, support: SUPPORTS.filter((v) => a.wish.support?.includes(v)) } };
    expect(advise(session.context.answers, catalogue, 'nl')).toEqual(advise(inFormOrder, catalogue, 'nl'));
    const open = firstOpenQuestion(session.context, deps.isAsked);
    expect(session.state).toBe(open ? stateKeyOfQuestion(open) : 'journey.process');
    expect(session.mode).toBe('intake');
  });

  it('an empty field is not answered; the journey waits at the first open question', () => {
    const f = formFor(PEOPLE.wgaGroningen);
    f.delete('benefit');
    const { session } = intakeFromForm(f, freshSession(), catalogue.regions, deps.isAsked);
    expect(session.context.answered).not.toContain('benefit');
    expect(session.state).toBe('journey.situation.benefit');
  });

  it('a wrong age or unknown gemeente is reported per field and keeps the earlier answer', () => {
    const first = intakeFromForm(formFor(PEOPLE.wgaGroningen), freshSession(), catalogue.regions, deps.isAsked).session;
    const f = formFor(PEOPLE.wgaGroningen);
    f.set('age', 'veertig');
    f.set('municipality', 'Atlantis');
    const { session, errors } = intakeFromForm(f, first, catalogue.regions, deps.isAsked);
    expect(errors).toEqual([
      { question: 'municipality', error: 'unknown-municipality' },
      { question: 'age', error: 'age-not-a-number' },
    ]);
    expect(session.context.answers.situation.age).toBe(PEOPLE.wgaGroningen.situation.age);
    expect(session.context.answers.situation.municipality).toBe(PEOPLE.wgaGroningen.situation.municipality);
    expect(intakeErrorsFromQuery(new URLSearchParams(intakeErrorQuery(errors)).get('fout'))).toEqual(errors);
    // What was typed stays on the page it was typed on: the URL names the question and the code.
    expect(intakeErrorQuery(errors)).toBe('fout=municipality:unknown-municipality,age:age-not-a-number');
    expect(intakeErrorsFromQuery('age:age-too-low,__proto__:x,benefit')).toEqual([{ question: 'age', error: 'age-too-low' }]);
  });
});

describe('dates on the intake summary', () => {
  it('are written in the language of the page', () => {
    const d = new Date('2026-11-26T10:00:00Z');
    expect(longDateAt(d, 'nl')).toBe('26 november 2026');
    expect(longDateAt(d, 'en')).toBe('26 November 2026');
  });
});

describe('the professional rows of a route', () => {
  const route = catalogue.routes.find((r) => r.duration.perBenefit.some((p) => p.maxMonths !== undefined))!;
  const en = getCatalogue('en').routes.find((r) => r.id === route.id)!;

  it('label the rows in Dutch', () => {
    expect(fundingRows(route, 'nl').map((r) => r.label)).toEqual(['Wettelijke basis', 'Financiering', 'Aanbieder', 'Toegang']);
    const duration = durationRows(route, 'nl');
    expect(duration.slice(-2).map((r) => r.label)).toEqual(['Duur algemeen', 'Uren']);
    expect(duration[0]!.label).toMatch(/^Duur bij /);
    expect(duration.some((r) => /^max\. \d+ maanden\. /.test(r.value))).toBe(true);
  });

  it('and in English for /en', () => {
    expect(fundingRows(en, 'en').map((r) => r.label)).toEqual(['Legal basis', 'Funding', 'Provider', 'Access']);
    const duration = durationRows(en, 'en');
    expect(duration.slice(-2).map((r) => r.label)).toEqual(['Duration in general', 'Hours']);
    expect(duration[0]!.label).toMatch(/^Duration with /);
    expect(duration.some((r) => /^max\. \d+ months\. /.test(r.value))).toBe(true);
    const available = getCatalogue('en').routes.find((r) => r.availability.status === 'available')!;
    expect(availabilityText(available, 'en')).toBe('available');
    expect(availabilityText(available, 'nl')).toBe('beschikbaar');
    const unknownYear = getCatalogue('en').routes.flatMap((r) => figureRows(r, 'en')).find((f) => !/^\d+$/.test(f.year));
    if (unknownYear) expect(unknownYear.year).toBe('unknown');
    // Unknown facts and study types read in English too.
    const values = getCatalogue('en').routes.flatMap((r) => [...fundingRows(r, 'en'), ...durationRows(r, 'en')].map((x) => x.value));
    expect(values.filter((v) => v.startsWith('Onbekend'))).toEqual([]);
    const study = getCatalogue('en').routes.flatMap((r) => figureRows(r, 'en'))[0]!;
    const studyNl = catalogue.routes.flatMap((r) => figureRows(r, 'nl'))[0]!;
    expect(study.studyType).not.toBe(studyNl.studyType);
  });
});
