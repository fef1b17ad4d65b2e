import type { Catalogue, Route } from '@/lib/catalogue/schema';
import Link from '@/components/common/link';
import { RouteDetails } from '@/components/advice/route-details';
import { RouteForProfessionals } from '@/components/aanbod/route-for-professionals';
import { factText, presentLabels } from '@/lib/present/present';
import type { Locale } from '@/lib/i18n/locale';
import { regionText } from '@/lib/map/aanbod';
import { getTranslations } from '@/lib/i18n/server';

/** One route of the aanbod, for everyone: what it is, for whom, how to start; then the professional's details. */
export async function RouteEntry({ route, catalogue, locale }: { route: Route; catalogue: Catalogue; locale: Locale }) {
  const t = await getTranslations('aanbod');
  const kindLabel = presentLabels(locale).kind;
  const fact = (f: Parameters<typeof factText>[0]) => factText(f, locale);

  return (
    <article data-route={route.id}>
      <p className="no-print text-base">
        <Link href="/aanbod">{t('route.back')}</Link>
      </p>
      <h1 className="mt-2">{route.name}</h1>
      <p className="mt-1 text-base text-slate-700">{kindLabel[route.kind]}</p>
      {route.availability.status !== 'available' && (
        <p className="mt-2 card border-amber-700">
          <strong>{t('route.note')}</strong> {route.availability.text}
        </p>
      )}
      <p className="mt-4 text-lg">{route.summary.text}</p>
      <p className="mt-2">
        <strong>{t('route.where')}</strong> {regionText(route, catalogue, locale)}
      </p>
      <p className="no-print mt-2 text-base text-slate-700">{t('route.print')}</p>

      <section aria-labelledby="voor-jou" className="mt-8">
        <h2 id="voor-jou">{t('route.forYou')}</h2>
        <div className="mt-3">
          <RouteDetails route={route} catalogue={catalogue} headingLevel={3} />
        </div>
        <p className="mt-4">
          <strong>{t('route.how')}</strong> {fact(route.access.how)}
        </p>
        <p className="mt-1">
          <strong>{t('route.say')}</strong> {t('route.quote', { text: route.access.say })}
        </p>
      </section>

      <RouteForProfessionals route={route} catalogue={catalogue} locale={locale} />
    </article>
  );
}
