import type { Metadata } from 'next';
import { continueAfterHelp } from '@/components/wizard/actions';
import { getCatalogue } from '@/lib/catalogue/load';
import { staticPageLocale, staticPageMetadata } from '@/lib/site/metadata';
import { getTranslations } from '@/lib/i18n/server';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await staticPageLocale(params);
  const t = await getTranslations('pages');
  const common = await getTranslations('common');
  return staticPageMetadata('/hulp', { title: t('help.title'), description: common('pageDescription.help') });
}

/** Immediate help before anything else (seed 002:743, 002:1355; numbers from content/help.yaml). */
export default async function HelpPage({ params }: Props) {
  const locale = await staticPageLocale(params);
  const t = await getTranslations('pages');
  const help = getCatalogue(locale).help;
  return (
    <>
      <h1 id="hulp">{t('help.heading')}</h1>
      <p className="mt-4">{t('help.intro')}</p>
      <ul className="mt-6 space-y-4">
        {help.map((h) => (
          <li key={h.id} className="card">
            <h2>{h.name}</h2>
            <p className="mt-1">{h.when}</p>
            {h.phone && (
              <p className="mt-2">
                <a href={`tel:${h.phone.replace(/[^0-9]/g, '')}`} className="text-xl font-bold">
                  {t('help.call', { phone: h.phone })}
                </a>
              </p>
            )}
            {h.url && (
              <p className="mt-1">
                <a href={h.url} rel="noreferrer">
                  {h.urlLabel ?? h.url}
                </a>
              </p>
            )}
            {h.hours && <p className="mt-1 text-base text-slate-700">{h.hours}</p>}
          </li>
        ))}
      </ul>
      <h2 className="mt-10">{t('help.continueHeading')}</h2>
      <p className="mt-2">{t('help.continueText')}</p>
      <form action={continueAfterHelp} className="mt-4">
        <button type="submit" id="verder" className="btn-secondary">
          {t('help.continue')}
        </button>
      </form>
    </>
  );
}
