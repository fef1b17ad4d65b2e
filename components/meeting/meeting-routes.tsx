import { chooseInMeeting } from '@/components/meeting/actions';
import type { Catalogue } from '@/lib/catalogue/schema';
import type { Advice } from '@/lib/engine/advise';
import { labelsFor } from '@/lib/engine/labels';
import type { Locale } from '@/lib/i18n/locale';
import { getTranslations } from '@/lib/i18n/server';

type Props = { advice: Advice; chosenRoute: string | null | undefined; catalogue: Catalogue; locale: Locale };

/**
 * Step 3 of the driegesprek: the recommended route first, as on the advice page
 * (advice.route); the other routes that fit are folded below. Each can be chosen together.
 */
export async function MeetingRoutes({ advice, chosenRoute, catalogue, locale }: Props) {
  const t = await getTranslations('meeting');
  const route = advice.route;
  const first = route.firstStep;
  const name = (id: string) => catalogue.routes.find((r) => r.id === id)?.name ?? id;
  const who = labelsFor(locale).askAt;
  const shown = new Set([first.id, ...route.then.map((x) => x.id), ...route.alternatives.map((x) => x.id)]);
  const others = [...advice.recommended, ...advice.conditional].filter((a) => !shown.has(a.id));
  const conditional = new Set(advice.conditional.map((a) => a.id));
  const conditionalMark = (id: string) => (conditional.has(id) ? ` (${t('step3.conditional')})` : '');
  const chosenMark = (id: string) => (id === chosenRoute ? ` — ${t('step3.chosen')}` : '');
  const chooseButton = (id: string, routeName: string, buttonId: string) =>
    id !== chosenRoute && (
      <form action={chooseInMeeting} className="mt-2">
        <input type="hidden" name="route" value={id} />
        <button type="submit" id={buttonId} className="btn-link">
          {t('step3.choose', { route: routeName })}
        </button>
      </form>
    );

  return (
    <div id="driegesprek-routes">
      <section
        aria-labelledby="driegesprek-eerste-stap"
        id="driegesprek-eerste"
        data-step={first.id}
        data-step-type={first.type}
        className={first.id === 'crisis-help' ? 'mt-2 rounded-md border-4 border-red-700 p-3' : 'mt-2 rounded-md border-2 border-green-800 bg-green-50 p-3'}
      >
        <p className="text-base font-semibold text-slate-700">{t('step3.firstStep')}</p>
        <h3 id="driegesprek-eerste-stap" className="text-lg">
          {first.title}
          {first.id === chosenRoute ? ` — ${t('step3.chosen')}` : ''}
        </h3>
        <ul className="mt-1 list-disc pl-5 text-base" aria-label={t('step3.why')}>
          {first.why.map((w, i) => (
            <li key={i}>{w.text}</li>
          ))}
        </ul>
        <p className="mt-1 text-base">
          <strong>{t('step3.howToStart')}</strong> {first.howToStart}
        </p>
        {first.type === 'route' ? chooseButton(first.id, first.title, 'kies-eerste-stap') : <p className="mt-1 text-base">{t('step3.actionNote')}</p>}
      </section>
      {route.then.length > 0 && (
        <>
          <h3 className="mt-4 text-lg">{t('step3.then')}</h3>
          <ol className="mt-2 list-none space-y-3 p-0" id="driegesprek-daarna">
            {route.then.map((x) => (
              <li key={x.id} data-route={x.id} className="rounded-md border-2 border-slate-300 p-3">
                <h4 className="text-lg">
                  {name(x.id)}
                  {chosenMark(x.id)}
                </h4>
                <p className="text-base">{x.whenText}</p>
                {chooseButton(x.id, name(x.id), `kies-daarna-${x.id}`)}
              </li>
            ))}
          </ol>
        </>
      )}
      {route.alternatives.length > 0 && (
        <>
          <h3 className="mt-4 text-lg">{t('step3.alternatives')}</h3>
          <ol className="mt-2 list-none space-y-3 p-0" id="driegesprek-ook-mogelijk">
            {route.alternatives.map((x) => (
              <li key={x.id} data-route={x.id} className="rounded-md border-2 border-slate-300 p-3">
                <h4 className="text-lg">
                  {name(x.id)}
                  {conditionalMark(x.id)}
                  {chosenMark(x.id)}
                </h4>
                <p className="text-base">{x.tradeOff}</p>
                {chooseButton(x.id, name(x.id), `kies-ook-${x.id}`)}
              </li>
            ))}
          </ol>
        </>
      )}
      {route.checkFirst.length > 0 && (
        <>
          <h3 className="mt-4 text-lg">{t('step3.checkFirst')}</h3>
          <ul className="mt-1 list-disc space-y-1 pl-6 text-base" id="driegesprek-nagaan">
            {route.checkFirst.map((x, i) => (
              <li key={i}>{t('step3.check', { text: x.text, who: who[x.askAt] })}</li>
            ))}
          </ul>
        </>
      )}
      {others.length > 0 && (
        <details className="mt-4" id="driegesprek-andere" open={others.some((a) => a.id === chosenRoute)}>
          <summary>{t('step3.others', { count: others.length })}</summary>
          <ol className="mt-2 list-none space-y-3 p-0" id="driegesprek-andere-routes">
            {others.map((a) => (
              <li key={a.id} data-route={a.id} className="rounded-md border-2 border-slate-300 p-3">
                <h4 className="text-lg">
                  {a.name}
                  {conditionalMark(a.id)}
                  {chosenMark(a.id)}
                </h4>
                <ul className="mt-1 list-disc pl-5 text-base">
                  {a.reasons
                    .filter((r) => r.type !== 'against')
                    .slice(0, 3)
                    .map((r, i) => (
                      <li key={i}>{r.text}</li>
                    ))}
                </ul>
                {chooseButton(a.id, a.name, `kies-${a.id}`)}
              </li>
            ))}
          </ol>
        </details>
      )}
    </div>
  );
}
