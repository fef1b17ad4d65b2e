import { z } from 'zod';
import type { RegionTable } from '@/lib/regions/regions';
import {
  BENEFITS,
  CARE_LEVELS,
  CARE_PROVIDERS,
  CONDITIONS,
  GOALS,
  SEVERITIES,
  SUPPORTS,
  TARGET_GROUP_REGISTER,
  WORK_SITUATIONS,
  MIN_AGE,
  MAX_AGE,
} from '@/lib/answers/schema';

/*
 * One catalogue entry (a "route" to work) and everything it may say.
 *
 * Rules every entry follows, enforced here or by the loader:
 * - every fact carries `src`: seed references ("004:1438-1440": seed file 004, lines
 *   1438 to 1440) or public-source ids ("pub:113") listed in content/public-sources.yaml;
 *   an optional `quote` must occur verbatim in the cited lines;
 * - where the seeds are silent the field is `{ unknown: true, askAt }`, shown to people
 *   as "onbekend, vraag na bij …", never a guess;
 * - eligibility is data the engine evaluates, with three outcomes per criterion
 *   (pass, ask, fail) — see lib/engine/evaluate.ts.
 */

export const SEED_IDS = ['000', '001', '002', '003', '004'] as const;
export type SeedId = (typeof SEED_IDS)[number];

export const seedRefPattern = /^(000|001|002|003|004):(\d+)(?:-(\d+))?$/;
export const publicRefPattern = /^pub:([a-z0-9-]+)$/;

export const sourceRefSchema = z
  .string()
  .refine((s) => seedRefPattern.test(s) || publicRefPattern.test(s), {
    message: 'A source is "SEED:LINE", "SEED:FROM-TO" (e.g. "004:1438-1440") or "pub:<id>".',
  });
export const srcSchema = z.array(sourceRefSchema).min(1, 'Every fact needs at least one source.');

const sourced = {
  src: srcSchema,
  /** Words copied verbatim from the cited lines; the loader checks they are there. */
  quote: z.string().min(4).optional(),
};

/** Who to ask when the seeds are silent. */
export const ASK_AT = [
  'uwv',
  'gemeente',
  'behandelaar',
  'huisarts',
  'provider',
  'werkgever',
  'bedrijfsarts',
] as const;
export type AskAt = (typeof ASK_AT)[number];

export const factSchema = z.strictObject({ text: z.string().min(1), ...sourced });
export const unknownSchema = z.strictObject({
  unknown: z.literal(true),
  askAt: z.enum(ASK_AT),
  /** Optional: what is known around the gap, e.g. "the seeds give 18 months for WGA only". */
  note: z.string().optional(),
});
export const factOrUnknownSchema = z.union([factSchema, unknownSchema]);
export type Fact = z.infer<typeof factSchema>;
export type Unknown = z.infer<typeof unknownSchema>;
export type FactOrUnknown = z.infer<typeof factOrUnknownSchema>;

export const isUnknown = (f: FactOrUnknown): f is Unknown => 'unknown' in f;

/* ---------- eligibility ---------- */

/** Plain-Dutch reason texts that override the engine's generated ones. */
const reasonTexts = z
  .strictObject({
    pass: z.string().min(1).optional(),
    ask: z.string().min(1).optional(),
    fail: z.string().min(1).optional(),
  })
  .optional();

const openCriterion = z.strictObject({ open: z.literal(true), ...sourced, note: z.string().optional() });

/**
 * A criterion over one enum answer. A value in `in` passes, a value in `ask` makes the
 * route conditional (something to check), any other known value fails. A missing or
 * "unknown" answer is always `ask`.
 */
function enumCriterion<const T extends readonly [string, ...string[]]>(values: T) {
  const value = z.enum(values);
  return z.union([
    openCriterion,
    unknownSchema,
    z
      .strictObject({
        /** May be empty: then the route is at best conditional ("check with …"). */
        in: z.array(value),
        ask: z.array(value).optional(),
        ...sourced,
        note: z.string().optional(),
        reason: reasonTexts,
      })
      .refine((c) => c.in.length + (c.ask?.length ?? 0) > 0, 'A criterion needs values in `in` or `ask`.'),
  ]);
}

const ageCriterion = z.union([
  openCriterion,
  unknownSchema,
  z
    .strictObject({
      min: z.number().int().min(MIN_AGE).max(MAX_AGE).optional(),
      max: z.number().int().min(MIN_AGE).max(MAX_AGE).optional(),
      /** Ages inside the range where the sources disagree: shown as "check". */
      askAges: z.array(z.number().int()).optional(),
      ...sourced,
      note: z.string().optional(),
      reason: reasonTexts,
    })
    .refine((a) => a.min !== undefined || a.max !== undefined, 'An age criterion needs min or max.')
    .refine((a) => a.min === undefined || a.max === undefined || a.min <= a.max, 'min must be <= max.'),
]);

/**
 * Where a route is offered. Region names are arbeidsmarktregio names from
 * content/regions/gemeenten.csv; gemeenten are 4-digit CBS codes. When `gemeenten` is
 * given, the route is certain there and only "ask" elsewhere in the listed regions.
 */
export const regionsSchema = z.discriminatedUnion('scope', [
  z.strictObject({ scope: z.literal('nationwide'), ...sourced, note: z.string().optional() }),
  z.strictObject({ scope: z.literal('online'), ...sourced, note: z.string().optional() }),
  z.strictObject({
    scope: z.literal('regional'),
    arbeidsmarktregios: z.array(z.string().min(1)).min(1),
    gemeenten: z.array(z.string().regex(/^\d{4}$/)).optional(),
    ...sourced,
    note: z.string().optional(),
    reason: reasonTexts,
  }),
  z.strictObject({ scope: z.literal('unknown'), askAt: z.enum(ASK_AT), note: z.string().optional() }),
]);
export type Regions = z.infer<typeof regionsSchema>;

/** Fields an `other` criterion may test. */
export const testSchema = z.discriminatedUnion('field', [
  z.strictObject({ field: z.literal('benefit'), in: z.array(z.enum(BENEFITS)).min(1), ask: z.array(z.enum(BENEFITS)).optional() }),
  z.strictObject({ field: z.literal('work'), in: z.array(z.enum(WORK_SITUATIONS)).min(1), ask: z.array(z.enum(WORK_SITUATIONS)).optional() }),
  /** For rules that tie severity to another answer (IPS: mild or moderate complaints only with specialist care). */
  z.strictObject({ field: z.literal('severity'), in: z.array(z.enum(SEVERITIES)).min(1), ask: z.array(z.enum(SEVERITIES)).optional() }),
  z.strictObject({ field: z.literal('care'), in: z.array(z.enum(CARE_LEVELS)).min(1), ask: z.array(z.enum(CARE_LEVELS)).optional() }),
  z.strictObject({ field: z.literal('careProvider'), in: z.array(z.enum(CARE_PROVIDERS)).min(1), ask: z.array(z.enum(CARE_PROVIDERS)).optional() }),
  z.strictObject({
    field: z.literal('targetGroupRegister'),
    in: z.array(z.enum(TARGET_GROUP_REGISTER)).min(1),
    ask: z.array(z.enum(TARGET_GROUP_REGISTER)).optional(),
  }),
  z.strictObject({ field: z.literal('careOverOneYear'), in: z.array(z.boolean()).min(1), ask: z.array(z.boolean()).optional() }),
  z.strictObject({ field: z.literal('dayActivities'), in: z.array(z.boolean()).min(1), ask: z.array(z.boolean()).optional() }),
  z.strictObject({ field: z.literal('multipleProblems'), in: z.array(z.boolean()).min(1), ask: z.array(z.boolean()).optional() }),
  z.strictObject({ field: z.literal('veteran'), in: z.array(z.boolean()).min(1), ask: z.array(z.boolean()).optional() }),
  z.strictObject({ field: z.literal('crisis'), in: z.array(z.boolean()).min(1), ask: z.array(z.boolean()).optional() }),
]);
export type Test = z.infer<typeof testSchema>;

/**
 * A criterion that combines answers: it holds when any clause holds, and a clause holds
 * when all its tests hold (e.g. jobcoaching: "Wajong or WGA" or "bijstand and in the
 * doelgroepregister").
 */
export const otherCriterionSchema = z.strictObject({
  /** Short professional label, e.g. "Doelgroep banenafspraak". */
  label: z.string().min(1),
  anyOf: z.array(z.array(testSchema).min(1)).min(1),
  ...sourced,
  note: z.string().optional(),
  reason: z.strictObject({ pass: z.string().min(1), ask: z.string().min(1), fail: z.string().min(1) }),
});
export type OtherCriterion = z.infer<typeof otherCriterionSchema>;

export const eligibilitySchema = z.strictObject({
  condition: enumCriterion(CONDITIONS),
  /** Only mild/moderate/severe are meaningful here; "unknown" answers are always "ask". */
  severity: enumCriterion(SEVERITIES),
  age: ageCriterion,
  benefit: enumCriterion(BENEFITS),
  care: enumCriterion(CARE_LEVELS),
  /** Only for routes tied to named care providers; absent means any provider. */
  careProvider: enumCriterion(CARE_PROVIDERS).optional(),
  work: enumCriterion(WORK_SITUATIONS),
  goal: enumCriterion(GOALS),
  other: z.array(otherCriterionSchema).default([]),
});
export type Eligibility = z.infer<typeof eligibilitySchema>;

/* ---------- what it offers, what it yields ---------- */

export const KINDS = [
  'uwv-service',
  'municipal-service',
  'integrated-care-work',
  'jobcoaching',
  'stepwise',
  'training',
  'workplace',
  'support-tool',
  // Not routes to work on their own (issue 18): never a first step, a then-step or an alternative.
  /** Something an employer, gemeente or UWV arranges around a placement (proefplaatsing, loonkostensubsidie). */
  'instrument',
  /** A rule that protects a benefit while a person tries work (Simpel Switchen). */
  'safety-net',
  /** An evidence-based type of help without a named Dutch provider: "vraag naar …", never a programme to sign up for. */
  'kind-of-help',
] as const;
export type Kind = (typeof KINDS)[number];

/** Kinds that go along with a route to work rather than being one (rank.ts tiers, route.ts lists). */
export const COMPANION_KINDS = ['support-tool', 'instrument', 'safety-net', 'kind-of-help'] as const satisfies readonly Kind[];
export type CompanionKind = (typeof COMPANION_KINDS)[number];
/** A route a person can take to work (or to keep it), as opposed to a companion of one. */
export const isRouteToWork = (kind: Kind): boolean => !(COMPANION_KINDS as readonly Kind[]).includes(kind);

export const STUDY_TYPES = [
  'meta-analysis',
  'review',
  'rct',
  'controlled',
  'cohort',
  'monitoring',
  'evaluation',
  'feasibility',
] as const;
export type StudyType = (typeof STUDY_TYPES)[number];

/** What a figure counts; figures of different kinds are never put on one axis. */
export const MEASURES = [
  'paid-work',
  'completed-successfully',
  'still-working',
  'return-to-work',
  'work-or-education',
  'other',
] as const;
export type Measure = (typeof MEASURES)[number];

export const outcomeSchema = z
  .strictObject({
    /** A percentage, 0–100; the lower bound when the source gives a range (see `max`). */
    value: z.number().min(0).max(100),
    /**
     * The upper bound when the source gives a range, not one number ("twee derde tot
     * driekwart": value 66.7, max 75). Pages then show the range, never one of its ends alone.
     */
    max: z.number().min(0).max(100).optional(),
    measure: z.enum(MEASURES),
    /** Plain Dutch, completes "van de 100 mensen … {text}", e.g. "vonden betaald werk". */
    text: z.string().min(1),
    /** Who was studied, plain Dutch. */
    population: z.string().min(1),
    /** When it was measured, e.g. "na 12 maanden"; omit when the source is silent. */
    timeframe: z.string().optional(),
    comparison: z.strictObject({ value: z.number().min(0).max(100), label: z.string().min(1) }).optional(),
    /** The study or report, as the seed cites it, e.g. "De Winter et al. (2022)". */
    study: z.string().min(1),
    /** Year of the study or measurement; "unknown" when the seeds do not give it. */
    year: z.union([z.number().int().min(1980).max(2030), z.literal('unknown')]),
    studyType: z.enum(STUDY_TYPES),
    n: z.number().int().positive().optional(),
    ...sourced,
  })
  .refine((o) => o.max === undefined || o.max > o.value, { message: 'max must be above value (the lower bound of the range).', path: ['max'] });
export type Outcome = z.infer<typeof outcomeSchema>;

export const EVIDENCE_LEVELS = ['strong', 'moderate', 'limited', 'none'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

export const ACCESS_VIA = ['uwv', 'gemeente', 'behandelaar', 'huisarts', 'self', 'werkgever', 'bedrijfsarts'] as const;

/** What happens after a route: results a person can report at the assessment step. */
// 'could-not-start' and 'not-available' (issue 16): a route that never began is not one that stopped.
export const RESULTS = ['job-found', 'ready-for-work', 'education-started', 'stopped', 'could-not-start', 'not-available', 'still-running', 'step-up'] as const;
export type Result = (typeof RESULTS)[number];

/**
 * English texts of an entry, by the Dutch text's dot path ("offers.0.text"); see
 * lib/catalogue/translatable.ts. The loader checks the map is complete (content:check).
 */
export const enMapSchema = z.record(z.string(), z.string());

export const routeSchema = z.strictObject({
  /** English texts by the Dutch text's path (lib/catalogue/translatable.ts). */
  en: enMapSchema.optional(),
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case, e.g. "werkfit-maken"'),
  name: z.string().min(2),
  kind: z.enum(KINDS),
  /** Is it there today? "unclear" when the seeds describe it but say nothing of now. */
  availability: z.strictObject({
    status: z.enum(['available', 'unclear', 'ended', 'not-an-offer']),
    text: z.string().min(1),
    src: srcSchema,
    quote: z.string().min(4).optional(),
  }),
  /** Two or three B1 sentences in our own words: what it is. */
  summary: factSchema,
  /** What you do there / what you get, one item a line. */
  offers: z.array(factSchema).min(1),
  /** For whom, in a sentence. */
  forWhom: factSchema,
  eligibility: eligibilitySchema,
  regions: regionsSchema,
  duration: z.strictObject({
    general: factOrUnknownSchema,
    perBenefit: z
      .array(
        z.strictObject({
          benefits: z.array(z.enum(BENEFITS)).min(1),
          maxMonths: z.number().positive().optional(),
          text: z.string().min(1),
          ...sourced,
        }),
      )
      .default([]),
    hours: factOrUnknownSchema,
  }),
  provider: factOrUnknownSchema,
  funder: factOrUnknownSchema,
  /** Only "free" when a source says so; otherwise unknown. */
  costToYou: z.union([
    z.strictObject({ free: z.literal(true), text: z.string().min(1), ...sourced }),
    unknownSchema,
  ]),
  /** What happens to your benefit while you take part. */
  benefitEffect: factOrUnknownSchema,
  access: z.strictObject({
    via: z.array(z.enum(ACCESS_VIA)).min(1),
    /** How to get in, plain Dutch; the facts it rests on are cited. */
    how: factOrUnknownSchema,
    /** A sentence a person can say to the klantmanager or behandelaar (our wording). */
    say: z.string().min(1),
  }),
  /** What kinds of support it gives, to match the person's wish. */
  supports: z
    .array(z.strictObject({ value: z.enum(SUPPORTS), ...sourced }))
    .default([]),
  pace: z.union([
    z.strictObject({ value: z.enum(['fast', 'own-pace', 'both']), ...sourced }),
    unknownSchema,
  ]),
  /** Safety nets for income, e.g. falling back on a benefit (Simpel Switchen). */
  incomeSecurity: factSchema.optional(),
  outcomes: z.array(outcomeSchema).default([]),
  evidence: z.strictObject({ level: z.enum(EVIDENCE_LEVELS), text: z.string().min(1), ...sourced }),
  /** Benefits and harms to weigh (IPDAS): what speaks for and against it. */
  pros: z.array(factSchema).default([]),
  cons: z.array(factSchema).default([]),
  /** What taking part is like, from people who did it. */
  experiences: z.array(factSchema).default([]),
  /** For professionals: legal basis and funding rules. */
  legalBasis: factOrUnknownSchema,
  /** Where to continue after a result (the assessment step). */
  followUps: z
    .array(z.strictObject({ result: z.enum(RESULTS), routes: z.array(z.string()).min(1), ...sourced }))
    .default([]),
  links: z
    .array(z.strictObject({ label: z.string().min(1), url: z.url({ protocol: /^https?$/ }), ...sourced }))
    .default([]),
});
export type Route = z.infer<typeof routeSchema>;
export type RouteInput = z.input<typeof routeSchema>;

/* ---------- catalogue-wide files ---------- */

export const catalogueMetaSchema = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  /** The date the catalogue was last checked against its sources. */
  date: z.iso.date(),
  seeds: z.record(
    z.enum(SEED_IDS),
    z.strictObject({ file: z.string(), title: z.string(), publisher: z.string(), year: z.number().int() }),
  ),
  changes: z.array(z.strictObject({ version: z.string(), date: z.iso.date(), text: z.string() })).default([]),
});
export type CatalogueMeta = z.infer<typeof catalogueMetaSchema>;
/** content/catalogue.yaml: the meta plus its English texts (changes[].text, seeds.*.publisher). */
export const catalogueFileSchema = catalogueMetaSchema.extend({ en: enMapSchema.optional() });

export const publicSourceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  publisher: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }),
  /** What we take from it and how it was checked. */
  note: z.string().min(1),
});
export type PublicSource = z.infer<typeof publicSourceSchema>;
/** One entry of content/public-sources.yaml, with its English title and note. */
export const publicSourceFileSchema = publicSourceSchema.extend({ en: enMapSchema.optional() });

export const helpLineSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  /** When to use it, plain Dutch. */
  when: z.string().min(1),
  phone: z.string().regex(/^[0-9 -]+$/).optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  urlLabel: z.string().optional(),
  hours: z.string().optional(),
  src: srcSchema,
});
export const helpSchema = z.strictObject({ lines: z.array(helpLineSchema).min(1) });
/** content/help.yaml: each line carries its own English texts under `en:`. */
export const helpFileSchema = z.strictObject({
  lines: z.array(helpLineSchema.extend({ en: enMapSchema.optional() })).min(1),
});
export type HelpLine = z.infer<typeof helpLineSchema>;

export type Catalogue = {
  meta: CatalogueMeta;
  routes: readonly Route[];
  publicSources: readonly PublicSource[];
  help: readonly HelpLine[];
  regions: RegionTable;
};
