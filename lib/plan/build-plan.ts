import type { Answers } from '@/lib/answers/schema';
import type { Catalogue, Route } from '@/lib/catalogue/schema';
import { isUnknown } from '@/lib/catalogue/schema';
import { factText } from '@/lib/catalogue/present';
import type { Advice } from '@/lib/engine/advise';
import { andList } from '@/lib/engine/labels';
import { answerText } from '@/lib/journey/answer-labels';
import { questions } from '@/content/copy/nl';
import { QUESTION_IDS, type IsAsked, type QuestionId } from '@/lib/journey/questions';

/*
 * The personal plan for the chosen route (step 4, "aan de slag"): concrete next steps with
 * who and what, questions to take to the klantmanager or behandelaar, and what to do if it
 * does not work out. One model for the page, the print view and the PDF.
 */

export type Plan = {
  route: { id: string; name: string };
  summary: string;
  steps: string[];
  questions: string[];
  ifItFails: string[];
  alternatives: { id: string; name: string }[];
  situation: { label: string; value: string }[];
  catalogue: { version: string; date: string };
};

const viaLabel: Record<string, string> = {
  uwv: 'je contactpersoon bij UWV',
  gemeente: 'je klantmanager bij de gemeente',
  behandelaar: 'je behandelaar',
  huisarts: 'je huisarts',
  self: 'de organisatie zelf',
  werkgever: 'je werkgever',
  bedrijfsarts: 'de bedrijfsarts',
};

export function buildPlan(
  route: Route,
  advice: Advice,
  answers: Answers,
  answered: readonly QuestionId[],
  isAsked: IsAsked,
  catalogue: Catalogue,
): Plan {
  const mine = [...advice.recommended, ...advice.conditional, ...advice.notSuitable].find((a) => a.id === route.id);
  const checks = mine?.reasons.filter((r) => r.type === 'check').map((r) => `Ga na: ${r.text}`) ?? [];
  const steps = [
    ...checks,
    `Neem contact op met ${andList(route.access.via.map((v) => viaLabel[v] ?? v))}. ${factText(route.access.how)}`,
    `Zeg bijvoorbeeld: “${route.access.say}”`,
    'Neem dit plan mee naar het gesprek. Maak samen afspraken: wie doet wat, en wanneer.',
    'Spreek af wanneer jullie bekijken hoe het gaat.',
  ];

  // 002:1397: benefit rules differ; ask the contact person. 003:86-88: falling back on a benefit.
  // 004:2246-2253: a fixed contact person and understandable communication matter.
  const qs: string[] = [];
  if (isUnknown(route.duration.general) && route.duration.perBenefit.length === 0) qs.push('Hoe lang duurt deze route?');
  if (!('free' in route.costToYou)) qs.push('Kost deze route mij iets, bijvoorbeeld eigen risico of reiskosten?');
  qs.push(isUnknown(route.benefitEffect) ? 'Wat gebeurt er met mijn uitkering als ik meedoe?' : 'Wat betekent meedoen precies voor mijn uitkering?');
  qs.push('Kan ik terugvallen op mijn uitkering als het werk (nog) niet lukt?');
  if (route.availability.status !== 'available') qs.push(`Bestaat ${route.name} nog, en kan ik meedoen?`);
  if (route.regions.scope === 'unknown') qs.push(`Is ${route.name} er in mijn regio?`);
  qs.push('Wie is mijn vaste contactpersoon?');

  const alternatives = [...advice.recommended, ...advice.conditional]
    .filter((a) => a.id !== route.id)
    .slice(0, 3)
    .map((a) => ({ id: a.id, name: a.name }));
  const ifItFails = [
    'Lukt het niet, of past het toch niet? Dat is geen mislukking. Je hebt iets geleerd over wat bij je past, en je kunt een andere route kiezen.',
    ...(alternatives.length ? [`Andere routes die bij je kunnen passen: ${andList(alternatives.map((a) => a.name))}.`] : []),
    ...(route.incomeSecurity ? [route.incomeSecurity.text] : []),
    'Gaat het slechter met je? Praat met je huisarts of behandelaar. In nood: bel 113 (0800-0113), of 112 bij direct gevaar.',
  ];

  const situation = QUESTION_IDS.filter((q) => q !== 'crisis' && answered.includes(q) && isAsked(q, answers)).map((q) => ({
    label: questions[q].short,
    value: answerText(q, answers, catalogue.regions),
  }));

  return {
    route: { id: route.id, name: route.name },
    summary: route.summary.text,
    steps,
    questions: qs,
    ifItFails,
    alternatives,
    situation,
    catalogue: advice.catalogue,
  };
}
