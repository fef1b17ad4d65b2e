import { sourceLabel } from '@/lib/present/present';
import { parseSeedRef } from '@/lib/catalogue/sources';
import type { Catalogue } from '@/lib/catalogue/schema';
import type { Locale } from '@/lib/i18n/locale';

type Props = { refId: string; meta: Catalogue['meta']; publicTitles: ReadonlyMap<string, string>; locale: Locale };

/**
 * A source as people read it. The seed documents are Dutch and keep their published titles;
 * on the English pages the title is marked lang="nl" so a screen reader reads it as Dutch.
 */
export function SourceLabel({ refId, meta, publicTitles, locale }: Props) {
  const label = sourceLabel(refId, meta, publicTitles, locale);
  const seed = parseSeedRef(refId);
  const title = seed ? meta.seeds[seed.seed]?.title : undefined;
  if (locale === 'nl' || !title || !label.includes(title)) return <>{label}</>;
  const [before, ...after] = label.split(title);
  return (
    <>
      {before}
      <span lang="nl">{title}</span>
      {after.join(title)}
    </>
  );
}
