import type { Metadata } from 'next';
import Link from '@/components/common/link';
import { getCatalogue } from '@/lib/catalogue/load';
import { getChangelog } from '@/lib/map/changelog';
import { longDate } from '@/lib/dates';
import { staticPageLocale, staticPageMetadata } from '@/lib/site/metadata';
import { getTranslations } from '@/lib/i18n/server';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await staticPageLocale(params);
  const t = await getTranslations('pages');
  const common = await getTranslations('common');
  return staticPageMetadata('/nieuw', { title: t('news.title'), description: common('pageDescription.news') });
}

export default async function NewsPage({ params }: Props) {
  const locale = await staticPageLocale(params);
  const t = await getTranslations('pages');
  const { meta, routes } = getCatalogue(locale);
  const log = getChangelog(locale);
  const day = (iso: string) => longDate(iso, locale);
  const time = (iso: string) => (chunks: React.ReactNode) => <time dateTime={iso}>{chunks}</time>;
  return (
    <>
      <h1>{t('news.title')}</h1>
      <section aria-labelledby="versie" className="mt-6">
        <h2 id="versie">{t('news.versionHeading')}</h2>
        <p className="mt-2">
          {t.rich('news.version', {
            count: routes.length,
            version: meta.version,
            date: day(meta.date),
            time: time(meta.date),
            link: (chunks) => <Link href="/bronnen">{chunks}</Link>,
          })}
        </p>
      </section>

      <section aria-labelledby="website" className="mt-8">
        <h2 id="website">{t('news.websiteHeading')}</h2>
        <ol className="mt-2 list-none space-y-4 p-0" id="wijzigingen">
          {log.map((e) => (
            <li key={`${e.date}-${e.title}`} className="card">
              <h3>{t.rich('news.entry', { date: day(e.date), title: e.title, time: time(e.date) })}</h3>
              <p className="mt-1">{e.text}</p>
              {e.links.length > 0 && (
                <ul className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
                  {e.links.map((l) => (
                    <li key={l.href}>
                      <Link href={l.href}>{l.label}</Link>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="routes" className="mt-8">
        <h2 id="routes">{t('news.routesHeading')}</h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {meta.changes.map((c) => (
            <li key={c.version}>{t.rich('news.change', { version: c.version, date: day(c.date), text: c.text, time: time(c.date) })}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="voorstel" className="mt-8">
        <h2 id="voorstel">{t('news.proposeHeading')}</h2>
        <p className="mt-2">{t('news.propose')}</p>
        <ul className="mt-1 list-disc space-y-1 pl-6">
          <li>{t('news.proposeWhich')}</li>
          <li>{t('news.proposeWhat')}</li>
          <li>{t('news.proposeWhere')}</li>
        </ul>
        <p className="mt-2">{t('news.noSource')}</p>
        <p className="mt-2">{t.rich('news.maintainers', { code: (chunks) => <code>{chunks}</code> })}</p>
      </section>
    </>
  );
}
