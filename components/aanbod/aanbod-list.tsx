import Link from '@/components/common/link';
import { presentLabels } from '@/lib/present/present';
import type { Catalogue } from '@/lib/catalogue/schema';
import type { Locale } from '@/lib/i18n/locale';
import { questionCopy } from '@/lib/journey/question-copy';
import { regionText, type Filters, type ListedRoute } from '@/lib/map/aanbod';
import { getTranslations } from '@/lib/i18n/server';

type Props = { listed: readonly ListedRoute[]; filters: Filters; catalogue: Catalogue; locale: Locale };

/** The routes that pass the filters, with what the filters were in the heading. */
export async function AanbodList({ listed, filters, catalogue, locale }: Props) {
  const t = await getTranslations('aanbod');
  const kindLabel = presentLabels(locale).kind;
  const benefitOptions = questionCopy('benefit', locale).options ?? {};
  const described = [
    filters.gemeente && t('list.inRegion', { name: filters.gemeente.name, region: filters.gemeente.arbeidsmarktregio }),
    filters.benefit && t('list.withBenefit', { benefit: benefitOptions[filters.benefit]?.label ?? filters.benefit }),
    filters.age !== undefined && t('list.forAge', { age: String(filters.age) }),
    filters.kind && t('list.ofKind', { kind: kindLabel[filters.kind] }),
  ].filter(Boolean);

  return (
    <section aria-labelledby="resultaat-kop" className="mt-8">
      <h2 id="resultaat-kop">
        {t('list.count', { count: listed.length })}
        {described.length > 0 ? ` ${described.join(', ')}` : ''}
      </h2>
      {listed.length === 0 && <p className="mt-2">{t('list.none')}</p>}
      <ul className="mt-4 list-none space-y-4 p-0" id="aanbod-lijst">
        {listed.map(({ route, status, checks }) => (
          <li key={route.id} data-route={route.id} className="card">
            <h3>
              <Link href={`/aanbod/${route.id}`}>{route.name}</Link>
            </h3>
            <p className="text-base text-slate-700">{kindLabel[route.kind]}</p>
            <p className="mt-1">{route.summary.text}</p>
            <p className="mt-1">
              <strong>{t('list.where')}</strong> {regionText(route, catalogue, locale)}
            </p>
            {route.availability.status !== 'available' && (
              <p className="mt-1">
                <strong>{t('list.note')}</strong> {route.availability.text}
              </p>
            )}
            {status === 'ask' && (
              <div className="mt-1">
                <strong>{t('list.check')}</strong>
                <ul className="list-disc pl-6">
                  {checks.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
