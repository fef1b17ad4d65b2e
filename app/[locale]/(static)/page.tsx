import type { Metadata } from 'next';
import Link from '@/components/common/link';
import { startOrResume } from '@/components/wizard/actions';
import { staticPageLocale, staticPageMetadata } from '@/lib/site/metadata';
import { getTranslations } from '@/lib/i18n/server';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await staticPageLocale(params);
  const t = await getTranslations('start');
  return staticPageMetadata('/', { title: { absolute: t('title') } });
}

export default async function StartPage({ params }: Props) {
  await staticPageLocale(params);
  const t = await getTranslations('start');
  const about = await getTranslations('about');
  const link = (href: string) => (chunks: React.ReactNode) => <Link href={href}>{chunks}</Link>;
  return (
    <>
      <h1>{t('heading')}</h1>
      <div className="mt-4 space-y-4">
        <p>{t('intro')}</p>
        <ul className="list-disc space-y-1 pl-6">
          <li>{t('points.questions')}</li>
          <li>{t('points.explain')}</li>
          <li>{t('points.free')}</li>
          <li>{t('points.private')}</li>
        </ul>
        <p>{t('sharedDevice')}</p>
      </div>
      <form action={startOrResume} className="mt-8">
        <button type="submit" id="start" className="btn-primary">
          {t('start')}
        </button>
        <p className="mt-2 text-base text-slate-700">{t('resume')}</p>
      </form>
      <section aria-labelledby="eerder-plan" className="mt-8">
        <h2 id="eerder-plan">{t('planHeading')}</h2>
        <p className="mt-1">{t.rich('plan', { link: link('/plan/openen') })}</p>
      </section>
      <section aria-labelledby="professionals" className="mt-8">
        <h2 id="professionals">{t('professionalsHeading')}</h2>
        <ul className="mt-1 list-disc space-y-1 pl-6">
          <li>{t.rich('intake', { link: link('/intake') })}</li>
          <li>{t.rich('meeting', { link: link('/driegesprek') })}</li>
        </ul>
      </section>
      <p className="mt-8 rounded-md bg-slate-100 p-4">{t.rich('help', { link: link('/hulp') })}</p>
      <p className="mt-8">{about.rich('startLink', { link: link('/over') })}</p>
    </>
  );
}
