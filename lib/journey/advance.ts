import { localRedirect, RedirectType } from '@/lib/i18n/server';
import { COOKIE_CHECK, hasSessionCookie, readSession, writeSession } from '@/lib/journey/cookie';
import { step } from '@/lib/journey/flow';
import { journeyRuntime } from '@/lib/journey/runtime';
import type { JourneyEvent, StateKey } from '@/machines/route-machine';

/**
 * Reads the journey from the cookie, sends the statechart events as if the person were at
 * `at`, stores the result and redirects to the page of the new state. Redirects replace the
 * history entry. Not a server action itself: only the actions that validate their input call it.
 */
export async function advance(at: StateKey, events: JourneyEvent[]): Promise<never> {
  const { machine } = journeyRuntime();
  const { session } = await readSession();
  const next = step(machine, session, at, events);
  // The first answer arrives without a cookie: let the next question check that one came back.
  const check = !(await hasSessionCookie()) && next.url.startsWith('/vragen/');
  await writeSession(next.session);
  return localRedirect(check ? `${next.url}?cookie=${COOKIE_CHECK}` : next.url, RedirectType.replace);
}
