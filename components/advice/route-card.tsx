import type { AnswerBenefit } from '@/lib/answers/schema';
import type { Catalogue, Route } from '@/lib/catalogue/schema';
import { factText, presentLabels } from '@/lib/present/present';
import type { RouteAdvice } from '@/lib/engine/advise';
import { RouteDetails } from '@/components/advice/route-details';
import { chooseRoute } from '@/components/wizard/actions';
import { labelsFor } from '@/lib/engine/labels';
import { getTranslations, requestLocale } from '@/lib/i18n/server';

const MAX_REASONS = 3;

type Props = { advice: RouteAdvice; route: Route; catalogue: Catalogue; benefit?: AnswerBenefit; conditional?: boolean };

/**
 * One route on the advice page: what it is, why it fits you, how to start, and more. In the
 * request's language: pass the route, advice and catalogue of that language.
 */
export async function RouteCard({ advice, route, catalogue, benefit, conditional }: Props) {
  const [locale, t] = await Promise.all([requestLocale(), getTranslations('advice.card')]);
  // At most three reasons a card: what to check first, then why it fits.
  const checks = advice.reasons.filter((r) => r.type === 'check').slice(0, MAX_REASONS);
  const fits = advice.reasons.filter((r) => r.type === 'fits').slice(0, MAX_REASONS - checks.length);
  const titleId = `route-${route.id}`;
  return (
    <article aria-labelledby={titleId} className="card" data-route={route.id} data-group={advice.group}>
      <p className="text-base font-semibold text-slate-700">{presentLabels(locale).kind[route.kind]}</p>
      <h3 id={titleId} className="text-2xl">
        {advice.rank !== undefined && !conditional ? `${advice.rank}. ` : ''}
        {route.name}
      </h3>
      <p className="mt-2">{route.summary.text}</p>

      {checks.length > 0 && (
        <section className="mt-4 rounded-md bg-amber-50 p-3">
          <h4>{t('checks')}</h4>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {checks.map((r, i) => (
              <li key={i}>{r.text}</li>
            ))}
          </ul>
        </section>
      )}

      {fits.length > 0 && (
        <section className="mt-4">
          <h4>{t('fits')}</h4>
          <ul className="mt-1 list-disc space-y-1 pl-6" data-reasons="fits">
            {fits.map((r, i) => (
              <li key={i}>{r.text}</li>
            ))}
          </ul>
        </section>
      )}

      <section className="mt-4">
        <h4>{t('start')}</h4>
        <p>{factText(route.access.how, locale)}</p>
        {'askAt' in route.access.how && <p className="mt-1">{t('askAt', { who: labelsFor(locale).askAt[route.access.how.askAt] })}</p>}
        <p className="mt-2">{t('say')}</p>
        <blockquote className="mt-1 border-l-4 border-green-700 pl-3 italic">{t('quote', { say: route.access.say })}</blockquote>
      </section>

      <details className="mt-4">
        <summary>{t('more', { name: route.name })}</summary>
        <div className="mt-3">
          <RouteDetails route={route} benefit={benefit} catalogue={catalogue} />
        </div>
      </details>

      <form action={chooseRoute} className="no-print mt-4">
        <input type="hidden" name="route" value={route.id} />
        <button type="submit" id={`kies-${route.id}`} className="btn-primary" aria-describedby={titleId}>
          {t('choose')}
        </button>
      </form>
    </article>
  );
}
