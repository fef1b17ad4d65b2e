import type { ReactNode } from 'react';
import Link from '@/components/common/link';
import { RouteCard } from '@/components/advice/route-card';
import { YourPath } from '@/components/map/your-path';
import type { Answers } from '@/lib/answers/schema';
import type { Catalogue } from '@/lib/catalogue/schema';
import type { Advice } from '@/lib/engine/advise';
import type { Locale } from '@/lib/i18n/locale';
import { getTranslations } from '@/lib/i18n/server';

type Props = { advice: Advice; answers: Answers; catalogue: Catalogue; locale: Locale };

/** The path to the page with every route (app/[locale]/(dynamic)/advies/alle-routes). */
export const ALL_ROUTES_PATH = '/advies/alle-routes';

/**
 * Below the recommended route on the advice page: how many routes may fit, a link to the page
 * that shows them all, and, folded, the person's path through the stroomschema and the
 * glossary. The full cards are not on the advice page: they were 144 of its 162 kB of content
 * (docs/benchmarks.md), for a list most people never open.
 */
export async function AllRoutesSummary({ advice, answers, catalogue, locale }: Props) {
  const t = await getTranslations('advice');
  const fitting = advice.recommended.length + advice.conditional.length;
  const link = (chunks: ReactNode) => (
    <Link href={ALL_ROUTES_PATH} id="naar-alle-routes">
      {chunks}
    </Link>
  );
  return (
    <section aria-labelledby="alle-routes" className="mt-8">
      <h2 id="alle-routes" className="text-xl">
        {t('route.allFitting', { count: fitting })}
      </h2>
      <p className="mt-2">
        {t.rich('allRoutesLink', { link, recommended: advice.recommended.length, conditional: advice.conditional.length, notSuitable: advice.notSuitable.length })}
      </p>
      <details className="mt-2" id="pad-uitklap">
        <summary>{t('route.path')}</summary>
        <YourPath answers={answers} catalogue={catalogue} locale={locale} />
      </details>
      <details className="mt-2" id="woordenlijst">
        <summary>{t('route.glossary')}</summary>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {(['ggz', 'poh', 'uwv', 'bijstand', 'doelgroepregister', 'werkervaringsplaats'] as const).map((k) => (
            <li key={k}>{t(`route.terms.${k}`)}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}

/**
 * Every route, in the engine's groups and order: what fits best, what may fit (check first),
 * and what does not fit and why. Each group is a section with its own heading, so a screen
 * reader's heading list is the page's contents.
 */
export async function AllRoutes({ advice, answers, catalogue }: Omit<Props, 'locale'>) {
  const t = await getTranslations('advice');
  const byId = new Map(catalogue.routes.map((r) => [r.id, r]));
  const benefit = answers.situation.benefit;
  return (
    <>
      <nav aria-labelledby="op-deze-pagina" className="mt-4">
        <h2 id="op-deze-pagina" className="text-lg">
          {t('allPage.contents')}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>
            <a href="#aanbevolen">{t('recommendedHeading', { count: advice.recommended.length })}</a>
          </li>
          <li>
            <a href="#misschien">{t('conditionalHeading', { count: advice.conditional.length })}</a>
          </li>
          <li>
            <a href="#niet">{t('notSuitableCount', { count: advice.notSuitable.length })}</a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="aanbevolen" className="mt-8">
        <h2 id="aanbevolen">{t('recommendedHeading', { count: advice.recommended.length })}</h2>
        {advice.recommended.length === 0 ? (
          <p className="mt-2">{t('noneRecommended')}</p>
        ) : (
          <ol className="mt-4 list-none space-y-6 p-0" id="lijst-aanbevolen">
            {advice.recommended.map((a) => (
              <li key={a.id}>
                <RouteCard advice={a} route={byId.get(a.id)!} catalogue={catalogue} benefit={benefit} />
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="misschien" className="mt-10">
        <h2 id="misschien">{t('conditionalHeading', { count: advice.conditional.length })}</h2>
        <p className="mt-2">{t('conditionalIntro')}</p>
        <ul className="mt-4 list-none space-y-6 p-0" id="lijst-misschien">
          {advice.conditional.map((a) => (
            <li key={a.id}>
              <RouteCard advice={a} route={byId.get(a.id)!} catalogue={catalogue} benefit={benefit} conditional />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="niet" className="mt-10">
        <h2 id="niet">{t('notSuitableCount', { count: advice.notSuitable.length })}</h2>
        <ul className="mt-3 space-y-3" id="lijst-niet">
          {advice.notSuitable.map((a) => (
            <li key={a.id} data-route={a.id}>
              <strong>{a.name}</strong>
              <ul className="list-disc pl-6">
                {a.reasons.map((r, i) => (
                  <li key={i}>{r.text}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
