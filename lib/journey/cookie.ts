import { cookies, headers } from 'next/headers';
import { decodeSession, encodeSession, type Decoded, type Session } from '@/lib/journey/session';

/*
 * The journey's cookie, kept on the person's device so that pages can be rendered with and
 * without JavaScript and answers survive a closed tab or a crash. HttpOnly (scripts cannot
 * read it), SameSite=Strict (never sent from other sites), Secure behind HTTPS. The server
 * reads it per request and keeps nothing.
 *
 * How long it lives is the person's choice (issue 13, item 12). Answers about someone's
 * health should not outlive their visit on a shared computer, so by default the cookies that
 * hold them are session cookies: gone when the browser closes. "Bewaar op dit apparaat"
 * (app/bewaren/route.ts) sets KEEP_COOKIE, and from then on they are written to last
 * KEEP_MAX_AGE; choosing it again undoes it. The plan file is the way to keep a plan longer.
 * "Wis mijn antwoorden" removes all of them at once.
 */

import { KEEP_COOKIE, KEEP_MAX_AGE, SESSION_COOKIE } from '@/lib/journey/cookie-names';

export { KEEP_COOKIE, KEEP_MAX_AGE, SESSION_COOKIE };

export type CookieOptions = { httpOnly: true; sameSite: 'strict'; secure: boolean; path: '/'; maxAge?: number };

/** The options of every cookie that holds answers: a session cookie unless the person chose to keep them. */
export function answerCookieOptions(secure: boolean, keep: boolean): CookieOptions {
  return { httpOnly: true, sameSite: 'strict', secure, path: '/', ...(keep ? { maxAge: KEEP_MAX_AGE } : {}) };
}

/** The options for this request: Secure behind HTTPS, and the lifetime the person chose. */
export async function cookieOptions(): Promise<CookieOptions> {
  const secure = (await headers()).get('x-forwarded-proto') === 'https';
  return answerCookieOptions(secure, await keptOnDevice());
}

/** Whether the person chose to keep their answers on this device. */
export async function keptOnDevice(): Promise<boolean> {
  return (await cookies()).get(KEEP_COOKIE)?.value === '1';
}

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
  const options = await cookieOptions();
  (await cookies()).set(SESSION_COOKIE, encodeSession({ ...session, created: session.created ?? new Date().toISOString() }), options);
}

/** Removes the journey and the choice to keep it. */
export async function clearSession(): Promise<void> {
  const jar = await cookies();
  jar.delete(SESSION_COOKIE);
  jar.delete(KEEP_COOKIE);
}
