import { getCatalogue } from '@/lib/catalogue/load';
import { advise } from '@/lib/engine/advise';
import type { Session } from '@/lib/journey/session';
import { journeyRuntime } from '@/lib/journey/runtime';
import { intakeSummary } from '@/lib/plan/intake-summary';
import { dutchDate } from '@/lib/dates';


/** The plain-text intake summary for this device's journey. */
export function currentSummary(session: Session): string {
  const catalogue = getCatalogue();
  const c = session.context;
  return intakeSummary(c, advise(c.answers, catalogue), catalogue, journeyRuntime().deps.isAsked, dutchDate());
}
