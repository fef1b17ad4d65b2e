import type { Metadata } from 'next';
import { getCatalogue } from '@/lib/catalogue/load';
import { longDate } from '@/lib/dates';
import { staticPageLocale, staticPageMetadata } from '@/lib/site/metadata';
import { getTranslations } from '@/lib/i18n/server';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await staticPageLocale(params);
  const t = await getTranslations('pages');
  const common = await getTranslations('common');
  return staticPageMetadata('/bronnen', { title: t('sources.title'), description: common('pageDescription.sources') });
}

export default async function SourcesPage({ params }: Props) {
  const locale = await staticPageLocale(params);
  const t = await getTranslations('pages');
  const { meta, publicSources, routes } = getCatalogue(locale);
  const date = longDate(meta.date, locale);
  return (
    <>
      <h1>{t('sources.heading')}</h1>
      <p className="mt-4">{t('sources.intro', { count: routes.length })}</p>
      <p className="mt-2">{t('sources.checked', { date, version: meta.version })}</p>
      <h2 className="mt-8">{t('sources.reports')}</h2>
      <ul className="mt-2 list-disc space-y-2 pl-6">
        {Object.entries(meta.seeds).map(([id, s]) => (
          <li key={id} id={`bron-${id}`}>
            {t.rich('sources.report', {
              title: s.title,
              publisher: s.publisher,
              year: String(s.year),
              // The reports' titles are published Dutch names and stay Dutch: say so to screen readers.
              strong: (chunks) => <strong lang={locale === 'nl' ? undefined : 'nl'}>{chunks}</strong>,
            })}
          </li>
        ))}
      </ul>
      <h2 className="mt-8">{t('sources.other')}</h2>
      <ul className="mt-2 list-disc space-y-2 pl-6">
        {publicSources.map((s) => (
          <li key={s.id}>
            <a href={s.url} rel="noreferrer">
              {s.title}
            </a>{' '}
            {t('sources.publisher', { publisher: s.publisher })}
          </li>
        ))}
      </ul>
      <h2 className="mt-8">{t('sources.regions')}</h2>
      <p className="mt-2">{t('sources.regionsText')}</p>
      <h2 className="mt-8">{t('sources.changes')}</h2>
      <ul className="mt-2 list-disc space-y-2 pl-6">
        {meta.changes.map((c) => (
          <li key={c.version}>{t('sources.change', { version: c.version, date: c.date, text: c.text })}</li>
        ))}
      </ul>
    </>
  );
}
