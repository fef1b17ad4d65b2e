import { cookies, headers } from 'next/headers';
import { SESSION_MAX_AGE } from '@/lib/journey/cookie';
import { decodeCookieValue, encodeCookieValue } from '@/lib/journey/session';
import { emptyMeeting, meetingSchema, type Meeting } from '@/lib/meeting/meeting';

/*
 * The driegesprek's own cookie, next to the journey's: parties, consent and agreements.
 * Same rules: HttpOnly, SameSite=Strict, on the person's device only, validated on every
 * read; a value that does not validate is ignored (an empty meeting), never trusted.
 */

export const MEETING_COOKIE = 'routewijzer-gesprek';

export const encodeMeeting = (m: Meeting): string => encodeCookieValue(m);

export const decodeMeeting = (raw: string | undefined): Meeting | null => (raw ? (decodeCookieValue(raw, meetingSchema) ?? null) : null);

/** The meeting on this device, or null when there is none (or it could not be read). */
export async function readMeeting(): Promise<Meeting | null> {
  return decodeMeeting((await cookies()).get(MEETING_COOKIE)?.value);
}

export const readMeetingOrEmpty = async (): Promise<Meeting> => (await readMeeting()) ?? emptyMeeting();

export async function writeMeeting(m: Meeting): Promise<void> {
  const secure = (await headers()).get('x-forwarded-proto') === 'https';
  (await cookies()).set(MEETING_COOKIE, encodeMeeting(m), { httpOnly: true, sameSite: 'strict', secure, path: '/', maxAge: SESSION_MAX_AGE });
}

export async function clearMeeting(): Promise<void> {
  (await cookies()).delete(MEETING_COOKIE);
}
