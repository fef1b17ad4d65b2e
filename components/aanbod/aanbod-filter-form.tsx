import { FieldError } from '@/components/common/field-error';
import { BENEFITS, MAX_AGE, MIN_AGE } from '@/lib/answers/schema';
import { presentLabels } from '@/lib/present/present';
import { KINDS } from '@/lib/catalogue/schema';
import type { Locale } from '@/lib/i18n/locale';
import { getTranslations, localHref } from '@/lib/i18n/server';
import { questionCopy } from '@/lib/journey/question-copy';
import type { FilterError, FilterParam, ParsedFilters } from '@/lib/map/aanbod';

type Props = ParsedFilters & { locale: Locale };

const field = 'mt-1 block w-full max-w-sm rounded-md border-2 border-slate-700 px-3 py-2 text-lg';

/**
 * The aanbod's filters. The form posts to /aanbod/filter, which keeps them in a short-lived
 * cookie, never in the URL (lib/map/filter-cookie.ts); what was typed comes back in `raw`.
 */
export async function AanbodFilterForm({ filters, errors, raw, locale }: Props) {
  const t = await getTranslations('aanbod');
  const kindLabel = presentLabels(locale).kind;
  const benefitOptions = questionCopy('benefit', locale).options ?? {};
  const errorOf = (p: FilterParam) => errors.find((e) => e.param === p)?.text;
  const filtered = Object.keys(filters).length > 0;

  return (
    <form method="post" action={await localHref('/aanbod/filter')} className="mt-6 card bg-slate-50" aria-labelledby="filter-kop">
      <h2 id="filter-kop">{t('list.filterHeading')}</h2>
      <p className="mt-1 text-base">{t('list.filterNote')}</p>
      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="regio" className="font-semibold">
            {t('list.region')}
          </label>
          <FilterError param="regio" errors={errors} />
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
          <FilterError param="uitkering" errors={errors} />
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
          <FilterError param="leeftijd" errors={errors} />
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
          <FilterError param="soort" errors={errors} />
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
  );
}

function FilterError({ param, errors }: { param: FilterParam; errors: readonly FilterError[] }) {
  const text = errors.find((e) => e.param === param)?.text;
  return text ? <FieldError id={`${param}-fout`}>{text}</FieldError> : null;
}
