import type { Route } from '@/lib/catalogue/schema';
import { figureSentence, presentLabels } from '@/lib/present/present';
import { getTranslations, requestLocale } from '@/lib/i18n/server';

/** What the figures say, in words first; the bar only repeats the number for the eye. In the request's language. */
export async function Figures({ route }: { route: Route }) {
  const [locale, t] = await Promise.all([requestLocale(), getTranslations('advice.figures')]);
  const labels = presentLabels(locale);
  return (
    <div>
      <p>
        <strong>{labels.evidence[route.evidence.level]}.</strong> {route.evidence.text}
      </p>
      {route.outcomes.length === 0 ? (
        <p className="mt-2">{t('none')}</p>
      ) : (
        <ul className="mt-3 space-y-4">
          {route.outcomes.map((o, i) => {
            const source = {
              study: o.study,
              year: o.year === 'unknown' ? t('yearUnknown') : String(o.year),
              studyType: labels.studyType[o.studyType],
            };
            return (
              <li key={i}>
                <p className="font-semibold">{figureSentence(o, locale)}</p>
                <div aria-hidden="true" className="mt-1 h-3 w-full max-w-xs rounded bg-slate-200">
                  {/* A range (o.max) is the solid bar up to its lower end, then a lighter bar up to its upper end. */}
                  <div className="flex h-3">
                    <div className="h-3 rounded-l bg-green-700" style={{ width: `${o.value}%` }} />
                    {o.max !== undefined && <div className="h-3 rounded-r bg-green-300" style={{ width: `${o.max - o.value}%` }} />}
                  </div>
                </div>
                <p className="mt-1 text-base text-slate-700">
                  {o.timeframe ? t('whoWhen', { population: o.population, timeframe: o.timeframe }) : t('who', { population: o.population })}
                  {o.comparison && ` ${t('comparison', { label: o.comparison.label, value: String(Math.round(o.comparison.value)) })}`}
                  {` ${o.n ? t('sourcePeople', { ...source, n: String(o.n) }) : t('source', source)}`}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
