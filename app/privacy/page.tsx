import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { KEEP_MAX_AGE } from '@/lib/journey/cookie';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('pages');
  const common = await getTranslations('common');
  return { title: t('privacy.title'), description: common('pageDescription.privacy') };
}

export default async function PrivacyPage() {
  const t = await getTranslations('pages');
  const common = await getTranslations('common');
  const days = Math.round(KEEP_MAX_AGE / 86400);
  const clear = common('clear');
  return (
    <>
      <h1>{t('privacy.title')}</h1>
      <div className="mt-4 space-y-4">
        <p>{t('privacy.intro')}</p>
        <p>{t('privacy.translation')}</p>
        <h2>{t('privacy.whereHeading')}</h2>
        <p>{t('privacy.where')}</p>
        <p>{t('privacy.keep', { days, clear })}</p>
        <h2>{t('privacy.notHeading')}</h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>{t('privacy.notUrl')}</li>
          <li>{t('privacy.notTracking')}</li>
          <li>{t('privacy.notThirdParty')}</li>
          <li>{t('privacy.notShare')}</li>
        </ul>
        <h2>{t('privacy.planHeading')}</h2>
        <p>{t('privacy.plan')}</p>
        <p>{t('privacy.planFile')}</p>
        <h2>{t('privacy.meetingHeading')}</h2>
        <p>{t('privacy.meeting', { clear })}</p>
        <h2>{t('privacy.apiHeading')}</h2>
        <p>{t('privacy.api')}</p>
      </div>
    </>
  );
}
