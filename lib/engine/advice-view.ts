import type { Answers } from '@/lib/answers/schema';
import type { Catalogue } from '@/lib/catalogue/schema';
import { advise, type Advice } from '@/lib/engine/advise';
import type { RecommendedRoute } from '@/lib/engine/route';
import type { Signal } from '@/lib/engine/signals';
import type { Locale } from '@/lib/i18n/locale';

/*
 * What the advice screens show first and what they fold away. Not the choice of routes
 * (advise() makes that), but a judgement all the same, so it sits here with its seed lines
 * rather than in a page.
 */

export type AdviceLayout = {
  /**
   * In a crisis the help lines come first and every route waits behind "later verder kijken":
   * people with suicidal thoughts get face-to-face help first (002:834, 002:1355), and online
   * or group routes are not for them (002:743, 002:1470-1477).
   */
  crisisFirst: boolean;
  /** The crisis signal, shown before anything else. */
  urgent: Signal[];
  /** Every other signal, shown with the routes ("goed om te weten"). */
  goodToKnow: Signal[];
};

export function adviceLayout(advice: Advice): AdviceLayout {
  return {
    crisisFirst: advice.route.rule === 'crisis',
    urgent: advice.signals.filter((s) => s.id === 'crisis'),
    goodToKnow: advice.signals.filter((s) => s.id !== 'crisis'),
  };
}

/**
 * What "Wat vind jij belangrijk?" did: priorities only reorder routes that are equal under the
 * decision order (lib/engine/rank.ts; 003:86-131), so the page says whether the order changed,
 * with and without scripts. `none` when no priority is chosen.
 */
export type PriorityEffect = 'none' | 'same' | 'changed';

const order = (r: RecommendedRoute) => [r.firstStep.id, ...r.alternatives.map((x) => x.id)].join(' ');

export function priorityEffect(answers: Answers, advice: Advice, catalogue: Catalogue, locale: Locale): PriorityEffect {
  if ((answers.priorities ?? []).length === 0) return 'none';
  const unweighed = advise({ ...answers, priorities: [] }, catalogue, locale).route;
  return order(unweighed) === order(advice.route) ? 'same' : 'changed';
}
