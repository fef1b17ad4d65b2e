import { z } from 'zod';

/*
 * The answers a person gives, in two shapes.
 *
 * - `adviceRequestSchema` is the public API body of POST /api/v1/advice, exactly as
 *   documented in the README: every required field present, unknown keys rejected.
 * - `Answers` is what the engine accepts. The wizard only asks what matters for a
 *   person, so any situation field may be missing: a missing field means "we do not
 *   know", never "no". Every API body is a valid `Answers`.
 *
 * The enums live here once; the catalogue schema, the engine and the UI import them.
 */

export const CONDITIONS = ['mental-health', 'other-limitation'] as const;
export const SEVERITIES = ['mild', 'moderate', 'severe', 'unknown'] as const;
export const WORK_SITUATIONS = ['none', 'employed', 'sick-listed', 'in-education', 'dropped-out'] as const;
export const BENEFITS = [
  'none',
  'bijstand',
  'ww',
  'ziektewet',
  'wia-wga',
  'wia-iva',
  'wao',
  'waz',
  'wajong',
] as const;
/** Benefits paid by UWV (all but bijstand, which the gemeente pays, and none). */
export const UWV_BENEFITS = ['ww', 'ziektewet', 'wia-wga', 'wia-iva', 'wao', 'waz', 'wajong'] as const;
export const CARE_LEVELS = ['specialist-ggz', 'basic-ggz', 'gp', 'none'] as const;
export const CARE_PROVIDERS = ['dimence', 'mediant', 'yulius', 'vincent-van-gogh', 'other'] as const;
export const TARGET_GROUP_REGISTER = ['yes', 'no', 'unknown'] as const;
export const GOALS = ['paid-work', 'education', 'keep-job', 'volunteering', 'unsure'] as const;
export const SUPPORTS = [
  'find-job-fast',
  'explore',
  'skills',
  'confidence',
  'stepwise',
  'peers',
  'on-the-job',
  'treatment-and-work',
] as const;
export const PACES = ['fast', 'own-pace'] as const;
/** "Wat vind jij belangrijk?": what a person may weigh on the advice page. */
export const PRIORITIES = ['own-pace', 'income-security', 'peers', 'stay-in-care', 'fast-job'] as const;

/*
 * Tempo is asked once, by the pace question (004:2326-2327: "Direct aan de slag of eerst nog
 * vaardigheden trainen?"). The wizard and the advice page do not offer it again as a kind of
 * support or a priority; the API still accepts those values (lib/engine/rank.ts counts them
 * as the pace, once).
 */
/** The kinds of support the wizard offers: all but speed, which is the pace. */
export const ASKED_SUPPORTS = SUPPORTS.filter((s) => s !== 'find-job-fast');
/** The priorities the wizard and the advice page offer: all but the two that are a pace. */
export const ASKED_PRIORITIES = PRIORITIES.filter((p) => p !== 'fast-job' && p !== 'own-pace');

export type Condition = (typeof CONDITIONS)[number];
export type Severity = (typeof SEVERITIES)[number];
export type WorkSituation = (typeof WORK_SITUATIONS)[number];
export type Benefit = (typeof BENEFITS)[number];
export type CareLevel = (typeof CARE_LEVELS)[number];
export type CareProvider = (typeof CARE_PROVIDERS)[number];
export type TargetGroupRegister = (typeof TARGET_GROUP_REGISTER)[number];
export type Goal = (typeof GOALS)[number];
export type Support = (typeof SUPPORTS)[number];
export type Pace = (typeof PACES)[number];
export type Priority = (typeof PRIORITIES)[number];

export const MIN_AGE = 15;
export const MAX_AGE = 70;

const gemeentecode = z
  .string()
  .regex(/^\d{4}$/, 'Gebruik een gemeentecode van 4 cijfers, bijvoorbeeld "0363".');

/** The API's situation block, field for field as documented. */
export const situationSchema = z.strictObject({
  condition: z.enum(CONDITIONS),
  severity: z.enum(SEVERITIES),
  age: z.number().int().min(MIN_AGE).max(MAX_AGE),
  municipality: gemeentecode.optional(),
  work: z.enum(WORK_SITUATIONS),
  benefit: z.enum(BENEFITS),
  care: z.enum(CARE_LEVELS),
  careProvider: z.enum(CARE_PROVIDERS).optional(),
  careOverOneYear: z.boolean().optional(),
  dayActivities: z.boolean().optional(),
  /** Other problems besides the complaints, such as debts or housing (EXIT, 002:640). */
  multipleProblems: z.boolean().optional(),
  targetGroupRegister: z.enum(TARGET_GROUP_REGISTER).optional(),
  veteran: z.boolean().optional(),
  crisis: z.boolean().optional(),
});

export const wishSchema = z.strictObject({
  goal: z.enum(GOALS),
  support: z.array(z.enum(SUPPORTS)).max(SUPPORTS.length),
  pace: z.enum(PACES),
});

export const adviceRequestSchema = z.strictObject({
  situation: situationSchema,
  wish: wishSchema,
  /** Not in the minimal body, but accepted: what the person weighs most. */
  priorities: z.array(z.enum(PRIORITIES)).max(PRIORITIES.length).optional(),
});

export type AdviceRequest = z.infer<typeof adviceRequestSchema>;

/**
 * The engine's input: the same fields, every one optional. "uwv-unknown" is a
 * benefit the wizard can record when a person knows UWV pays them but not which
 * benefit it is (the API has no such value: integrations know the benefit).
 */
export const answersSchema = z.strictObject({
  situation: situationSchema.partial().extend({ benefit: z.enum([...BENEFITS, 'uwv-unknown']).optional() }),
  wish: wishSchema.partial(),
  priorities: adviceRequestSchema.shape.priorities,
});

export type Answers = z.infer<typeof answersSchema>;
export type Situation = Answers['situation'];
export type Wish = Answers['wish'];
export type AnswerBenefit = NonNullable<Situation['benefit']>;

export const emptyAnswers = (): Answers => ({ situation: {}, wish: {} });
