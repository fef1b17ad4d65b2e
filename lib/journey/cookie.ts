import { cookies, headers } from 'next/headers';
import { decodeSession, encodeSession, type Decoded, type Session } from '@/lib/journey/session';

/*
 * The one cookie this service sets: the journey, kept on the person's device so that pages
 * can be rendered with and without JavaScript and answers survive a closed tab or a
 * crash. HttpOnly (scripts cannot read it), SameSite=Strict (never sent from other sites),
 * Secure behind HTTPS, gone after 30 days or at "Wis mijn antwoorden". The server reads it
 * per request and keeps nothing.
 */

export const SESSION_COOKIE = 'routewijzer';
export const SESSION_MAX_AGE = 30 * 24 * 60 * 60;

/** Whether this request carried the session cookie at all (valid or not). */
export async function hasSessionCookie(): Promise<boolean> {
  return (await cookies()).has(SESSION_COOKIE);
}

/**
 * Marks the first page after an answer that arrived without the cookie: `?cookie=check`.
 * A harmless flag, never an answer. If that page then arrives without the cookie too, the
 * browser refused it (private mode, blocked cookies) and the page says so.
 */
export const COOKIE_CHECK = 'check';

export async function readSession(): Promise<Decoded> {
  return decodeSession((await cookies()).get(SESSION_COOKIE)?.value);
}

export async function writeSession(session: Session): Promise<void> {
  const secure = (await headers()).get('x-forwarded-proto') === 'https';
  (await cookies()).set(SESSION_COOKIE, encodeSession({ ...session, created: session.created ?? new Date().toISOString() }), {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: '/',
    maxAge: SESSION_MAX_AGE,
  });
}

export async function clearSession(): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE);
}
