import { getCatalogue } from '@/lib/catalogue/load';
import { advise } from '@/lib/engine/advise';
import type { Session } from '@/lib/journey/session';
import { journeyRuntime } from '@/lib/journey/runtime';
import { buildPlan, type Plan } from '@/lib/plan/build-plan';

/** The plan for a session's chosen route, or undefined when there is none. */
export function currentPlan(session: Session): Plan | undefined {
  const c = session.context;
  const catalogue = getCatalogue();
  const route = catalogue.routes.find((r) => r.id === c.chosenRoute);
  if (!route) return undefined;
  return buildPlan(route, advise(c.answers, catalogue), c.answers, c.answered, journeyRuntime().deps.isAsked, catalogue);
}
