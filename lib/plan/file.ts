import { z } from 'zod';
import { consentFromFile, meetingSchema, type Meeting } from '@/lib/meeting/meeting';
import { journeyContextSchema, routeIdSchema, SESSION_VERSION, type Session } from '@/lib/journey/session';
import { FIRST_STATE, initialContext, type JourneyContext } from '@/machines/route-machine';
import { step } from '@/lib/journey/flow';
import { journeyRuntime } from '@/lib/journey/runtime';
import { MODES } from '@/lib/journey/modes';
import type { Locale } from '@/lib/i18n/locale';
import { translator } from '@/lib/i18n/translator';
import { hasValidSignature, signatureOf } from '@/lib/plan/signature';

/*
 * The portable plan: a JSON file the person keeps on their own device and opens again
 * later to continue at the assessment step (stap 5). Nothing of it is stored on the
 * server: the file is read once, checked, and turned into the person's own cookies.
 *
 * Versioned. Version 2 is written today; version 1 (no mode, meeting or suggestions) is
 * still read and migrated. The JSON Schema at /api/v1/plan-schema (and docs/plan.schema.json) is derived from
 * `planFileSchema`, so the two cannot drift.
 *
 * Consent in a file is only a claim: anyone can edit the JSON. Where ROUTEWIJZER_PLAN_SECRET is
 * set, a saved file carries a signature (lib/plan/signature.ts); opened again unchanged, its
 * consent counts as recorded. Otherwise every consent record opens marked as read from a file
 * (source 'file'), and the driegesprek asks each party to confirm it again.
 */

export const PLAN_FORMAT = 'routewijzer-werk-plan';
export const PLAN_VERSION = 2;
export const MAX_PLAN_BYTES = 1_000_000;

/** The journey as the session cookie holds it: what a plan file accepts always fits back in the cookie. */
const journeySchema = journeyContextSchema.pick({ answers: true, answered: true, chosenRoute: true, suggested: true, lastResult: true, history: true });
const catalogueRef = z.strictObject({ version: z.string().max(40), date: z.string().max(40) });

export const planFileSchema = z
  .strictObject({
    format: z.literal(PLAN_FORMAT),
    version: z.literal(PLAN_VERSION),
    /** When the journey started and when the file was saved (ISO 8601). */
    created: z.iso.datetime({ offset: true }),
    saved: z.iso.datetime({ offset: true }),
    /** Who made it: the person alone, a klantmanager's intake, or a driegesprek. */
    mode: z.enum(MODES),
    /** The catalogue the advice came from. */
    catalogue: catalogueRef,
    /** Answers, chosen route, routes suggested after the last result, and earlier routes, oldest first. */
    journey: journeySchema,
    /** The driegesprek: parties, consent, agreements, next meeting; null outside it. */
    meeting: meetingSchema.nullable(),
    /**
     * HMAC-SHA256 (hex) over the rest of the file, by the deployment that saved it. Optional:
     * without it, or when it does not match, the file opens with its consent marked as from a file.
     */
    signature: z
      .string()
      .max(128)
      .optional()
      .meta({ description: 'HMAC-SHA256 (hex) over the rest of the file, by the deployment that saved it; without a valid one, consent in the file is not taken as recorded.' }),
  })
  .meta({ title: 'Routewijzer werk: plan', description: 'A plan saved by Routewijzer werk on the person’s own device.' });
export type PlanFile = z.infer<typeof planFileSchema>;

/** Version 1, as written before the driegesprek existed. Read only, to migrate. */
export const planFileV1Schema = z.strictObject({
  format: z.literal(PLAN_FORMAT),
  version: z.literal(1),
  saved: z.iso.date(),
  answers: journeyContextSchema.shape.answers,
  answered: journeyContextSchema.shape.answered,
  route: routeIdSchema.nullable(),
  history: journeyContextSchema.shape.history,
});
export type PlanFileV1 = z.infer<typeof planFileV1Schema>;

export function migrateV1(v1: PlanFileV1): PlanFile {
  const at = `${v1.saved}T00:00:00Z`;
  return {
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    created: at,
    saved: at,
    mode: 'zelf',
    catalogue: { version: 'onbekend', date: 'onbekend' },
    journey: {
      answers: v1.answers,
      answered: v1.answered,
      chosenRoute: v1.route,
      suggested: [],
      lastResult: v1.history.at(-1)?.result ?? null,
      history: v1.history,
    },
    meeting: null,
  };
}

export type PlanFileError =
  | { code: 'empty' }
  | { code: 'too-large'; bytes: number }
  | { code: 'not-json' }
  | { code: 'not-a-plan' }
  | { code: 'unknown-version'; version?: string }
  | { code: 'invalid'; fields: string[] }
  | { code: 'unknown-route'; route?: string };

export type ParsedPlan = { ok: true; plan: PlanFile; migratedFrom?: number } | { ok: false; error: PlanFileError };

/** The field name an `invalid` error gives when the file as a whole is wrong (shown in the reader's language). */
export const WHOLE_FILE = '(root)';

const fieldPath = (path: readonly PropertyKey[]) => path.map(String).join('.') || WHOLE_FILE;

/** How deep a plan file may nest arrays and objects (its own structure needs 6). */
export const MAX_NESTING = 32;

/** Whether the JSON text nests arrays or objects deeper than `max` (strings skipped; linear, no recursion). */
export function nestingExceeds(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}

/**
 * Reads a plan file's text. `knownRoutes`: the catalogue's ids; a plan that names a route
 * the catalogue does not know is refused (hand-edited, or from a newer catalogue).
 */
export function parsePlanFile(text: string, knownRoutes: ReadonlySet<string>): ParsedPlan {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_PLAN_BYTES) return { ok: false, error: { code: 'too-large', bytes } };
  if (text.trim() === '') return { ok: false, error: { code: 'empty' } };
  // A plan file nests a few levels deep; anything deeper is not ours, and is refused before
  // any code walks it (String() of a deeply nested `version` overflowed the stack: a 500).
  if (nestingExceeds(text, MAX_NESTING)) return { ok: false, error: { code: 'not-a-plan' } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json) || (json as { format?: unknown }).format !== PLAN_FORMAT) {
    return { ok: false, error: { code: 'not-a-plan' } };
  }
  const version = (json as { version?: unknown }).version;
  let plan: PlanFile;
  let migratedFrom: number | undefined;
  if (version === PLAN_VERSION || version === 1) {
    const r = version === 1 ? planFileV1Schema.safeParse(json) : planFileSchema.safeParse(json);
    if (!r.success) {
      const fields = [...new Set(r.error.issues.map((i) => fieldPath(i.path)))].slice(0, 5);
      return { ok: false, error: { code: 'invalid', fields } };
    }
    plan = version === 1 ? migrateV1(r.data as PlanFileV1) : (r.data as PlanFile);
    if (version === 1) migratedFrom = 1;
  } else {
    return { ok: false, error: { code: 'unknown-version', version: typeof version === 'number' || typeof version === 'string' ? String(version).slice(0, 20) : undefined } };
  }
  const j = plan.journey;
  for (const id of [j.chosenRoute, ...j.suggested, ...j.history.map((h) => h.route)]) {
    if (id !== null && !knownRoutes.has(id)) return { ok: false, error: { code: 'unknown-route', route: id } };
  }
  return migratedFrom ? { ok: true, plan, migratedFrom } : { ok: true, plan };
}

/** What the person reads when a plan file cannot be opened: what is wrong, and that nothing changed. */
export function planFileErrorText(e: PlanFileError, locale: Locale): string {
  const t = translator(locale, 'planFile');
  switch (e.code) {
    case 'too-large':
      return t('errors.too-large', { kb: String(Math.ceil(e.bytes / 1024)) });
    // Details come with the file's own upload (lib/plan/error-query.ts); without them, general words.
    case 'unknown-version':
      return e.version ? t('errors.unknown-version', { version: e.version }) : t('errors.unknownVersionGeneral');
    case 'invalid':
      return e.fields.length
        ? t('errors.invalid', { fields: e.fields.map((f) => (f === WHOLE_FILE ? t('errors.wholeFile') : f)).join(', ') })
        : t('errors.invalidGeneral');
    case 'unknown-route':
      return e.route ? t('errors.unknown-route', { route: e.route }) : t('errors.unknownRouteGeneral');
    default:
      return t(`errors.${e.code}`);
  }
}

/** The JSON Schema of the current version, derived from the zod schema. */
export function planJsonSchema(): unknown {
  return z.toJSONSchema(planFileSchema, { target: 'draft-2020-12', io: 'input' });
}

/* ---------- between the plan file and the person's cookies ---------- */

export type Saved = { session: Session; meeting: Meeting | null };

/** A plan file for what this device holds now; signed when a `secret` is given (lib/plan/signature.ts planSecret). */
export function toPlanFile({ session, meeting }: Saved, catalogue: { version: string; date: string }, now: Date, secret?: string): PlanFile {
  const c = session.context;
  const saved = now.toISOString();
  const plan: PlanFile = {
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    created: session.created ?? saved,
    saved,
    mode: meeting ? 'driegesprek' : (session.mode ?? 'zelf'),
    catalogue: { version: catalogue.version, date: catalogue.date },
    journey: {
      answers: c.answers,
      answered: c.answered,
      chosenRoute: c.chosenRoute,
      suggested: c.suggested,
      lastResult: c.lastResult,
      history: c.history,
    },
    meeting,
  };
  return secret ? { ...plan, signature: signatureOf(plan, secret) } : plan;
}

/**
 * What opening a plan file puts on the device: the journey at the assessment step (stap 5)
 * when a route was chosen, else at the advice (stap 3), unless a question is still open. The meeting's consent is kept as
 * recorded only when the file carries a valid signature for `secret`; otherwise (no secret,
 * no signature, or a wrong one) every consent record is marked as read from a file.
 */
export function fromPlanFile(plan: PlanFile, secret?: string): Saved {
  const j = plan.journey;
  const context: JourneyContext = {
    ...initialContext(),
    answers: j.answers,
    answered: j.answered,
    chosenRoute: j.chosenRoute,
    suggested: j.suggested,
    lastResult: j.lastResult,
    history: j.history,
    // Whoever finished a journey has seen the crisis page already, if it applied.
    crisisAcknowledged: j.answers.situation.crisis === true,
  };
  const fresh: Session = { v: SESSION_VERSION, state: FIRST_STATE, back: null, context: initialContext() };
  // The statechart places the journey (answers.import): normally stap 5 or 3, or a question
  // the shipped catalogue now asks that the file does not answer.
  const { machine } = journeyRuntime();
  const placed = step(machine, fresh, FIRST_STATE, [{ type: 'answers.import', context }]).session;
  const session: Session = { ...placed, back: null, mode: plan.mode, created: plan.created };
  const meeting = plan.meeting && (hasValidSignature(plan, secret) ? plan.meeting : consentFromFile(plan.meeting));
  return { session, meeting };
}

export const planFileName = (now: Date) => `plan-routewijzer-werk-${now.toISOString().slice(0, 10)}.json`;
