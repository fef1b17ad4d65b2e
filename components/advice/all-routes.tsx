import { getTranslations } from 'next-intl/server';
import { RouteCard } from '@/components/advice/route-card';
import { YourPath } from '@/components/map/your-path';
import type { Answers } from '@/lib/answers/schema';
import type { Catalogue } from '@/lib/catalogue/schema';
import type { Advice } from '@/lib/engine/advise';
import type { Locale } from '@/lib/i18n/locale';

type Props = { advice: Advice; answers: Answers; catalogue: Catalogue; locale: Locale };

/** Every route that fits, what does not fit and why, the path and the glossary: all folded. */
export async function AllRoutes({ advice, answers, catalogue, locale }: Props) {
  const t = await getTranslations('advice');
  const byId = new Map(catalogue.routes.map((r) => [r.id, r]));
  const benefit = answers.situation.benefit;
  const fitting = [...advice.recommended, ...advice.conditional];
  return (
    <section aria-labelledby="alle-routes" className="mt-8">
      <h2 id="alle-routes" className="text-xl">
        {t('route.allFitting', { count: fitting.length })}
      </h2>
      <details className="mt-2" id="alle-passende">
        <summary>{t('recommendedHeading', { count: advice.recommended.length })}</summary>
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
      </details>
      <details className="mt-2">
        <summary>{t('conditionalHeading', { count: advice.conditional.length })}</summary>
        <p className="mt-2">{t('conditionalIntro')}</p>
        <ul className="mt-4 list-none space-y-6 p-0" id="lijst-misschien">
          {advice.conditional.map((a) => (
            <li key={a.id}>
              <RouteCard advice={a} route={byId.get(a.id)!} catalogue={catalogue} benefit={benefit} conditional />
            </li>
          ))}
        </ul>
      </details>
      <details className="mt-2" id="niet">
        <summary>{t('notSuitableSummary', { count: advice.notSuitable.length })}</summary>
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
      </details>
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
