import Link from '@/components/common/link';
import type { Answers } from '@/lib/answers/schema';
import type { Catalogue } from '@/lib/catalogue/schema';
import type { Locale } from '@/lib/i18n/locale';
import { requestLocale } from '@/lib/i18n/server';
import { answerText } from '@/lib/journey/answer-labels';
import { routeNames } from '@/lib/map/layout';
import { pathOf, questionOf } from '@/lib/map/path';
import { stroomschema } from '@/lib/map/stroomschema';
import { translator } from '@/lib/i18n/translator';

/**
 * The person's own path through the stroomschema, on the advice page: each decision point
 * with every branch, theirs marked in words ("jouw antwoord", and "(jouw pad)" for screen
 * readers via aria-current), not only by colour. Server-rendered, no script.
 * `catalogue` is the catalogue in the page's language (getCatalogue(locale)); `locale` is the
 * request's language when left out.
 */
export async function YourPath({ answers, catalogue, locale }: { answers: Answers; catalogue: Catalogue; locale: Locale }) {
  const lang = locale ?? (await requestLocale());
  const t = translator(lang, 'map');
  const data = stroomschema(catalogue, lang);
  const name = routeNames(data);
  return (
    <section aria-labelledby="jouw-pad" className="mt-10" id="pad">
      <h2 id="jouw-pad">{t('path.heading')}</h2>
      <p className="mt-1">{t.rich('path.intro', { link: (chunks) => <Link href="/stroomschema">{chunks}</Link> })}</p>
      <ol className="mt-4 list-none space-y-4 p-0" id="pad-lijst">
        {pathOf(data, answers, catalogue.regions).map(({ point, branch }) => (
          <li key={point.id} data-decision={point.id} className="card">
            <h3 className="text-lg">{point.title}</h3>
            <p className="mt-1" data-answer>
              <strong>{t('path.yourAnswer')}</strong> {answerText(questionOf[point.id], answers, catalogue.regions, lang) || t('path.notAsked')}
              {branch ? t('path.branch', { label: branch.label }) : t('path.noBranch')}
            </p>
            {branch && (
              <p className="mt-1">
                {branch.out.length ? t('path.out', { names: name(branch.out) }) : t('path.noneOut')}
                {branch.check.length > 0 && t('path.check', { names: name(branch.check) })}
              </p>
            )}
            <ul className="mt-2 flex list-none flex-wrap gap-2 p-0 text-base" aria-label={t('path.allAnswers', { title: point.title })}>
              {point.branches.map((b) =>
                b === branch ? (
                  <li key={b.id} aria-current="true" data-current className="rounded border-2 border-green-800 bg-green-50 px-2 font-bold">
                    <span aria-hidden="true">✓ </span>
                    {b.label}
                    <span className="sr-only">{t('path.current')}</span>
                  </li>
                ) : (
                  <li key={b.id} className="rounded border border-slate-400 px-2 text-slate-700">
                    {b.label}
                  </li>
                ),
              )}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
