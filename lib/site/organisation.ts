import { z } from 'zod';
import type { Locale } from '@/lib/i18n/locale';

/*
 * Who offers this routewijzer: the deploying organisation's own facts (a gemeente, UWV, a GGZ
 * instelling), set through environment variables, never written into the code. The repository
 * does not say who made, funds or maintains a deployment; each deployment says so itself.
 *
 * Read once per process and checked with zod at start (instrumentation.ts): a value that is
 * set but wrong (not an e-mail address, not a web address, a text that is too long, an English
 * text without the Dutch one, a misspelt ROUTEWIJZER_ORG_ variable) stops the server with a
 * message naming the variable. A value that is not set is not an error: the pages then show,
 * visibly, that the organisation has not filled it in (never a made-up name).
 *
 * README.md, "Configuration", lists the variables.
 */

/** Every variable starts with this; an unknown one is an error (a typo must not pass silently). */
export const ORGANISATION_PREFIX = 'ROUTEWIJZER_ORG_';

/** Plain one-line text: no control characters, no angle brackets (it is never markup). */
const plain = (max: number) =>
  z
    .string()
    .max(max, { message: `at most ${max} characters` })
    .regex(/^[^\u0000-\u001f\u007f<>]*$/, { message: 'plain text on one line, without < or >' });

const email = z.email({ message: 'not an e-mail address (like privacy@gemeente.example.nl)' }).max(254);
const website = z
  .url({ protocol: /^https?$/, message: 'not a web address starting with https:// or http://' })
  .max(500)
  .refine((u) => !new URL(u).username && !new URL(u).password, { message: 'a web address without a user name or password' });
const phone = z.string().regex(/^\+?[0-9][0-9 ()-]{5,19}$/, { message: 'not a phone number (digits, spaces, dashes, an optional + in front)' });

/**
 * The single values, by variable name (after the prefix). The four texts also take an English
 * version, `<NAME>_EN`; without it the English pages show the Dutch text, marked as Dutch.
 */
const FIELDS = {
  NAME: { key: 'name', schema: plain(120).min(2, { message: 'at least 2 characters' }) },
  WEBSITE: { key: 'website', schema: website },
  EMAIL: { key: 'email', schema: email },
  PHONE: { key: 'phone', schema: phone },
  PRIVACY_EMAIL: { key: 'privacyEmail', schema: email },
} as const;

const TEXTS = {
  MAKERS: 'makers',
  FUNDING: 'funding',
  INTERESTS: 'interests',
  REVIEW: 'review',
  LEGAL_BASIS: 'legalBasis',
} as const;

const text = plain(1000);

/** A text in Dutch, and in English when the organisation gave one. */
export type OrganisationText = { nl: string; en?: string };

export const organisationSchema = z.strictObject({
  /** The organisation's name, e.g. "Gemeente Voorbeeld". Also the controller (verwerkingsverantwoordelijke). */
  name: FIELDS.NAME.schema.optional(),
  website: FIELDS.WEBSITE.schema.optional(),
  /** Where to ask a question or report a mistake. */
  email: FIELDS.EMAIL.schema.optional(),
  phone: FIELDS.PHONE.schema.optional(),
  /** The privacy contact or data protection officer (functionaris gegevensbescherming). */
  privacyEmail: FIELDS.PRIVACY_EMAIL.schema.optional(),
  /** Who made this routewijzer and who maintains it. */
  makers: z.strictObject({ nl: text, en: text.optional() }).optional(),
  /** How it is funded. */
  funding: z.strictObject({ nl: text, en: text.optional() }).optional(),
  /** Conflicts of interest: does the organisation gain from one route being chosen? */
  interests: z.strictObject({ nl: text, en: text.optional() }).optional(),
  /** How often the organisation checks the content, e.g. "elk half jaar". */
  review: z.strictObject({ nl: text, en: text.optional() }).optional(),
  /** The legal basis for processing (grondslag), as the controller states it. */
  legalBasis: z.strictObject({ nl: text, en: text.optional() }).optional(),
});

export type Organisation = z.infer<typeof organisationSchema>;

/** Every variable the configuration knows, for the README and the error message. */
export const ORGANISATION_VARIABLES: readonly string[] = [
  ...Object.keys(FIELDS),
  ...Object.keys(TEXTS).flatMap((k) => [k, `${k}_EN`]),
].map((k) => ORGANISATION_PREFIX + k);

/** A configuration that cannot be used; the message names every variable that is wrong and why. */
export class OrganisationConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The organisation's configuration (${ORGANISATION_PREFIX}*) is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee README.md, "Configuration".`);
    this.name = 'OrganisationConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The organisation from the environment. Unset or blank variables are left out (the page shows
 * a placeholder); any problem throws an OrganisationConfigError naming the variables.
 */
export function parseOrganisation(env: Env): Organisation {
  const problems: string[] = [];
  const value = (name: string) => {
    const v = env[ORGANISATION_PREFIX + name]?.trim();
    return v ? v : undefined;
  };
  for (const name of Object.keys(env)) {
    if (name.startsWith(ORGANISATION_PREFIX) && !ORGANISATION_VARIABLES.includes(name) && env[name]?.trim()) {
      problems.push(`${name}: unknown variable; known are ${ORGANISATION_VARIABLES.join(', ')}`);
    }
  }
  const raw: Record<string, unknown> = {};
  for (const [name, { key }] of Object.entries(FIELDS)) {
    const v = value(name);
    if (v !== undefined) raw[key] = v;
  }
  for (const [name, key] of Object.entries(TEXTS)) {
    const nl = value(name);
    const en = value(`${name}_EN`);
    if (en !== undefined && nl === undefined) problems.push(`${ORGANISATION_PREFIX}${name}_EN: set ${ORGANISATION_PREFIX}${name} (the Dutch text) too`);
    if (nl !== undefined) raw[key] = en === undefined ? { nl } : { nl, en };
  }
  const parsed = organisationSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [key, lang] = issue.path.map(String);
      const name = variableOf(key, lang);
      const shown = JSON.stringify(String(lookup(raw, issue.path) ?? '').slice(0, 60));
      problems.push(`${name}: ${issue.message} (was ${shown})`);
    }
  }
  if (problems.length) throw new OrganisationConfigError(problems);
  return parsed.success ? parsed.data : {};
}

function variableOf(key: string | undefined, lang: string | undefined): string {
  const single = Object.entries(FIELDS).find(([, f]) => f.key === key)?.[0];
  const many = Object.entries(TEXTS).find(([, k]) => k === key)?.[0];
  const base = single ?? many ?? String(key);
  return ORGANISATION_PREFIX + base + (lang === 'en' ? '_EN' : '');
}

function lookup(raw: Record<string, unknown>, path: readonly PropertyKey[]): unknown {
  let at: unknown = raw;
  for (const p of path) at = at && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[p] : undefined;
  return at;
}

/** The named public sources (content/public-sources.yaml) the privacy statement cites for the law. */
export const LEGAL_SOURCES = { avg: 'avg', cookies: 'telecommunicatiewet', complaint: 'ap-klacht' } as const;

let cached: Organisation | undefined;

/** This deployment's organisation, from process.env, read and checked once. Throws on a bad configuration. */
export function organisation(): Organisation {
  cached ??= parseOrganisation(process.env);
  return cached;
}

/**
 * A configured text in `locale`: the English one on an English page when there is one,
 * otherwise the Dutch one, with `lang: 'nl'` so that the page can mark it as Dutch.
 */
export function localText(text: OrganisationText | undefined, locale: Locale): { text: string; lang?: 'nl' } | undefined {
  if (!text) return undefined;
  if (locale === 'en' && text.en) return { text: text.en };
  return locale === 'en' ? { text: text.nl, lang: 'nl' } : { text: text.nl };
}
