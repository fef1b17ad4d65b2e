import { Signals } from '@/components/advice/signals';
import { RouteProfessional } from '@/components/professional/route-professional';
import { chooseRoute } from '@/components/wizard/actions';
import { presentLabels } from '@/lib/present/present';
import type { ReactNode } from 'react';
import type { Catalogue, Route } from '@/lib/catalogue/schema';
import type { Advice, RouteAdvice } from '@/lib/engine/advise';
import { adviceLayout } from '@/lib/engine/advice-view';
import { labelsFor } from '@/lib/engine/labels';
import type { Locale } from '@/lib/i18n/locale';
import { getTranslations } from '@/lib/i18n/server';

type Props = { advice: Advice; openCount: number; mayChoose: boolean; catalogue: Catalogue; locale: Locale };

/**
 * The advice beside the intake, for the professional: the recommended route first, as on the
 * advice page (advice.route), with each route's professional view; every route that may fit is
 * folded below. Routes can be chosen once no question is open.
 */
export async function IntakeAdvice({ advice, openCount, mayChoose, catalogue, locale }: Props) {
  const t = await getTranslations('intake');
  const kindLabel = presentLabels(locale).kind;
  const who = labelsFor(locale).askAt;
  const byId = new Map(catalogue.routes.map((r) => [r.id, r]));
  const route = advice.route;
  const layout = adviceLayout(advice);
  const first = route.firstStep;
  const firstRoute = first.type === 'route' ? byId.get(first.id) : undefined;
  const chooseButton = (id: string, name: string, buttonId: string) =>
    mayChoose && (
      <form action={chooseRoute} className="mt-2">
        <input type="hidden" name="route" value={id} />
        <button type="submit" id={buttonId} className="btn-link">
          {t('choose', { name })}
        </button>
      </form>
    );

  /** An entry beside the route (an alternative, an instrument …): name, kind, one line, the professional view. */
  const card = (r: Route, line: string, profId: string, action?: ReactNode) => (
    <li key={r.id} data-route={r.id} className="rounded-md border-2 border-slate-300 p-3">
      <h4 className="text-lg">{r.name}</h4>
      <p className="text-sm text-slate-700">{kindLabel[r.kind]}</p>
      <p className="mt-1 text-base">{line}</p>
      <RouteProfessional route={r} catalogue={catalogue} id={profId} />
      {action}
    </li>
  );

  const routeItem = (a: RouteAdvice) => {
    const route = byId.get(a.id)!;
    const fits = a.reasons.filter((r) => r.type === 'fits').slice(0, 2);
    const checks = a.reasons.filter((r) => r.type === 'check');
    return (
      <li key={a.id} className="rounded-md border-2 border-slate-300 p-3">
        <h4 className="text-lg">{a.name}</h4>
        <p className="text-sm text-slate-700">{kindLabel[a.kind]}</p>
        <ul className="mt-1 list-disc pl-5 text-base">
          {[...fits, ...checks].map((r, i) => (
            <li key={i}>
              {r.type === 'check' ? t('checkPrefix') : ''}
              {r.text}
            </li>
          ))}
        </ul>
        <RouteProfessional route={route} catalogue={catalogue} />
        {chooseButton(a.id, a.name, `kies-${a.id}`)}
      </li>
    );
  };

  return (
    <section aria-labelledby="intake-advies">
      <h2 id="intake-advies">{t('adviceHeading')}</h2>
      <p id="intake-status" aria-live="polite" className="mt-1 font-semibold">
        {t('status', { recommended: advice.recommended.length, conditional: advice.conditional.length, open: openCount })}
      </p>
      <Signals signals={layout.urgent} />
      <section
        aria-labelledby="intake-eerste-stap-kop"
        id="intake-eerste-stap"
        data-step={first.id}
        data-step-type={first.type}
        className={first.id === 'crisis-help' ? 'mt-4 rounded-md border-4 border-red-700 p-3' : 'mt-4 rounded-md border-2 border-green-800 bg-green-50 p-3'}
      >
        <h3 id="intake-eerste-stap-kop" className="text-lg">
          {t('firstStep')}
        </h3>
        <h4 id="intake-eerste-stap-titel" className="text-lg">
          {first.title}
        </h4>
        {firstRoute && <p className="text-sm text-slate-700">{kindLabel[firstRoute.kind]}</p>}
        <ul className="mt-1 list-disc pl-5 text-base" aria-label={t('why')}>
          {first.why.map((w, i) => (
            <li key={i}>{w.text}</li>
          ))}
        </ul>
        <p className="mt-1 text-base">
          <strong>{t('howToStart')}</strong> {first.howToStart}
        </p>
        {firstRoute && (
          <>
            <RouteProfessional route={firstRoute} catalogue={catalogue} id="prof-eerste-stap" />
            {chooseButton(firstRoute.id, firstRoute.name, 'kies-eerste-stap')}
          </>
        )}
      </section>
      {route.then.length > 0 && (
        <>
          <h3 className="mt-4 text-lg">{t('then')}</h3>
          <ol id="intake-daarna" className="mt-1 list-decimal space-y-1 pl-6 text-base">
            {route.then.map((x) => (
              <li key={x.id} data-route={x.id}>
                {x.whenText}: {byId.get(x.id)?.name ?? x.id}
              </li>
            ))}
          </ol>
        </>
      )}
      {route.alternatives.length > 0 && (
        <>
          <h3 className="mt-4 text-lg">{t('alternatives')}</h3>
          <ol id="intake-ook-mogelijk" className="mt-2 list-none space-y-3 p-0">
            {route.alternatives.map((x) => {
              const r = byId.get(x.id)!;
              return card(r, x.tradeOff, `prof-ook-${r.id}`, chooseButton(r.id, r.name, `kies-ook-${r.id}`));
            })}
          </ol>
        </>
      )}
      {route.checkFirst.length > 0 && (
        <>
          <h3 className="mt-4 text-lg">{t('checkFirst')}</h3>
          <ul id="intake-eerst-nagaan" className="mt-1 list-disc space-y-1 pl-6 text-base">
            {route.checkFirst.map((x, i) => (
              <li key={i}>{t('checkWith', { text: x.text, who: who[x.askAt] })}</li>
            ))}
          </ul>
        </>
      )}
      {/* Instruments, a safety net and kinds of help beside the route (issue 18), each with its professional view: who arranges it, on what basis. */}
      {(
        [
          ['intake-regelingen', route.instruments, 'instruments'],
          ['intake-vangnet', route.safetyNets, 'safetyNets'],
          ['intake-vraag-ook', route.askAbout, 'askAbout'],
        ] as const
      ).map(
        ([id, items, key]) =>
          items.length > 0 && (
            <section key={id} aria-labelledby={`${id}-kop`}>
              <h3 id={`${id}-kop`} className="mt-4 text-lg">
                {t(`companions.${key}`)}
              </h3>
              <ul id={id} className="mt-2 list-none space-y-3 p-0">
                {items.map((x) => {
                  const r = byId.get(x.id)!;
                  return card(r, x.why, `prof-${id}-${r.id}`);
                })}
              </ul>
            </section>
          ),
      )}
      <Signals signals={layout.goodToKnow} />
      <h3 className="mt-6 text-lg">{t('allFitting')}</h3>
      <details className="mt-2" id="intake-alle-aanbevolen">
        <summary>{t('recommended', { count: advice.recommended.length })}</summary>
        {advice.recommended.length === 0 ? (
          <p>{t('noneRecommended')}</p>
        ) : (
          <ol id="intake-aanbevolen" className="mt-2 list-none space-y-3 p-0">
            {advice.recommended.map(routeItem)}
          </ol>
        )}
      </details>
      {advice.conditional.length > 0 && (
        <details className="mt-2" id="intake-alle-nagaan">
          <summary>{t('conditional', { count: advice.conditional.length })}</summary>
          <ol id="intake-nagaan" className="mt-2 list-none space-y-3 p-0">
            {advice.conditional.map(routeItem)}
          </ol>
        </details>
      )}
      {advice.notSuitable.length > 0 && (
        <details className="mt-4">
          <summary>{t('notSuitable', { count: advice.notSuitable.length })}</summary>
          <ul className="mt-2 list-disc pl-5 text-base">
            {advice.notSuitable.map((a) => (
              <li key={a.id}>
                {a.name}: {a.reasons.find((r) => r.type === 'against')?.text ?? t('notSuitableFallback')}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
