import { setPriorities } from '@/components/wizard/actions';
import { ASKED_PRIORITIES, type Priority } from '@/lib/answers/schema';
import type { Catalogue } from '@/lib/catalogue/schema';
import type { PriorityEffect } from '@/lib/engine/advice-view';
import type { RecommendedRoute } from '@/lib/engine/route';
import type { Locale } from '@/lib/i18n/locale';
import { questionCopy } from '@/lib/journey/question-copy';
import { getTranslations } from '@/lib/i18n/server';

type Props = { route: RecommendedRoute; chosen: readonly Priority[]; effect: PriorityEffect; catalogue: Catalogue; locale: Locale };

/** "Wat vind jij belangrijk?": priorities that reorder equal routes, and whether they did (priorityEffect). */
export async function PrioritiesForm({ route, chosen, effect, catalogue, locale }: Props) {
  const t = await getTranslations('advice');
  const byId = new Map(catalogue.routes.map((r) => [r.id, r]));
  const priorityOptions = questionCopy('priorities', locale).options ?? {};
  return (
    <section aria-labelledby="belangrijk" className="no-print mt-8 card bg-slate-50">
      <h2 id="belangrijk">{t('prioritiesHeading')}</h2>
      <p className="mt-1">{t('prioritiesIntro')}</p>
      {effect !== 'none' && (
        <p className="mt-2 font-semibold" role="status" id="volgorde-uitleg">
          {effect === 'changed' && route.alternatives[0]
            ? t('route.orderChanged', { name: byId.get(route.alternatives[0].id)?.name ?? route.alternatives[0].id })
            : t('route.orderSame')}
        </p>
      )}
      <form action={setPriorities} className="mt-3">
        <fieldset>
          <legend className="sr-only">{t('prioritiesHeading')}</legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {ASKED_PRIORITIES.map((p) => (
              <div key={p} className="choice bg-white">
                <input type="checkbox" id={`prioriteit-${p}`} name="answer" value={p} defaultChecked={chosen.includes(p)} />
                <label htmlFor={`prioriteit-${p}`} className="flex-1 cursor-pointer">
                  {priorityOptions[p]?.label ?? p}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <button type="submit" id="volgorde" className="btn-secondary mt-4">
          {t('reorder')}
        </button>
      </form>
    </section>
  );
}
