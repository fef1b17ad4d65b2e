import { cookies, headers } from 'next/headers';
import { SESSION_MAX_AGE } from '@/lib/journey/cookie';
import { emptyMeeting, meetingSchema, type Meeting } from '@/lib/meeting/meeting';

/*
 * The driegesprek's own cookie, next to the journey's: parties, consent and agreements.
 * Same rules: HttpOnly, SameSite=Strict, on the person's device only, validated on every
 * read; a value that does not validate is ignored (an empty meeting), never trusted.
 */

export const MEETING_COOKIE = 'routewijzer-gesprek';
const MAX_BYTES = 3800;

export function encodeMeeting(m: Meeting): string {
  const text = Buffer.from(JSON.stringify(m), 'utf8').toString('base64url');
  if (text.length > MAX_BYTES) throw new Error(`meeting too large (${text.length} bytes)`);
  return text;
}

export function decodeMeeting(raw: string | undefined): Meeting | null {
  if (!raw || raw.length > MAX_BYTES || !/^[A-Za-z0-9_-]+$/.test(raw)) return null;
  try {
    const r = meetingSchema.safeParse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

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
