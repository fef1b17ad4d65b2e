import type { Metadata } from 'next';
import Link from '@/components/common/link';
import { StroomschemaList } from '@/components/map/stroomschema-list';
import { StroomschemaSummary } from '@/components/map/stroomschema-summary';
import { StroomschemaPicture } from '@/components/map/stroomschema-svg';
import { getCatalogue } from '@/lib/catalogue/load';
import { stroomschema } from '@/lib/map/stroomschema';
import { staticPageLocale, staticPageMetadata } from '@/lib/site/metadata';
import { getTranslations } from '@/lib/i18n/server';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await staticPageLocale(params);
  const t = await getTranslations('map');
  const common = await getTranslations('common');
  return staticPageMetadata('/stroomschema', { title: t('page.title'), description: common('pageDescription.map') });
}

/** The summary first, on one phone screen; the whole chart (drawing and text) below it. */
export default async function StroomschemaPage({ params }: Props) {
  const locale = await staticPageLocale(params);
  const t = await getTranslations('map');
  const data = stroomschema(getCatalogue(locale), locale);
  return (
    <>
      <h1>{t('page.title')}</h1>
      <StroomschemaSummary data={data} fullId="heel-schema" />

      <section aria-labelledby="heel-schema" className="mt-10">
        <h2 id="heel-schema" tabIndex={-1}>
          {t('summary.fullHeading')}
        </h2>
        <p className="mt-4">{t('page.intro')}</p>
        <p className="mt-2">
          {t.rich('page.basis', { count: data.routes.length, link: (chunks) => <Link href="/bronnen#bron-004">{chunks}</Link> })}
        </p>
        <p className="mt-2">
          <Link href="/aanbod">{t('page.allRoutes')}</Link> · <Link href="/">{t('page.toWizard')}</Link>
        </p>

        <figure className="mt-6">
          <StroomschemaPicture data={data} id="schema" />
          <figcaption className="mt-2 text-base text-slate-700">{t('page.caption')}</figcaption>
        </figure>
      </section>

      <section aria-labelledby="schema-tekst-kop" className="mt-10">
        <h2 id="schema-tekst-kop">{t('page.textHeading')}</h2>
        {/* Closed at first: on a phone the text version is some 48,000 px long. A real disclosure
            control, without JavaScript too; Chrome's find-in-page still searches it. */}
        <details className="mt-2">
          <summary>{t('page.textSummary')}</summary>
          <StroomschemaList data={data} />
        </details>
      </section>
    </>
  );
}
