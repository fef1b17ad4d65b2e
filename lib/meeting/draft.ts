import { cookies, headers } from 'next/headers';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { z } from 'zod';
import { localePath } from '@/lib/i18n/locale';
import { requestLocale } from '@/lib/i18n/server';
import { MAX_SHORT_COOKIE } from '@/lib/meeting/codec';
import { PARTIES, TEXT_LIMITS } from '@/lib/meeting/meeting';

/*
 * What was typed in a driegesprek form that was refused, so that the page shows it again,
 * with and without JavaScript. The URL carries only the error codes (nothing typed ends up in
 * browser history or logs); the words travel in a cookie that lives one minute, is HttpOnly
 * and SameSite=Strict, is sent only to the driegesprek page, and is read only when the URL
 * carries an error. At most MAX_SHORT_COOKIE characters (see lib/meeting/codec.ts for the
 * header budget); a draft that would be larger is not kept (the message still shows).
 */

export const DRAFT_COOKIE = 'routewijzer-concept';
const MAX_AGE_SECONDS = 60;
const PAGE = '/driegesprek';

const draftSchema = z.strictObject({
  who: z.string().max(TEXT_LIMITS.who).optional(),
  what: z.string().max(TEXT_LIMITS.what).optional(),
  when: z.string().max(10).optional(),
  next: z.string().max(10).optional(),
  purpose: z.string().max(TEXT_LIMITS.purpose).optional(),
  parties: z.array(z.string().max(40)).max(20).optional(),
  share: z.array(z.string().max(40)).max(20).optional(),
  /** The people form: per party, [name, contact] as typed. */
  people: z.array(z.tuple([z.string().max(40), z.string().max(TEXT_LIMITS.name), z.string().max(TEXT_LIMITS.contact)])).max(PARTIES.length).optional(),
});
export type Draft = z.infer<typeof draftSchema>;

/** The draft of a form: its text fields as typed, cut to the fields' character limits (a browser's maxlength). */
export function draftFromForm(form: FormData): Draft {
  const text = (k: 'who' | 'what' | 'purpose' | 'when' | 'next') => {
    const v = form.get(k);
    return typeof v === 'string' ? v.slice(0, k === 'when' || k === 'next' ? 10 : TEXT_LIMITS[k]) : undefined;
  };
  const list = (k: string) => (form.has(k) ? form.getAll(k).map((v) => String(v).slice(0, 40)).slice(0, 20) : undefined);
  const typed = (k: string, max: number) => String(form.get(k) ?? '').slice(0, max);
  const people = PARTIES.filter((p) => form.has(`name-${p}`) || form.has(`contact-${p}`)).map((p): [string, string, string] => [p, typed(`name-${p}`, TEXT_LIMITS.name), typed(`contact-${p}`, TEXT_LIMITS.contact)]);
  const d: Draft = {
    who: text('who'),
    what: text('what'),
    when: text('when'),
    next: text('next'),
    purpose: text('purpose'),
    parties: list('parties'),
    share: list('share'),
    people: people.length ? people : undefined,
  };
  return Object.fromEntries(Object.entries(d).filter(([, v]) => v !== undefined)) as Draft;
}

/** The cookie value for a draft, or undefined when it would be larger than MAX_SHORT_COOKIE. */
export function encodeDraft(d: Draft): string | undefined {
  const value = deflateRawSync(Buffer.from(JSON.stringify(draftSchema.parse(d)), 'utf8')).toString('base64url');
  return value.length <= MAX_SHORT_COOKIE ? value : undefined;
}

export function decodeDraft(raw: string | undefined): Draft | undefined {
  if (!raw || raw.length > MAX_SHORT_COOKIE || !/^[A-Za-z0-9_-]+$/.test(raw)) return undefined;
  try {
    const r = draftSchema.safeParse(JSON.parse(inflateRawSync(Buffer.from(raw, 'base64url'), { maxOutputLength: 16 * 1024 }).toString('utf8')));
    return r.success ? r.data : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps what was typed in a refused form for the page it goes back to. */
export async function keepDraft(form: FormData): Promise<void> {
  const value = encodeDraft(draftFromForm(form));
  const jar = await cookies();
  const path = localePath(await requestLocale(), PAGE);
  if (value === undefined) return void jar.delete({ name: DRAFT_COOKIE, path });
  const secure = (await headers()).get('x-forwarded-proto') === 'https';
  jar.set(DRAFT_COOKIE, value, { httpOnly: true, sameSite: 'strict', secure, path, maxAge: MAX_AGE_SECONDS });
}

/** The draft this request carries, if any. */
export async function readDraft(): Promise<Draft | undefined> {
  return decodeDraft((await cookies()).get(DRAFT_COOKIE)?.value);
}

/**
 * Forgets a draft (after a form was accepted, or when the meeting is cleared). A response can
 * set a cookie name once, so only the current language's page is cleared; a draft under the
 * other language's path is gone within the minute anyway.
 */
export async function clearDraft(): Promise<void> {
  const jar = await cookies();
  if (jar.has(DRAFT_COOKIE)) jar.delete({ name: DRAFT_COOKIE, path: localePath(await requestLocale(), PAGE) });
}
