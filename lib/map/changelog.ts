import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { checkTranslation, ContentError, defaultContentDir } from '@/lib/catalogue/load';
import { enMapSchema } from '@/lib/catalogue/schema';
import { localiseEntry, ROUTE_TEXTS } from '@/lib/catalogue/translatable';
import type { Locale } from '@/lib/i18n/locale';

/*
 * The website's change log (content/changelog.yaml), parsed once and failing closed. Each
 * entry carries its English title, text and link labels under `en:` (docs/content.md).
 */

export const changelogEntrySchema = z.strictObject({
  date: z.iso.date(),
  title: z.string().min(1),
  text: z.string().min(1),
  /** Links to pages of this site only: paths starting with "/". */
  links: z.array(z.strictObject({ label: z.string().min(1), href: z.string().regex(/^\/[a-z0-9/-]*$/) })).default([]),
});
const newestFirst = (es: readonly { date: string }[]) => es.every((e, i) => i === 0 || es[i - 1]!.date >= e.date);
export const changelogSchema = z.array(changelogEntrySchema).min(1).refine(newestFirst, 'Entries go newest first.');
/** The file as written: entries with their English texts. */
const changelogFileSchema = z
  .array(changelogEntrySchema.extend({ en: enMapSchema.optional() }))
  .min(1)
  .refine(newestFirst, 'Entries go newest first.');
export type ChangelogEntry = z.infer<typeof changelogEntrySchema>;

export type ChangelogOptions = {
  /** Require a complete English translation with the same numbers (content:check). */
  checkTranslations?: boolean;
};

/**
 * Reads and checks content/changelog.yaml and returns it in `locale` (English: each entry's
 * `en:` texts; the Dutch where one is missing, unless checkTranslations is on).
 * Throws a ContentError naming the file, the entry (its date) and the field.
 */
export function loadChangelog(
  contentDir: string = defaultContentDir(),
  locale: Locale,
  options: ChangelogOptions = {},
): ChangelogEntry[] {
  const file = path.join(contentDir, 'changelog.yaml');
  const rel = path.relative(process.cwd(), file) || file;
  let data: unknown;
  try {
    data = parseYaml(readFileSync(file, 'utf8'), { uniqueKeys: true });
  } catch (e) {
    throw new ContentError(rel, undefined, '', `not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  const r = changelogFileSchema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new ContentError(rel, undefined, issue.path.join('.') || '(root)', issue.message);
  }
  if (options.checkTranslations) {
    for (const [i, entry] of r.data.entries()) checkTranslation(entry, rel, entry.date, ROUTE_TEXTS, `[${i}].`);
  }
  return r.data.map((entry) => localiseEntry(entry, locale, ROUTE_TEXTS));
}

const cached = new Map<Locale, ChangelogEntry[]>();

/** The shipped change log in `locale`, read once per process (for pages). */
export function getChangelog(locale: Locale): ChangelogEntry[] {
  let log = cached.get(locale);
  if (!log) {
    log = loadChangelog(defaultContentDir(), locale);
    cached.set(locale, log);
  }
  return log;
}
