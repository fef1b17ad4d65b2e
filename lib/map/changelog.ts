import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { defaultContentDir } from '@/lib/catalogue/load';

/* The website's change log (content/changelog.yaml), parsed once and failing closed. */

export const changelogEntrySchema = z.strictObject({
  date: z.iso.date(),
  title: z.string().min(1),
  text: z.string().min(1),
  /** Links to pages of this site only: paths starting with "/". */
  links: z.array(z.strictObject({ label: z.string().min(1), href: z.string().regex(/^\/[a-z0-9/-]*$/) })).default([]),
});
export const changelogSchema = z
  .array(changelogEntrySchema)
  .min(1)
  .refine((es) => es.every((e, i) => i === 0 || es[i - 1]!.date >= e.date), 'Entries go newest first.');
export type ChangelogEntry = z.infer<typeof changelogEntrySchema>;

export function loadChangelog(contentDir = defaultContentDir()): ChangelogEntry[] {
  const file = path.join(contentDir, 'changelog.yaml');
  const r = changelogSchema.safeParse(parseYaml(readFileSync(file, 'utf8')));
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new Error(`content/changelog.yaml ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return r.data;
}
