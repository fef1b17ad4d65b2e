import Link from '@/components/common/link';
import { ConfiguredText, NotConfigured } from '@/components/about/not-configured';
import type { Catalogue } from '@/lib/catalogue/schema';
import { longDate } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/locale';
import { localText, type Organisation } from '@/lib/site/organisation';
import { getTranslations } from '@/lib/i18n/server';

const mailto = (email: string) => (chunks: React.ReactNode) => <a href={`mailto:${email}`}>{chunks}</a>;

/**
 * "Over deze routewijzer": who offers it, who made and maintains it, funding, interests,
 * sources, checks, and how to report a mistake (issue 15; IPDAS and the Leidraad keuzehulpen).
 * What the repository knows (the reports, the catalogue's version and date) comes from content/;
 * what only the deploying organisation knows comes from its configuration, or shows as not set.
 */
export async function AboutView({ org, catalogue, locale }: { org: Organisation; catalogue: Catalogue; locale: Locale }) {
  const t = await getTranslations('about');
  const { meta, routes } = catalogue;
  const makers = localText(org.makers, locale);
  const funding = localText(org.funding, locale);
  const interests = localText(org.interests, locale);
  const review = localText(org.review, locale);
  return (
    <>
      <h1>{t('title')}</h1>
      <div className="mt-4 space-y-4">
        <p>{t('intro')}</p>

        <h2 id="aanbieder">{t('offeredHeading')}</h2>
        {org.name ? (
          <p data-organisation>{t.rich('offeredBy', { name: org.name, strong: (chunks) => <strong>{chunks}</strong> })}</p>
        ) : (
          <NotConfigured what={t('offeredWhat')} />
        )}
        {org.website && <p>{t.rich('website', { url: org.website, link: (chunks) => <a href={org.website}>{chunks}</a> })}</p>}
        {org.email ? (
          <p>
            {t.rich('contact', { email: org.email, link: mailto(org.email) })} {org.phone && t('phone', { phone: org.phone })}
          </p>
        ) : (
          <NotConfigured what={t('contactWhat')} />
        )}

        <h2 id="makers">{t('makersHeading')}</h2>
        {makers ? <p><ConfiguredText value={makers} /></p> : <NotConfigured what={t('makersWhat')} />}
        <p>{t.rich('sameForAll', { link: (chunks) => <Link href="/stroomschema">{chunks}</Link> })}</p>

        <h2 id="geld">{t('fundingHeading')}</h2>
        <p>{t('free')}</p>
        {funding ? <p><ConfiguredText value={funding} /></p> : <NotConfigured what={t('fundingWhat')} />}

        <h2 id="belangen">{t('interestsHeading')}</h2>
        {interests ? <p><ConfiguredText value={interests} /></p> : <NotConfigured what={t('interestsWhat')} />}
        <p>{t('interestsNote')}</p>

        <h2 id="bronnen">{t('sourcesHeading')}</h2>
        <p>{t('sources', { count: routes.length })}</p>
        <ul className="list-disc space-y-1 pl-6">
          {Object.entries(meta.seeds).map(([id, s]) => (
            <li key={id}>
              {/* The reports' titles are published Dutch names and stay Dutch. */}
              <span lang={locale === 'nl' ? undefined : 'nl'}>{t('report', { title: s.title, publisher: s.publisher, year: String(s.year) })}</span>
            </li>
          ))}
        </ul>
        <p>{t.rich('sourcesMore', { link: (chunks) => <Link href="/bronnen">{chunks}</Link> })}</p>

        <h2 id="nagekeken">{t('checkedHeading')}</h2>
        <p>
          {t.rich('checked', {
            version: meta.version,
            date: longDate(meta.date, locale),
            time: (chunks) => <time dateTime={meta.date}>{chunks}</time>,
            link: (chunks) => <Link href="/nieuw">{chunks}</Link>,
          })}
        </p>
        <p>{t('checkedAuto')}</p>
        {review ? (
          <p>
            {t('review')} 
            <ConfiguredText value={review} />
          </p>
        ) : (
          <NotConfigured what={t('reviewWhat')} />
        )}

        <h2 id="fout-melden">{t('mistakeHeading')}</h2>
        <p>{org.email ? t.rich('mistake', { email: org.email, link: mailto(org.email) }) : t('mistakeNoContact')}</p>
        <ul className="list-disc space-y-1 pl-6">
          <li>{t('mistakeWhich')}</li>
          <li>{t('mistakeWhat')}</li>
          <li>{t('mistakeWhere')}</li>
        </ul>
        {!org.email && <NotConfigured what={t('contactWhat')} />}
        <p>{t('mistakePrivate')}</p>

        <h2 id="privacy">{t('privacyHeading')}</h2>
        <p>{t.rich('privacy', { link: (chunks) => <Link href="/privacy">{chunks}</Link> })}</p>
      </div>
    </>
  );
}
