import { cookies } from 'next/headers';
import { cookieOptions } from '@/lib/journey/cookie';
import { decodeMeetingCookies, encodeMeeting, MeetingTooLarge, storeChunks } from '@/lib/meeting/codec';
import { clearDraft } from '@/lib/meeting/draft';
import { emptyMeeting, type Meeting } from '@/lib/meeting/meeting';

/*
 * The driegesprek's own cookies, next to the journey's: parties, consent and agreements,
 * split over one or two cookies (lib/meeting/codec.ts). Same rules: HttpOnly,
 * SameSite=Strict, on the person's device only, living as long as the journey's (a session
 * cookie unless the person chose to keep it: lib/journey/cookie.ts cookieOptions), validated
 * on every read; a value that does not validate is ignored (an empty meeting), never trusted.
 */

export { decodeMeeting, encodeMeeting, MEETING_COOKIE } from '@/lib/meeting/codec';

/** The meeting on this device, or null when there is none (or it could not be read). */
export async function readMeeting(): Promise<Meeting | null> {
  const jar = await cookies();
  return decodeMeetingCookies((name) => jar.get(name)?.value);
}

export const readMeetingOrEmpty = async (): Promise<Meeting> => (await readMeeting()) ?? emptyMeeting();

/**
 * Stores the meeting, and removes the chunks it no longer needs. Returns false, and changes
 * nothing, when it does not fit (only a meeting from outside the forms can get there).
 */
export async function writeMeeting(m: Meeting): Promise<boolean> {
  let chunks: string[];
  try {
    chunks = encodeMeeting(m);
  } catch (e) {
    if (e instanceof MeetingTooLarge) return false;
    throw e;
  }
  const [jar, options] = await Promise.all([cookies(), cookieOptions()]);
  storeChunks(jar, chunks, options);
  return true;
}

/** Removes the meeting: every chunk, and any draft of a refused form. */
export async function clearMeeting(): Promise<void> {
  const [jar, options] = await Promise.all([cookies(), cookieOptions()]);
  storeChunks(jar, [], options);
  await clearDraft();
}
