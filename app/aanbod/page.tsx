import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from '@/components/common/link';
import { ErrorSummary } from '@/components/wizard/error-summary';
import { BENEFITS, MAX_AGE, MIN_AGE } from '@/lib/answers/schema';
import { getCatalogue } from '@/lib/catalogue/load';
import { presentLabels } from '@/lib/present/present';
import { KINDS } from '@/lib/catalogue/schema';
import { localHref, requestLocale } from '@/lib/i18n/server';
import { questionCopy } from '@/lib/journey/question-copy';
import { listRoutes, parseFilters, regionText } from '@/lib/map/aanbod';
import { decodeFilters, FILTER_COOKIE } from '@/lib/map/filter-cookie';
import { cookies } from 'next/headers';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('aanbod');
  const common = await getTranslations('common');
  return { title: t('list.title'), description: common('pageDescription.aanbod') };
}

/**
 * The filters come from a short-lived cookie that the form's post to /aanbod/filter sets,
 * never from the URL: where someone lives, their age and their benefit stay out of browser
 * history and access logs (lib/map/filter-cookie.ts).
 */
export default async function AanbodPage() {
  const locale = await requestLocale();
  const t = await getTranslations('aanbod');
  const catalogue = getCatalogue(locale);
  const kindLabel = presentLabels(locale).kind;
  const benefitOptions = questionCopy('benefit', locale).options ?? {};
  const { filters, errors, raw } = parseFilters(decodeFilters((await cookies()).get(FILTER_COOKIE)?.value), catalogue, locale);
  const listed = listRoutes(catalogue, filters, locale);
  const filtered = Object.keys(filters).length > 0;
  const described = [
    filters.gemeente && t('list.inRegion', { name: filters.gemeente.name, region: filters.gemeente.arbeidsmarktregio }),
    filters.benefit && t('list.withBenefit', { benefit: benefitOptions[filters.benefit]?.label ?? filters.benefit }),
    filters.age !== undefined && t('list.forAge', { age: String(filters.age) }),
    filters.kind && t('list.ofKind', { kind: kindLabel[filters.kind] }),
  ].filter(Boolean);
  const errorOf = (p: string) => errors.find((e) => e.param === p)?.text;
  const field = 'mt-1 block w-full max-w-sm rounded-md border-2 border-slate-700 px-3 py-2 text-lg';

  return (
    <>
      <ErrorSummary errors={errors.map((e) => ({ href: `#${e.param}`, text: e.text }))} />
      <h1>{t('list.title')}</h1>
      <p className="mt-4">
        {t.rich('list.intro', {
          count: catalogue.routes.length,
          start: (chunks) => <Link href="/">{chunks}</Link>,
          map: (chunks) => <Link href="/stroomschema">{chunks}</Link>,
          figures: (chunks) => <Link href="/aanbod/resultaten">{chunks}</Link>,
        })}
      </p>

      <form method="post" action={await localHref('/aanbod/filter')} className="mt-6 card bg-slate-50" aria-labelledby="filter-kop">
        <h2 id="filter-kop">{t('list.filterHeading')}</h2>
        <p className="mt-1 text-base">{t('list.filterNote')}</p>
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor="regio" className="font-semibold">
              {t('list.region')}
            </label>
            {errorOf('regio') && (
              <p id="regio-fout" className="font-semibold text-red-800">
                <span className="sr-only">{t('list.errorLabel')}</span>
                {errorOf('regio')}
              </p>
            )}
            <input
              id="regio"
              name="regio"
              type="text"
              autoComplete="off"
              defaultValue={raw.regio ?? ''}
              aria-describedby={errorOf('regio') ? 'regio-fout' : undefined}
              aria-invalid={errorOf('regio') ? true : undefined}
              className={field}
            />
          </div>
          <div>
            <label htmlFor="uitkering" className="font-semibold">
              {t('list.benefit')}
            </label>
            {errorOf('uitkering') && (
              <p id="uitkering-fout" className="font-semibold text-red-800">
                <span className="sr-only">{t('list.errorLabel')}</span>
                {errorOf('uitkering')}
              </p>
            )}
            <select
              id="uitkering"
              name="uitkering"
              defaultValue={filters.benefit ?? ''}
              aria-describedby={errorOf('uitkering') ? 'uitkering-fout' : undefined}
              className={field}
            >
              <option value="">{t('list.allBenefits')}</option>
              {BENEFITS.map((b) => (
                <option key={b} value={b}>
                  {benefitOptions[b]?.label ?? b}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="leeftijd" className="font-semibold">
              {t('list.age')}
            </label>
            {errorOf('leeftijd') && (
              <p id="leeftijd-fout" className="font-semibold text-red-800">
                <span className="sr-only">{t('list.errorLabel')}</span>
                {errorOf('leeftijd')}
              </p>
            )}
            <input
              id="leeftijd"
              name="leeftijd"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              defaultValue={raw.leeftijd ?? ''}
              aria-describedby={errorOf('leeftijd') ? 'leeftijd-fout leeftijd-hint' : 'leeftijd-hint'}
              aria-invalid={errorOf('leeftijd') ? true : undefined}
              className={`${field} max-w-[8rem]`}
            />
            <p id="leeftijd-hint" className="text-base text-slate-700">
              {t('list.ageHint', { min: MIN_AGE, max: MAX_AGE })}
            </p>
          </div>
          <div>
            <label htmlFor="soort" className="font-semibold">
              {t('list.kind')}
            </label>
            {errorOf('soort') && (
              <p id="soort-fout" className="font-semibold text-red-800">
                <span className="sr-only">{t('list.errorLabel')}</span>
                {errorOf('soort')}
              </p>
            )}
            <select id="soort" name="soort" defaultValue={filters.kind ?? ''} aria-describedby={errorOf('soort') ? 'soort-fout' : undefined} className={field}>
              <option value="">{t('list.allKinds')}</option>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {kindLabel[k]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <button type="submit" id="zoek" className="btn-primary">
            {t('list.submit')}
          </button>
          {(filtered || errors.length > 0) && (
            <button type="submit" name="wis" value="1" id="wis-filters" className="btn-secondary">
              {t('list.clear')}
            </button>
          )}
        </div>
      </form>

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
    </>
  );
}
