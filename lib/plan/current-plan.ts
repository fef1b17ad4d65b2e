import { getCatalogue } from '@/lib/catalogue/load';
import { advise } from '@/lib/engine/advise';
import type { Locale } from '@/lib/i18n/locale';
import type { Session } from '@/lib/journey/session';
import { journeyRuntime } from '@/lib/journey/runtime';
import { buildPlan, type Plan } from '@/lib/plan/build-plan';

/** The plan for a session's chosen route in `locale`, or undefined when there is none. */
export function currentPlan(session: Session, locale: Locale): Plan | undefined {
  const c = session.context;
  const catalogue = getCatalogue(locale);
  const route = catalogue.routes.find((r) => r.id === c.chosenRoute);
  if (!route) return undefined;
  return buildPlan(route, advise(c.answers, catalogue, locale), c.answers, c.answered, journeyRuntime().deps.isAsked, catalogue, locale);
}
