import type { Answers } from '@/lib/answers/schema';
import type { Catalogue, Route } from '@/lib/catalogue/schema';
import { isUnknown } from '@/lib/catalogue/schema';
import { factText } from '@/lib/present/present';
import type { Advice } from '@/lib/engine/advise';
import { andList } from '@/lib/engine/labels';
import { phrases } from '@/lib/engine/phrases';
import { LIMITS, THEN_WHEN, type ThenWhen } from '@/lib/engine/route';
import type { Locale } from '@/lib/i18n/locale';
import { translator } from '@/lib/i18n/translator';
import { whomToAsk } from '@/lib/plan/check-first';
import { answerText } from '@/lib/journey/answer-labels';
import { questionCopy } from '@/lib/journey/question-copy';
import { QUESTION_IDS, type IsAsked, type QuestionId } from '@/lib/journey/questions';

/*
 * The personal plan for the chosen route (step 4, "aan de slag"): concrete next steps with
 * who and what, questions to take to the klantmanager or behandelaar, and what to do if it
 * does not work out. One model for the page, the print view and the PDF.
 *
 * The plan keeps the advice's route structure (advice.route, lib/engine/route.ts) around the
 * chosen route: whether it is the recommended first step (and if not, what that first step
 * was), what comes after it, the alternatives with their trade-off, and the checks of
 * "eerst nagaan" that concern the chosen route, inside its steps with whom to ask.
 *
 * Texts are in `locale` (content/messages/{nl,en}/plan.ts); route texts come from the route,
 * advice and catalogue passed in, so give those in the same language (getCatalogue(locale),
 * advise(…, locale)).
 */

/**
 * Where the chosen route stands in the advice's route: its first step, one of the steps after
 * it, one of its alternatives, or another route that fits.
 */
export type PlanPosition = 'first-step' | 'then' | 'alternative' | 'other';

export type Plan = {
  route: { id: string; name: string };
  summary: string;
  /** The chosen route against the recommended first step, said in one sentence. */
  choice: { position: PlanPosition; firstStep: { id: string; title: string }; text: string };
  /** "Daarna": what comes after the chosen route, and when. */
  then: { id: string; name: string; when: ThenWhen; whenText: string }[];
  steps: string[];
  questions: string[];
  ifItFails: string[];
  /** "Ook mogelijk": the advice's alternatives (without the chosen route), each with its trade-off. */
  alternatives: { id: string; name: string; tradeOff: string }[];
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
  locale: Locale,
): Plan {
  const t = translator(locale, 'plan');
  const plan = advice.route;
  const name = (id: string) => catalogue.routes.find((r) => r.id === id)?.name ?? id;
  const first = plan.firstStep;
  const position: PlanPosition =
    first.type === 'route' && first.id === route.id
      ? 'first-step'
      : plan.then.some((x) => x.id === route.id)
        ? 'then'
        : plan.alternatives.some((x) => x.id === route.id)
          ? 'alternative'
          : 'other';
  const choice = {
    position,
    firstStep: { id: first.id, title: first.title },
    text: t(`choice.${position === 'alternative' ? 'other' : position}`, { first: first.title }),
  };

  // After the recommended first step, the advice's own then-steps; after any other route, that
  // route's follow-ups that are open to the person (the same kind of step, ordered the same way).
  const after = position === 'first-step' ? plan.then : followUps(route, advice).map((x) => ({ ...x, whenText: phrases(locale).route.when[x.when]() }));
  const then = after.map((x) => ({ id: x.id, name: name(x.id), when: x.when, whenText: x.whenText }));

  // "Eerst nagaan", merged into the steps: a check of the chosen route that the advice lists
  // there says whom to ask (unless its text already does).
  const mine = [...advice.recommended, ...advice.conditional, ...advice.notSuitable].find((a) => a.id === route.id);
  const checks =
    mine?.reasons
      .filter((r) => r.type === 'check')
      .map((r) => {
        const listed = plan.checkFirst.find((c) => c.text === r.text);
        const who = listed && whomToAsk(r.text, listed.askAt, locale);
        return who ? t('steps.checkAsk', { text: r.text, who }) : t('steps.check', { text: r.text });
      }) ?? [];
  const steps = [
    ...checks,
    t('steps.contact', { who: andList(route.access.via.map((v) => (isVia(v) ? t(`via.${v}`) : v)), locale), how: factText(route.access.how, locale) }),
    t('steps.say', { say: route.access.say }),
    // Someone with work takes the plan to the bedrijfsarts; what to tell the employer about the
    // complaints is the person's own choice (003:170), so the plan leaves the situation out by default.
    t(answers.situation.work === 'employed' || answers.situation.work === 'sick-listed' ? 'steps.bringEmployee' : 'steps.bring'),
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
  // Issue 18: what an employer, gemeente or UWV can arrange around a job, and the benefit's
  // safety net, as the person can ask for them (each entry's own `access.say`, sourced there).
  for (const x of [...plan.instruments, ...plan.safetyNets]) qs.push(x.say);
  qs.push(t('questions.contactPerson'));

  const alternatives = plan.alternatives.filter((a) => a.id !== route.id).map((a) => ({ id: a.id, name: name(a.id), tradeOff: a.tradeOff }));
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
    choice,
    then,
    steps,
    questions: qs,
    ifItFails,
    alternatives,
    situation,
    catalogue: advice.catalogue,
  };
}

/** The order in which a person meets follow-ups (as in lib/engine/route.ts): ready for work before a job. */
const WHEN_ORDER: Partial<Record<ThenWhen, number>> = { 'ready-for-work': 0, 'firm-wish': 1, 'education-started': 2, 'step-up': 3, 'job-found': 4 };
const isThenWhen = (x: string): x is ThenWhen => (THEN_WHEN as readonly string[]).includes(x);

/** A route's own follow-ups that fit or may fit the person, at most two. */
function followUps(route: Route, advice: Advice): { id: string; when: ThenWhen }[] {
  const open = new Set([...advice.recommended, ...advice.conditional].map((a) => a.id));
  const seen = new Set<string>([route.id]);
  return route.followUps
    .flatMap((f) => (isThenWhen(f.result) ? f.routes.map((id) => ({ id, when: f.result as ThenWhen })) : []))
    .sort((x, y) => (WHEN_ORDER[x.when] ?? 9) - (WHEN_ORDER[y.when] ?? 9))
    .filter((x) => {
      if (seen.has(x.id) || !open.has(x.id)) return false;
      seen.add(x.id);
      return true;
    })
    .slice(0, LIMITS.then);
}
