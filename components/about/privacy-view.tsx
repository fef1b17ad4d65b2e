import Link from '@/components/common/link';
import { ConfiguredText, NotConfigured } from '@/components/about/not-configured';
import type { Catalogue } from '@/lib/catalogue/schema';
import type { Locale } from '@/lib/i18n/locale';
import { KEEP_MAX_AGE } from '@/lib/journey/cookie-names';
import { LEGAL_SOURCES, localText, type Organisation } from '@/lib/site/organisation';
import { getTranslations } from '@/lib/i18n/server';

/** A public source's address; a missing id is a programming error, caught by the unit test. */
function sourceUrl(catalogue: Catalogue, id: string): string {
  const s = catalogue.publicSources.find((p) => p.id === id);
  if (!s) throw new Error(`content/public-sources.yaml has no source "${id}"`);
  return s.url;
}

/**
 * The privacy statement. What happens to answers is the code's behaviour (see
 * content/messages/nl/privacy.ts for the files each sentence rests on); who is responsible and
 * whom to ask is the deploying organisation's configuration, or shows as not set.
 */
export async function PrivacyView({ org, catalogue, locale }: { org: Organisation; catalogue: Catalogue; locale: Locale }) {
  const t = await getTranslations('privacy');
  const common = await getTranslations('common');
  const aanbod = await getTranslations('aanbod');
  const days = Math.round(KEEP_MAX_AGE / 86400);
  const clear = common('clear');
  const law = (id: string) => (chunks: React.ReactNode) => <a href={sourceUrl(catalogue, id)}>{chunks}</a>;
  const mailto = (email: string) => (chunks: React.ReactNode) => <a href={`mailto:${email}`}>{chunks}</a>;
  const legalBasis = localText(org.legalBasis, locale);
  return (
    <>
      <h1>{t('title')}</h1>
      <div className="mt-4 space-y-4">
        <p>{t('intro')}</p>
        <p>{t('translation')}</p>

        <h2 id="verantwoordelijke">{t('controllerHeading')}</h2>
        {org.name ? (
          <p data-organisation>{t.rich('controller', { name: org.name, strong: (chunks) => <strong>{chunks}</strong> })}</p>
        ) : (
          <NotConfigured what={t('controllerWhat')} />
        )}
        {org.email && <p>{t.rich('contact', { email: org.email, link: mailto(org.email) })}</p>}
        {org.privacyEmail ? (
          <p>{t.rich('privacyContact', { email: org.privacyEmail, link: mailto(org.privacyEmail) })}</p>
        ) : (
          <NotConfigured what={t('privacyContactWhat')} />
        )}

        <h2>{t('whereHeading')}</h2>
        <p>{t('where')}</p>
        <p>{t('keep', { days, clear })}</p>
        <h2>{t('shortHeading')}</h2>
        <p>{t('short')}</p>
        <ul className="list-disc space-y-1 pl-6">
          <li>{t('filterCookie', { clearFilters: aanbod('list.clear') })}</li>
          <li>{t('planErrorCookie')}</li>
        </ul>
        <h2>{t('serverHeading')}</h2>
        <p>{t('server')}</p>
        <p>{t('serverProxy')}</p>
        <h2>{t('notHeading')}</h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>{t('notUrl')}</li>
          <li>{t('notTracking')}</li>
          <li>{t('notThirdParty')}</li>
          <li>{t('notShare')}</li>
        </ul>
        <h2>{t('planHeading')}</h2>
        <p>{t('plan')}</p>
        <p>{t('planFile')}</p>
        <h2>{t('meetingHeading')}</h2>
        <p>{t('meeting', { clear })}</p>
        <h2>{t('apiHeading')}</h2>
        <p>{t('api')}</p>

        <h2 id="grondslag">{t('basisHeading')}</h2>
        <p>{t.rich('basisCookies', { law: law(LEGAL_SOURCES.cookies) })}</p>
        <p>{t('basisOwn')}</p>
        {legalBasis ? (
          <p>
            {t('basis')} <ConfiguredText value={legalBasis} />
          </p>
        ) : (
          <NotConfigured what={t('basisWhat')} />
        )}

        <h2 id="rechten">{t('rightsHeading')}</h2>
        <p>{t.rich('rights', { law: law(LEGAL_SOURCES.avg) })}</p>
        <ul className="list-disc space-y-1 pl-6">
          <li>{t.rich('rightAccess', { link: (chunks) => <Link href="/controleren">{chunks}</Link> })}</li>
          <li>{t('rightCorrect')}</li>
          <li>{t('rightDelete', { clear })}</li>
          <li>{t('rightPortable')}</li>
          <li>{t('rightObject')}</li>
        </ul>
        <p>
          {org.privacyEmail
            ? t.rich('rightsAsk', { email: org.privacyEmail, link: mailto(org.privacyEmail), law: law(LEGAL_SOURCES.avg) })
            : t.rich('rightsAskNoContact', { law: law(LEGAL_SOURCES.avg) })}
        </p>

        <h2 id="klacht">{t('complaintHeading')}</h2>
        <p>{t.rich('complaint', { link: law(LEGAL_SOURCES.complaint), law: law(LEGAL_SOURCES.avg) })}</p>
      </div>
    </>
  );
}
