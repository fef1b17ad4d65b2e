import type { Answers } from '@/lib/answers/schema';
import { getCatalogue } from '@/lib/catalogue/load';
import { advise } from '@/lib/engine/advise';
import { SESSION_COOKIE } from '@/lib/journey/cookie-names';
import { QUESTION_IDS } from '@/lib/journey/questions';
import { journeyRuntime } from '@/lib/journey/runtime';
import { encodeSession, freshSession, type Session } from '@/lib/journey/session';
import { PEOPLE } from '@/tests/support/personas';

/*
 * Journey cookies made with the app's own codec, for tests that start past the questions
 * instead of answering each one in the browser (the wizard itself is walked in
 * tests/e2e/journeys.spec.ts and persistence.spec.ts).
 */

export type JourneyCookieOptions = {
  /** The statechart state, e.g. 'journey.check'; by default past the questions, before a choice. */
  state?: Session['state'];
  /** The route chosen from the advice (the plan page needs one). */
  chosenRoute?: string;
  /** 'intake' as the klantmanager's intake writes it. */
  mode?: Session['mode'];
};

/** The journey cookie of a person who answered every question the wizard asks them. */
export function journeyCookie(answers: Answers, { state = 'journey.process', chosenRoute, mode }: JourneyCookieOptions = {}): { name: string; value: string } {
  const { deps } = journeyRuntime();
  const base = freshSession();
  const context = { ...base.context, answers, answered: QUESTION_IDS.filter((q) => deps.isAsked(q, answers)), ...(chosenRoute ? { chosenRoute } : {}) };
  return { name: SESSION_COOKIE, value: encodeSession({ ...base, state, context, ...(mode ? { mode } : {}) }) };
}

/**
 * The journey cookie of a person who answered every question (bijstand, Rotterdam), as
 * `name=value`: at the check page, and with the first recommended route chosen (the plan).
 * For tests and the bench that start past the questions.
 */
export function journeyCookies(): { check: string; plan: string } {
  const answers = PEOPLE.bijstandRotterdam;
  const route = advise(answers, getCatalogue('nl'), 'nl').recommended[0]!.id;
  const header = ({ name, value }: { name: string; value: string }) => `${name}=${value}`;
  return {
    check: header(journeyCookie(answers, { state: 'journey.check' })),
    plan: header(journeyCookie(answers, { state: 'journey.action', chosenRoute: route })),
  };
}
