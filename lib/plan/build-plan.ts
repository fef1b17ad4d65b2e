import type { Answers } from '@/lib/answers/schema';
import type { Catalogue, Route } from '@/lib/catalogue/schema';
import { isUnknown } from '@/lib/catalogue/schema';
import { factText } from '@/lib/catalogue/present';
import type { Advice } from '@/lib/engine/advise';
import { andList } from '@/lib/engine/labels';
import type { Locale } from '@/lib/i18n/locale';
import { translator } from '@/lib/i18n/translator';
import { answerText } from '@/lib/journey/answer-labels';
import { questionCopy } from '@/lib/journey/question-copy';
import { QUESTION_IDS, type IsAsked, type QuestionId } from '@/lib/journey/questions';

/*
 * The personal plan for the chosen route (step 4, "aan de slag"): concrete next steps with
 * who and what, questions to take to the klantmanager or behandelaar, and what to do if it
 * does not work out. One model for the page, the print view and the PDF.
 *
 * Texts are in `locale` (content/messages/{nl,en}/plan.ts); route texts come from the route,
 * advice and catalogue passed in, so give those in the same language (getCatalogue(locale),
 * advise(…, locale)).
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

const VIA = ['uwv', 'gemeente', 'behandelaar', 'huisarts', 'self', 'werkgever', 'bedrijfsarts'] as const;
const isVia = (v: string): v is (typeof VIA)[number] => (VIA as readonly string[]).includes(v);

export function buildPlan(
  route: Route,
  advice: Advice,
  answers: Answers,
  answered: readonly QuestionId[],
  isAsked: IsAsked,
  catalogue: Catalogue,
  locale: Locale = 'nl',
): Plan {
  const t = translator(locale, 'plan');
  const mine = [...advice.recommended, ...advice.conditional, ...advice.notSuitable].find((a) => a.id === route.id);
  const checks = mine?.reasons.filter((r) => r.type === 'check').map((r) => t('steps.check', { text: r.text })) ?? [];
  const steps = [
    ...checks,
    t('steps.contact', { who: andList(route.access.via.map((v) => (isVia(v) ? t(`via.${v}`) : v)), locale), how: factText(route.access.how, locale) }),
    t('steps.say', { say: route.access.say }),
    t('steps.bring'),
    t('steps.review'),
  ];

  // 002:1397: benefit rules differ; ask the contact person. 003:86-88: falling back on a benefit.
  // 004:2246-2253: a fixed contact person and understandable communication matter.
  const qs: string[] = [];
  if (isUnknown(route.duration.general) && route.duration.perBenefit.length === 0) qs.push(t('questions.duration'));
  if (!('free' in route.costToYou)) qs.push(t('questions.cost'));
  qs.push(isUnknown(route.benefitEffect) ? t('questions.benefitUnknown') : t('questions.benefitKnown'));
  qs.push(t('questions.fallBack'));
  if (route.availability.status !== 'available') qs.push(t('questions.stillThere', { name: route.name }));
  if (route.regions.scope === 'unknown') qs.push(t('questions.inRegion', { name: route.name }));
  qs.push(t('questions.contactPerson'));

  const alternatives = [...advice.recommended, ...advice.conditional]
    .filter((a) => a.id !== route.id)
    .slice(0, 3)
    .map((a) => ({ id: a.id, name: a.name }));
  const ifItFails = [
    t('ifItFails.notAFailure'),
    ...(alternatives.length ? [t('ifItFails.alternatives', { routes: andList(alternatives.map((a) => a.name), locale) })] : []),
    ...(route.incomeSecurity ? [route.incomeSecurity.text] : []),
    t('ifItFails.worse'),
  ];

  const situation = QUESTION_IDS.filter((q) => q !== 'crisis' && answered.includes(q) && isAsked(q, answers)).map((q) => ({
    label: questionCopy(q, locale).short,
    value: answerText(q, answers, catalogue.regions, locale),
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
