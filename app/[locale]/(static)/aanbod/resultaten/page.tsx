import type { Metadata } from 'next';
import Link from '@/components/common/link';
import { OutcomeChart } from '@/components/map/outcome-chart';
import { getCatalogue } from '@/lib/catalogue/load';
import { figureGroups } from '@/lib/map/figures';
import { staticPageLocale, staticPageMetadata } from '@/lib/site/metadata';
import { getTranslations } from '@/lib/i18n/server';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await staticPageLocale(params);
  const t = await getTranslations('aanbod');
  const common = await getTranslations('common');
  return staticPageMetadata('/aanbod/resultaten', { title: t('results.title'), description: common('pageDescription.results') });
}

export default async function ResultsPage({ params }: Props) {
  const locale = await staticPageLocale(params);
  const t = await getTranslations('aanbod');
  const catalogue = getCatalogue(locale);
  const groups = figureGroups(catalogue.routes, locale);
  const publicTitles = new Map(catalogue.publicSources.map((s) => [s.id, s.title]));
  const without = catalogue.routes.filter((r) => r.outcomes.length === 0);
  return (
    <>
      <p className="no-print text-base">
        <Link href="/aanbod">{t('results.back')}</Link>
      </p>
      <h1 className="mt-2">{t('results.title')}</h1>
      <p className="mt-4">{t('results.intro')}</p>
      <p className="mt-2">{t('results.caution')}</p>
      {groups.map((g, i) => (
        <section key={g.key} aria-labelledby={`meting-${i}`} className="mt-10">
          <h2 id={`meting-${i}`}>{t('results.group', { title: g.title, count: g.rows.length })}</h2>
          <OutcomeChart group={g} id={`vergelijk-${i}`} byRoute sources={{ meta: catalogue.meta, publicTitles }} locale={locale} />
        </section>
      ))}
      <section aria-labelledby="zonder" className="mt-10">
        <h2 id="zonder">{t('results.without', { count: without.length })}</h2>
        <p className="mt-1">{t('results.withoutText')}</p>
        <ul className="mt-2 list-disc pl-6">
          {without.map((r) => (
            <li key={r.id}>
              <Link href={`/aanbod/${r.id}`}>{r.name}</Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
