import { getCatalogue } from '@/lib/catalogue/load';
import { advise } from '@/lib/engine/advise';
import { SESSION_COOKIE } from '@/lib/journey/cookie-names';
import { QUESTION_IDS } from '@/lib/journey/questions';
import { journeyRuntime } from '@/lib/journey/runtime';
import { encodeSession, freshSession, type Session } from '@/lib/journey/session';
import { PEOPLE } from '@/tests/support/personas';

/**
 * The journey cookie of a person who answered every question (bijstand, Rotterdam), as
 * `name=value`: at the check page, and with the first recommended route chosen (the plan).
 * For tests and the bench that start past the questions.
 */
export function journeyCookies(): { check: string; plan: string } {
  const { deps } = journeyRuntime();
  const answers = PEOPLE.bijstandRotterdam;
  const base = freshSession();
  const context = { ...base.context, answers, answered: QUESTION_IDS.filter((q) => deps.isAsked(q, answers)) };
  const route = advise(answers, getCatalogue('nl'), 'nl').recommended[0]!.id;
  const cookie = (s: Session) => `${SESSION_COOKIE}=${encodeSession(s)}`;
  return {
    check: cookie({ ...base, state: 'journey.check', context }),
    plan: cookie({ ...base, state: 'journey.action', context: { ...context, chosenRoute: route } }),
  };
}
