import { cookies } from 'next/headers';
import { clearSession } from '@/lib/journey/cookie';
import { FILTER_COOKIE } from '@/lib/map/filter-cookie';
import { clearMeeting } from '@/lib/meeting/cookie';

/**
 * Everything this site keeps about a person on this device: the journey and the choice to keep
 * it, the driegesprek with any draft of a refused form, and the filter of the route list. Used
 * by "Wis mijn antwoorden" and by the klantmanager's "Nieuwe intake" (issue 16), so that the
 * next client on a shared PC starts with nothing of the previous one.
 */
export async function wipeDevice(): Promise<void> {
  await clearSession();
  await clearMeeting();
  (await cookies()).delete(FILTER_COOKIE);
}
