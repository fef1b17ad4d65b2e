import Link from '@/components/common/link';
import { chooseRoute } from '@/components/wizard/actions';
import type { Catalogue, Route } from '@/lib/catalogue/schema';
import { labelsFor } from '@/lib/engine/labels';
import { presentLabels } from '@/lib/present/present';
import { CARE_PROVIDERS, type CareProvider } from '@/lib/answers/schema';
import { firstSentence, type RecommendedRoute } from '@/lib/engine/route';
import { getTranslations, requestLocale } from '@/lib/i18n/server';

/*
 * The top of the advice page, to be read on a phone from top to bottom: the first step (fully
 * on the first screen), what comes after it, and the real alternatives, each with one sentence
 * on what it trades. Everything else on the page is further down or folded.
 */

type Props = { route: RecommendedRoute; catalogue: Catalogue };

function ChooseButton({ id, buttonId, label, describedBy, secondary }: { id: string; buttonId: string; label: string; describedBy?: string; secondary?: boolean }) {
  return (
    <form action={chooseRoute} className="no-print mt-3">
      <input type="hidden" name="route" value={id} />
      <button type="submit" id={buttonId} className={secondary ? 'btn-secondary' : 'btn-primary'} aria-describedby={describedBy}>
        {label}
      </button>
    </form>
  );
}

/**
 * The first step. `careProvider`: the person's GGZ-instelling, if they named one; a route's
 * link that names another instelling ("Vincent van Gogh: …" for a Dimence client) is not theirs
 * to follow, so it is left out here (the route's own page lists every link).
 */
export async function FirstStep({ route, catalogue, careProvider }: Props & { careProvider?: CareProvider }) {
  const [locale, t] = await Promise.all([requestLocale(), getTranslations('advice.route')]);
  const step = route.firstStep;
  const r: Route | undefined = step.type === 'route' ? catalogue.routes.find((x) => x.id === step.id) : undefined;
  const providers = labelsFor(locale).careProvider;
  const named = (label: string) => CARE_PROVIDERS.filter((p) => p !== 'other' && label.includes(providers[p]));
  const link = r?.links.find((l) => named(l.label).every((p) => p === careProvider));
  const crisis = step.id === 'crisis-help';
  return (
    <section
      id="eerste-stap"
      aria-labelledby="eerste-stap-titel"
      data-step-type={step.type}
      data-step={step.id}
      className={crisis ? 'mt-4 rounded-md border-4 border-red-700 p-4' : 'mt-4 rounded-md border-2 border-green-800 bg-green-50 p-4'}
    >
      <p className="text-base font-semibold text-slate-700">{t('firstStep')}</p>
      <h2 id="eerste-stap-titel" className="text-xl">
        {step.title}
      </h2>
      <ul className="mt-1 list-disc space-y-1 pl-6" aria-label={t('why')} data-why>
        {step.why.map((w, i) => (
          <li key={i}>{w.text}</li>
        ))}
      </ul>
      <p className="mt-1">
        <strong>{t('howToStart')}:</strong> {step.howToStart}
      </p>
      {crisis && (
        <p className="mt-2">
          <Link href="/hulp">{t('moreAbout', { name: step.title })}</Link>
        </p>
      )}
      {r && (
        <div className="flex flex-wrap items-center gap-x-4">
          <ChooseButton id={r.id} buttonId="kies-eerste-stap" label={t('choose')} describedBy="eerste-stap-titel" />
          <p className="mt-3">
            <Link href={`/aanbod/${r.id}`}>{t('moreAboutThis')}</Link>
            {link && (
              <>
                {' · '}
                <a href={link.url} rel="noreferrer">
                  {link.label}
                </a>
              </>
            )}
          </p>
        </div>
      )}
    </section>
  );
}

/**
 * Companions of the route that are not routes (issue 18): instruments around a job, a safety
 * net for the benefit, kinds of help to ask for. Each with what it is, what to say to ask for
 * it and, for kinds of help, the evidence (they are asked for on its strength).
 */
async function Companions({ id, items, catalogue, heading, intro, withEvidence }: { id: string; items: RecommendedRoute['instruments']; catalogue: Catalogue; heading: string; intro: string; withEvidence?: boolean }) {
  if (items.length === 0) return null;
  const [locale, t] = await Promise.all([requestLocale(), getTranslations('advice.route')]);
  const byId = new Map(catalogue.routes.map((r) => [r.id, r]));
  const levels = presentLabels(locale).evidence;
  // Folded, as the full lists are (issue 1: the route first, a short page on a phone): the
  // heading says what and how many, the fold holds what to ask.
  return (
    <section aria-labelledby={id} className="mt-6">
      <details id={`open-${id}`}>
        <summary>
          <h2 id={id} className="inline text-lg">
            {heading} ({items.length})
          </h2>
        </summary>
        <p className="mt-2">{intro}</p>
        <ul className="mt-2 list-disc space-y-2 pl-6" id={`lijst-${id}`}>
        {items.map((x) => {
          const r = byId.get(x.id);
          return (
            <li key={x.id} data-route={x.id}>
              <Link href={`/aanbod/${x.id}`}>{r?.name ?? x.id}</Link>: {x.why}
              {withEvidence && r && (
                <>
                  {' '}
                  <span data-evidence={r.evidence.level}>
                    {t('evidence')}: {levels[r.evidence.level]}. {firstSentence(r.evidence.text)}
                  </span>
                </>
              )}{' '}
              <span className="block">
                {t('youCanSay')}: “{x.say}”
              </span>
            </li>
          );
        })}
        </ul>
      </details>
    </section>
  );
}

export async function ThenAndAlternatives({ route, catalogue }: Props) {
  const t = await getTranslations('advice.route');
  const byId = new Map(catalogue.routes.map((r) => [r.id, r]));
  return (
    <>
      {route.then.length > 0 && (
        <section aria-labelledby="daarna" className="mt-6">
          <h2 id="daarna">{t('then')}</h2>
          <ol className="mt-2 list-decimal space-y-2 pl-6" id="lijst-daarna">
            {route.then.map((x) => (
              <li key={x.id} data-route={x.id}>
                {x.whenText}: <Link href={`/aanbod/${x.id}`}>{byId.get(x.id)?.name ?? x.id}</Link>
              </li>
            ))}
          </ol>
        </section>
      )}
      <Companions id="regelingen" items={route.instruments} catalogue={catalogue} heading={t('instruments')} intro={t('instrumentsIntro')} />
      <Companions id="vangnet" items={route.safetyNets} catalogue={catalogue} heading={t('safetyNets')} intro={t('safetyNetsIntro')} />
      {route.alternatives.length > 0 && (
        <section aria-labelledby="ook-mogelijk" className="mt-6">
          <h2 id="ook-mogelijk">{t('alternatives')}</h2>
          <p className="mt-1">{t('alternativesIntro')}</p>
          <ul className="mt-3 list-none space-y-4 p-0" id="lijst-ook-mogelijk">
            {route.alternatives.map((x) => {
              const r = byId.get(x.id)!;
              return (
                <li key={x.id} data-route={x.id} className="border-l-4 border-slate-400 pl-3">
                  <h3 id={`ook-${x.id}`} className="text-xl">
                    <Link href={`/aanbod/${x.id}`}>{r.name}</Link>
                  </h3>
                  <p className="mt-1">{x.tradeOff}</p>
                  <ChooseButton id={x.id} buttonId={`kies-ook-${x.id}`} label={t('choose')} describedBy={`ook-${x.id}`} secondary />
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </>
  );
}

export async function AlongsideAndChecks({ route, catalogue }: Props) {
  const [locale, t] = await Promise.all([requestLocale(), getTranslations('advice.route')]);
  const byId = new Map(catalogue.routes.map((r) => [r.id, r]));
  const who = labelsFor(locale).askAt;
  return (
    <>
      {route.alongside.length > 0 && (
        <section aria-labelledby="naast" className="mt-8">
          <h2 id="naast">{t('alongside')}</h2>
          <p className="mt-1">{t('alongsideIntro')}</p>
          <ul className="mt-2 list-disc space-y-2 pl-6" id="lijst-naast">
            {route.alongside.map((x) => (
              <li key={x.id} data-route={x.id}>
                <Link href={`/aanbod/${x.id}`}>{byId.get(x.id)?.name ?? x.id}</Link>: {x.why}
              </li>
            ))}
          </ul>
        </section>
      )}
      <Companions id="vraag-ook" items={route.askAbout} catalogue={catalogue} heading={t('askAbout')} intro={t('askAboutIntro')} withEvidence />
      {route.checkFirst.length > 0 && (
        <section aria-labelledby="nagaan" className="mt-8">
          <h2 id="nagaan">{t('checkFirst')}</h2>
          <ul className="mt-2 list-disc space-y-2 pl-6" id="lijst-nagaan">
            {route.checkFirst.map((c, i) => (
              <li key={i}>
                {c.text} {t('askAt', { who: who[c.askAt] })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
