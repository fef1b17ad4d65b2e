import Link from '@/components/common/link';
import { ErrorSummary } from '@/components/common/error-summary';
import { AanbodFilterForm } from '@/components/aanbod/aanbod-filter-form';
import { AanbodList } from '@/components/aanbod/aanbod-list';
import type { Catalogue } from '@/lib/catalogue/schema';
import type { Locale } from '@/lib/i18n/locale';
import { listRoutes, type ParsedFilters } from '@/lib/map/aanbod';
import { getTranslations } from '@/lib/i18n/server';

/** Every route of the catalogue, to filter by region, benefit, age and kind. */
export async function AanbodOverview({ parsed, catalogue, locale }: { parsed: ParsedFilters; catalogue: Catalogue; locale: Locale }) {
  const t = await getTranslations('aanbod');
  const { filters, errors } = parsed;
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

      <AanbodFilterForm {...parsed} locale={locale} />
      <AanbodList listed={listRoutes(catalogue, filters, locale)} filters={filters} catalogue={catalogue} locale={locale} />
    </>
  );
}
