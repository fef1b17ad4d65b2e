import type { Answers } from '@/lib/answers/schema';

/*
 * The people the tests follow, derived from the seeds. The engine's persona table
 * (lib/engine/advise.test.ts) says which seed lines justify each one and what advice each
 * must get; the browser tests walk the same people through the wizard.
 */

type S = Answers['situation'];
type W = Answers['wish'];
const person = (situation: S, wish: W): Answers => ({ situation: { crisis: false, ...situation }, wish });

export const PEOPLE = {
  epaDimenceEnschede: person(
    { condition: 'mental-health', severity: 'severe', age: 35, municipality: '0153', work: 'none', benefit: 'bijstand', care: 'specialist-ggz', careProvider: 'dimence', careOverOneYear: true, multipleProblems: false },
    { goal: 'paid-work', support: ['find-job-fast', 'treatment-and-work'], pace: 'fast' },
  ),
  epaOtherProviderGroningen: person(
    { condition: 'mental-health', severity: 'severe', age: 35, municipality: '0014', work: 'none', benefit: 'wia-wga', care: 'specialist-ggz', careProvider: 'other', careOverOneYear: true },
    { goal: 'paid-work', support: ['find-job-fast'], pace: 'fast' },
  ),
  wgaGroningen: person(
    { condition: 'mental-health', severity: 'moderate', age: 45, municipality: '0014', work: 'none', benefit: 'wia-wga', care: 'basic-ggz' },
    { goal: 'paid-work', support: ['skills', 'confidence'], pace: 'own-pace' },
  ),
  wajong24Tilburg: person(
    { condition: 'mental-health', severity: 'mild', age: 24, municipality: '0855', work: 'none', benefit: 'wajong', care: 'gp' },
    { goal: 'paid-work', support: ['find-job-fast', 'on-the-job'], pace: 'fast' },
  ),
  bijstand28Utrecht: person(
    { condition: 'mental-health', severity: 'moderate', age: 28, municipality: '0344', work: 'none', benefit: 'bijstand', care: 'basic-ggz', multipleProblems: false },
    { goal: 'paid-work', support: ['find-job-fast'], pace: 'fast' },
  ),
  bijstand27Utrecht: person(
    { condition: 'mental-health', severity: 'moderate', age: 27, municipality: '0344', work: 'none', benefit: 'bijstand', care: 'basic-ggz', multipleProblems: false },
    { goal: 'paid-work', support: ['find-job-fast'], pace: 'fast' },
  ),
  droppedOut26Utrecht: person(
    { condition: 'mental-health', severity: 'moderate', age: 26, municipality: '0344', work: 'dropped-out', benefit: 'bijstand', care: 'basic-ggz', multipleProblems: false },
    { goal: 'education', support: ['explore'], pace: 'own-pace' },
  ),
  droppedOut19Amsterdam: person(
    { condition: 'mental-health', severity: 'moderate', age: 19, municipality: '0363', work: 'dropped-out', benefit: 'none', care: 'basic-ggz' },
    { goal: 'education', support: ['explore'], pace: 'own-pace' },
  ),
  severeNoCareAmsterdam: person(
    { condition: 'mental-health', severity: 'severe', age: 50, municipality: '0363', work: 'none', benefit: 'none', care: 'none' },
    { goal: 'paid-work', support: ['peers', 'stepwise'], pace: 'own-pace' },
  ),
  mediantDagbestedingEnschede: person(
    { condition: 'mental-health', severity: 'severe', age: 40, municipality: '0153', work: 'none', benefit: 'bijstand', care: 'specialist-ggz', careProvider: 'mediant', careOverOneYear: true, dayActivities: true, multipleProblems: false },
    { goal: 'unsure', support: ['stepwise'], pace: 'own-pace' },
  ),
  droppedOut22Rotterdam: person(
    { condition: 'mental-health', severity: 'moderate', age: 22, municipality: '0599', work: 'dropped-out', benefit: 'none', care: 'none' },
    { goal: 'paid-work', support: ['confidence', 'skills'], pace: 'own-pace' },
  ),
  sickListedDenHaag: person(
    { condition: 'mental-health', severity: 'mild', age: 38, municipality: '0518', work: 'sick-listed', benefit: 'ziektewet', care: 'gp' },
    { goal: 'keep-job', support: ['on-the-job'], pace: 'own-pace' },
  ),
  employedWajongTilburg: person(
    { condition: 'mental-health', severity: 'moderate', age: 29, municipality: '0855', work: 'employed', benefit: 'wajong', care: 'gp' },
    { goal: 'keep-job', support: ['on-the-job'], pace: 'own-pace' },
  ),
  bijstandRotterdam: person(
    { condition: 'mental-health', severity: 'moderate', age: 33, municipality: '0599', work: 'none', benefit: 'bijstand', care: 'basic-ggz', targetGroupRegister: 'yes', multipleProblems: false },
    { goal: 'paid-work', support: ['on-the-job'], pace: 'fast' },
  ),
  crisis: { situation: { crisis: true }, wish: {} },
  // Issue 18: a bijstand client in Rotterdam with debts and housing problems besides the
  // complaints, in treatment (EXIT, 002:640).
  multiproblemBijstandRotterdam: person(
    { condition: 'mental-health', severity: 'moderate', age: 41, municipality: '0599', work: 'none', benefit: 'bijstand', care: 'basic-ggz', multipleProblems: true },
    { goal: 'paid-work', support: ['confidence'], pace: 'own-pace' },
  ),
  regionUnknown: person(
    { condition: 'mental-health', severity: 'moderate', age: 30, work: 'none', benefit: 'bijstand', care: 'basic-ggz' },
    { goal: 'paid-work', support: ['find-job-fast'], pace: 'fast' },
  ),
  otherLimitationAmersfoort: person(
    { condition: 'other-limitation', severity: 'unknown', age: 30, municipality: '0307', work: 'none', benefit: 'wajong', care: 'none' },
    { goal: 'paid-work', support: ['on-the-job'], pace: 'fast' },
  ),
  // Added for the seed rules of issue 12 (lib/engine/advise.test.ts cites the lines).
  severeStableAtGpGroningen: person(
    { condition: 'mental-health', severity: 'severe', age: 44, municipality: '0014', work: 'none', benefit: 'wia-wga', care: 'gp' },
    { goal: 'paid-work', support: ['find-job-fast'], pace: 'fast' },
  ),
  wwAmersfoort: person(
    { condition: 'mental-health', severity: 'moderate', age: 38, municipality: '0307', work: 'none', benefit: 'ww', care: 'gp' },
    { goal: 'paid-work', support: ['on-the-job'], pace: 'fast' },
  ),
  employedBijstandNotInRegisterRotterdam: person(
    { condition: 'mental-health', severity: 'moderate', age: 33, municipality: '0599', work: 'employed', benefit: 'bijstand', care: 'gp', targetGroupRegister: 'no', multipleProblems: false },
    { goal: 'keep-job', support: ['on-the-job'], pace: 'own-pace' },
  ),
  employedNoBenefitNotInRegisterTilburg: person(
    { condition: 'mental-health', severity: 'moderate', age: 41, municipality: '0855', work: 'employed', benefit: 'none', care: 'gp', targetGroupRegister: 'no' },
    { goal: 'keep-job', support: ['on-the-job'], pace: 'own-pace' },
  ),
  ziektewetNoEmployerDenHaag: person(
    { condition: 'mental-health', severity: 'mild', age: 45, municipality: '0518', work: 'none', benefit: 'ziektewet', care: 'gp' },
    { goal: 'paid-work', support: ['on-the-job'], pace: 'own-pace' },
  ),
  severeOtherProviderUtrecht: person(
    { condition: 'mental-health', severity: 'severe', age: 30, municipality: '0344', work: 'none', benefit: 'bijstand', care: 'specialist-ggz', careProvider: 'other', careOverOneYear: true, multipleProblems: false },
    { goal: 'paid-work', support: ['find-job-fast'], pace: 'fast' },
  ),
} satisfies Record<string, Answers>;

/** The same answers with what the person weighs most. */
export const weighing = (answers: Answers, priorities: NonNullable<Answers['priorities']>): Answers => ({ ...answers, priorities });
