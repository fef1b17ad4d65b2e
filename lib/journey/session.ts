import { z } from 'zod';
import { answersSchema } from '@/lib/answers/schema';
import { RESULTS } from '@/lib/catalogue/schema';
import { QUESTION_IDS, type QuestionId } from '@/lib/journey/questions';
import { FIRST_STATE, initialContext, MAX_HISTORY, STATE_KEYS, type JourneyContext, type StateKey } from '@/machines/route-machine';
import { MODES } from '@/lib/journey/modes';

/*
 * The journey as it is kept on the person's device (a cookie the server reads to render
 * pages; see lib/journey/cookie.ts). Versioned, size-bounded and validated on every read:
 * a corrupted or tampered value is never trusted, it starts a fresh journey with a message.
 */

export const SESSION_VERSION = 1;
/** Browsers keep cookies up to 4096 bytes; stay well below. */
export const MAX_ENCODED_BYTES = 3800;

export const routeIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(60);
// A place the statechart no longer has (an older version's question) is not a reason to drop the answers.
const stateKey = z.enum(STATE_KEYS as [StateKey, ...StateKey[]]);

export const journeyContextSchema = z.strictObject({
  answers: answersSchema,
  answered: z.array(z.enum(QUESTION_IDS as [QuestionId, ...QuestionId[]])).max(QUESTION_IDS.length),
  returnToCheck: z.boolean(),
  crisisAcknowledged: z.boolean(),
  helpFrom: z.enum(['crisis-question', 'elsewhere']).nullable(),
  chosenRoute: routeIdSchema.nullable(),
  suggested: z.array(routeIdSchema).max(20),
  lastResult: z.enum(RESULTS).nullable(),
  history: z.array(z.strictObject({ route: routeIdSchema, result: z.enum(RESULTS), date: z.iso.date() })).max(MAX_HISTORY),
});

export const sessionSchema = z.strictObject({
  v: z.literal(SESSION_VERSION),
  /** The statechart state the person was last in, e.g. "journey.situation.age". */
  state: stateKey.catch(FIRST_STATE),
  /** The journey state before the help page, to return to. */
  back: stateKey.nullable().catch(null),
  context: journeyContextSchema,
  /** How the journey was made (absent: by the person alone) and when it began. */
  mode: z.enum(MODES).optional(),
  created: z.iso.datetime({ offset: true }).optional(),
});
export type Session = z.infer<typeof sessionSchema>;

export type Decoded = { status: 'empty' | 'ok' | 'corrupt'; session: Session };

export const freshSession = (): Session => ({ v: SESSION_VERSION, state: FIRST_STATE, back: null, context: initialContext() });

/** A value as a cookie holds it: JSON in base64url, at most MAX_ENCODED_BYTES (throws beyond). */
export function encodeCookieValue(value: unknown): string {
  const text = Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
  if (text.length > MAX_ENCODED_BYTES) throw new Error(`cookie value too large (${text.length} bytes)`);
  return text;
}

/** The value of a cookie if it is well-formed and passes `schema`; undefined otherwise. */
export function decodeCookieValue<T>(raw: string, schema: z.ZodType<T>): T | undefined {
  if (raw.length > MAX_ENCODED_BYTES || !/^[A-Za-z0-9_-]+$/.test(raw)) return undefined;
  try {
    const r = schema.safeParse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
    return r.success ? r.data : undefined;
  } catch {
    return undefined;
  }
}

export const encodeSession = (s: Session): string => encodeCookieValue(s);

export function decodeSession(raw: string | undefined): Decoded {
  if (raw === undefined || raw === '') return { status: 'empty', session: freshSession() };
  const session = decodeCookieValue(raw, sessionSchema) as (Session & { context: JourneyContext }) | undefined;
  return session ? { status: 'ok', session } : { status: 'corrupt', session: freshSession() };
}
