import { cookies } from 'next/headers';
import { answerCookieOptions, KEEP_COOKIE, KEEP_MAX_AGE, SESSION_COOKIE } from '@/lib/journey/cookie';
import { localePath } from '@/lib/i18n/locale';
import { requestLocale } from '@/lib/i18n/server';
import { MEETING_COOKIE } from '@/lib/meeting/cookie';

export const dynamic = 'force-dynamic';

/** A page of this site to go back to: a plain local path, nothing else (no open redirect). */
const BACK = /^\/[a-z0-9\-/]{0,100}$/;
/** A cookie value as this site writes them (base64url, lib/journey/session.ts; meeting chunks add dots, lib/meeting/codec.ts). */
const VALUE = /^[A-Za-z0-9_.-]{1,4096}$/;

/**
 * "Bewaar op dit apparaat" and its undo (lib/journey/cookie.ts explains the choice). Sets or
 * removes the choice, and writes the cookies that hold answers again with the lifetime that
 * now applies: 30 days, or until the browser closes. Then back to the page the form was on.
 * Works the same with and without JavaScript; anything but the two choices is a 400.
 */
export async function POST(request: Request) {
  const locale = await requestLocale();
  let keep: boolean;
  let back = '/';
  try {
    const form = await request.formData();
    const choice = form.get('bewaar');
    if (choice !== 'ja' && choice !== 'nee') throw new Error('no choice');
    keep = choice === 'ja';
    const to = form.get('terug');
    if (typeof to === 'string' && BACK.test(to) && !to.startsWith('//')) back = to;
  } catch {
    return new Response(locale === 'en' ? 'Choose whether to keep your answers on this device.' : 'Kies of je je antwoorden op dit apparaat wilt bewaren.', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
  // The same cookie store and options every other write uses (lib/journey/cookie.ts).
  const options = answerCookieOptions(request.headers.get('x-forwarded-proto') === 'https', keep);
  const jar = await cookies();
  if (keep) jar.set(KEEP_COOKIE, '1', { ...options, maxAge: KEEP_MAX_AGE });
  else jar.delete(KEEP_COOKIE);
  for (const { name, value } of jar.getAll()) {
    const holdsAnswers = name === SESSION_COOKIE || name === MEETING_COOKIE || name.startsWith(`${MEETING_COOKIE}.`);
    if (holdsAnswers && VALUE.test(value)) jar.set(name, value, options);
  }
  const headers = new Headers({ Location: localePath(locale, back), 'Cache-Control': 'no-store' });
  return new Response(null, { status: 303, headers });
}
