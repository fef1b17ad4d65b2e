import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from '@/components/common/link';
import { addAgreement, chooseInMeeting, consent, removeAgreement, saveSetup, setNextMeeting } from '@/components/meeting/actions';
import { SavePlanLink } from '@/components/plan/save-plan-link';
import { ErrorSummary } from '@/components/wizard/error-summary';
import { getCatalogue } from '@/lib/catalogue/load';
import { advise } from '@/lib/engine/advise';
import { labelsFor } from '@/lib/engine/labels';
import { requestLocale } from '@/lib/i18n/server';
import { answerText } from '@/lib/journey/answer-labels';
import { readSession } from '@/lib/journey/cookie';
import { firstOpenQuestion } from '@/lib/journey/flow';
import { questionCopy } from '@/lib/journey/question-copy';
import { SITUATION_QUESTIONS, WISH_QUESTIONS, type QuestionId } from '@/lib/journey/questions';
import { journeyRuntime } from '@/lib/journey/runtime';
import { readMeetingOrEmpty } from '@/lib/meeting/cookie';
import { readDraft } from '@/lib/meeting/draft';
import { meetingErrorsFromQuery, purposeText, type MeetingError } from '@/lib/meeting/forms';
import { consentOnlyFromFile, currentConsent, MAX_AGREEMENTS, mayShare, PARTIES, SHARE_ITEMS, TEXT_LIMITS, type Party } from '@/lib/meeting/meeting';
import { longDate, todayIso } from '@/lib/dates';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** "Fout: …" in the title when the page shows errors, as on the wizard's questions. */
export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const [t, common] = await Promise.all([getTranslations('meeting'), getTranslations('common')]);
  const title = t('title');
  return { title: meetingErrorsFromQuery((await searchParams).fout).length > 0 ? common('errorPrefix', { title }) : title };
}

const FIELD_OF: Record<MeetingError, string> = {
  who: 'afspraak-wie',
  whoLong: 'afspraak-wie',
  what: 'afspraak-wat',
  whatLong: 'afspraak-wat',
  when: 'afspraak-wanneer',
  next: 'volgend-gesprek',
  full: 'afspraak-wie',
  purpose: 'doel',
  space: 'afspraak-wat',
};

/**
 * The driegesprek (001:443-460; 000:115-130): client, klantmanager and behandelaar (an
 * ervaringsdeskundige may join) walk the five steps of the stroomschema as an agenda, the
 * client's words first, after consent (001:665-680). Everything stays on this device.
 */
export default async function MeetingPage({ searchParams }: { searchParams: SearchParams }) {
  const [t, common, locale] = await Promise.all([getTranslations('meeting'), getTranslations('common'), requestLocale()]);
  const catalogue = getCatalogue(locale);
  const { deps } = journeyRuntime();
  const [{ session }, meeting] = await Promise.all([readSession(), readMeetingOrEmpty()]);
  const errs = meetingErrorsFromQuery((await searchParams).fout);
  // What was typed in a refused form, shown again (only with an error in the URL).
  const draft = errs.length > 0 ? await readDraft() : undefined;
  const setupDraft = draft?.purpose !== undefined ? draft : undefined;
  const c = session.context;
  const open = firstOpenQuestion(c, deps.isAsked);
  const advice = advise(c.answers, catalogue, locale);
  const chosen = catalogue.routes.find((r) => r.id === c.chosenRoute);
  const route = advice.route;
  const first = route.firstStep;
  const name = (id: string) => catalogue.routes.find((r) => r.id === id)?.name ?? id;
  const who = labelsFor(locale).askAt;
  const shown = new Set([first.id, ...route.then.map((x) => x.id), ...route.alternatives.map((x) => x.id)]);
  const others = [...advice.recommended, ...advice.conditional].filter((a) => !shown.has(a.id));
  const conditional = new Set(advice.conditional.map((a) => a.id));
  const conditionalMark = (id: string) => (conditional.has(id) ? ` (${t('step3.conditional')})` : '');
  const chosenMark = (id: string) => (id === c.chosenRoute ? ` — ${t('step3.chosen')}` : '');
  const chooseButton = (id: string, routeName: string, buttonId: string) =>
    id !== c.chosenRoute && (
      <form action={chooseInMeeting} className="mt-2">
        <input type="hidden" name="route" value={id} />
        <button type="submit" id={buttonId} className="btn-link">
          {t('step3.choose', { route: routeName })}
        </button>
      </form>
    );
  const today = todayIso();
  const shareOk = mayShare(meeting);
  // Consent an opened plan file claims but this deployment could not verify: shown as such, to confirm again.
  const anyFromFile = meeting.parties.some((p) => consentOnlyFromFile(meeting, p));
  const party = (p: Party) => t(`parties.${p}`);
  const date = (iso: string) => longDate(iso, locale);
  const answers = (qs: readonly QuestionId[]) => {
    const shown = qs.filter((q) => q !== 'crisis' && c.answered.includes(q) && deps.isAsked(q, c.answers));
    return shown.length === 0 ? (
      <p>{t('notFilledIn')}</p>
    ) : (
      <dl className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
        {shown.map((q) => (
          <div key={q} className="contents">
            <dt className="font-semibold">{questionCopy(q, locale).short}</dt>
            <dd>{answerText(q, c.answers, catalogue.regions, locale)}</dd>
          </div>
        ))}
      </dl>
    );
  };
  /** The errors of one field, in one element the field points to (aria-describedby). */
  const fieldErrs = (field: string) => errs.filter((e) => FIELD_OF[e] === field);
  const fieldError = (field: string) =>
    fieldErrs(field).length > 0 && (
      <span id={`${field}-fout`} className="block font-bold text-red-800">
        <span className="sr-only">{common('errorPrefix', { title: '' })}</span>
        {fieldErrs(field)
          .map((e) => t(`errors.${e}`, { max: MAX_AGREEMENTS }))
          .join(' ')}
      </span>
    );
  const describedBy = (field: string, hint?: string) => [hint, fieldErrs(field).length > 0 ? `${field}-fout` : undefined].filter(Boolean).join(' ') || undefined;
  const input = 'mt-1 block w-full rounded-md border-2 border-slate-700 px-2 py-1 text-base';

  return (
    <div className="wide">
      {errs.length > 0 && <ErrorSummary errors={errs.map((e) => ({ href: `#${FIELD_OF[e]}`, text: t(`errors.${e}`, { max: MAX_AGREEMENTS }) }))} />}
      <h1 id="driegesprek">{t('heading')}</h1>
      <p className="mt-2 max-w-3xl">{t('intro')}</p>

      <nav aria-label={t('agenda.label')} className="mt-4">
        <ol className="flex list-none flex-wrap gap-x-4 gap-y-1 p-0 text-base">
          <li>
            <a href="#toestemming">{t('agenda.consent')}</a>
          </li>
          <li>
            <a href="#stap-1">{t('agenda.1')}</a>
          </li>
          <li>
            <a href="#stap-2">{t('agenda.2')}</a>
          </li>
          <li>
            <a href="#stap-3">{t('agenda.3')}</a>
          </li>
          <li>
            <a href="#stap-4">{t('agenda.4')}</a>
          </li>
          <li>
            <a href="#stap-5">{t('agenda.5')}</a>
          </li>
        </ol>
      </nav>

      <section aria-labelledby="toestemming" className="mt-8 rounded-md border-2 border-slate-300 p-4">
        <h2 id="toestemming" tabIndex={-1}>
          {t('consent.heading')}
        </h2>
        <p className="mt-1">{t('consent.intro')}</p>
        <form action={saveSetup} className="mt-3 grid gap-4 md:grid-cols-2">
          <fieldset>
            <legend className="font-semibold">{t('consent.parties')}</legend>
            {PARTIES.map((p) => (
              <div key={p} className="flex items-start gap-2">
                <input
                  type="checkbox"
                  name="parties"
                  value={p}
                  id={`deelnemer-${p}`}
                  defaultChecked={setupDraft ? p === 'client' || (setupDraft.parties ?? []).includes(p) : meeting.parties.includes(p)}
                  disabled={p === 'client'}
                  className="mt-1 size-5"
                />
                <label htmlFor={`deelnemer-${p}`}>
                  {p === 'client' ? t('consent.clientAlways', { party: party(p) }) : party(p)}
                </label>
              </div>
            ))}
          </fieldset>
          <fieldset>
            <legend className="font-semibold">{t('consent.share')}</legend>
            {SHARE_ITEMS.map((s) => (
              <div key={s} className="flex items-start gap-2">
                <input type="checkbox" name="share" value={s} id={`delen-${s}`} defaultChecked={setupDraft ? (setupDraft.share ?? []).includes(s) : meeting.share.includes(s)} className="mt-1 size-5" />
                <label htmlFor={`delen-${s}`}>{t(`share.${s}`)}</label>
              </div>
            ))}
          </fieldset>
          <div className="md:col-span-2">
            <label htmlFor="doel" className="font-semibold">
              {t('consent.purpose')}
            </label>
            {fieldError('doel')}
            <textarea
              id="doel"
              name="purpose"
              rows={3}
              defaultValue={setupDraft?.purpose ?? purposeText(meeting, locale)}
              maxLength={TEXT_LIMITS.purpose}
              className={input}
              aria-describedby={describedBy('doel', 'doel-hint')}
            />
            <p className="mt-1 text-base text-slate-700" id="doel-hint">
              {t('consent.purposeHint')} {t('limits.purpose', { chars: TEXT_LIMITS.purpose })} {t('limits.otherScripts')}
            </p>
            <button type="submit" id="bewaar-opzet" className="btn-secondary mt-2">
              {t('consent.save')}
            </button>
          </div>
        </form>
        <h3 className="mt-4 text-lg">{t('consent.perParty')}</h3>
        <ul className="mt-2 list-none space-y-2 p-0" id="toestemmingen">
          {meeting.parties.map((p: Party) => {
            const held = currentConsent(meeting, p);
            const unverified = consentOnlyFromFile(meeting, p) !== undefined;
            return (
              <li key={p} id={`toestemming-${p}`} tabIndex={-1} className="flex flex-wrap items-center gap-3">
                <span className="font-semibold">{party(p)}:</span>
                <span id={`status-${p}`}>
                  {held ? t(unverified ? 'consent.fromFile' : 'consent.given', { date: date(held.given) }) : t('consent.none')}
                </span>
                <form action={consent}>
                  <input type="hidden" name="party" value={p} />
                  <input type="hidden" name="give" value={held && !unverified ? '0' : '1'} />
                  <button type="submit" id={unverified ? `bevestig-${p}` : held ? `intrekken-${p}` : `geef-${p}`} className="btn-link">
                    {unverified ? t('consent.confirm') : held ? t('consent.revoke') : t('consent.give')}
                    <span className="sr-only"> ({party(p)})</span>
                  </button>
                </form>
              </li>
            );
          })}
        </ul>
        <p className="mt-3" id="deel-status">
          {shareOk ? t('consent.shareOk') : anyFromFile ? t('consent.shareFromFile') : t('consent.shareWait')}
        </p>
      </section>

      <section aria-labelledby="stap-1" className="mt-8">
        <h2 id="stap-1" tabIndex={-1}>
          {t('step1.heading')}
        </h2>
        <p className="mt-1">{t('step1.intro')}</p>
        {answers(SITUATION_QUESTIONS)}
        <Link href="/intake" className="mt-2 inline-block" id="naar-intake">
          {t('step1.intake')}
        </Link>
      </section>

      <section aria-labelledby="stap-2" className="mt-8">
        <h2 id="stap-2" tabIndex={-1}>
          {t('step2.heading')}
        </h2>
        {answers(WISH_QUESTIONS)}
      </section>

      <section aria-labelledby="stap-3" className="mt-8">
        <h2 id="stap-3" tabIndex={-1}>
          {t('step3.heading')}
        </h2>
        {open ? (
          <p className="mt-1">{t('step3.fillInFirst')}</p>
        ) : (
          <div id="driegesprek-routes">
            {/* The recommended route first, as on the advice page (advice.route); the other routes that fit are folded below. */}
            <section aria-labelledby="driegesprek-eerste-stap" id="driegesprek-eerste" data-step={first.id} data-step-type={first.type} 
              className={first.id === 'crisis-help' ? 'mt-2 rounded-md border-4 border-red-700 p-3' : 'mt-2 rounded-md border-2 border-green-800 bg-green-50 p-3'}
            >
              <p className="text-base font-semibold text-slate-700">{t('step3.firstStep')}</p>
              <h3 id="driegesprek-eerste-stap" className="text-lg">
                {first.title}
                {first.id === c.chosenRoute ? ` — ${t('step3.chosen')}` : ''}
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
              <details className="mt-4" id="driegesprek-andere" open={others.some((a) => a.id === c.chosenRoute)}>
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
        )}
      </section>

      <section aria-labelledby="stap-4" className="mt-8">
        <h2 id="stap-4" tabIndex={-1}>
          {t('step4.heading')}
        </h2>
        <p className="mt-1">
          {chosen ? t('step4.chosenRoute', { route: chosen.name }) : t('step4.noRoute')} {t('step4.concrete')}
        </p>
        <h3 id="afspraken" tabIndex={-1} className="mt-3 text-lg">
          {t('step4.agreements', { count: meeting.agreements.length })}
        </h3>
        {meeting.agreements.length > 0 && (
          <ol className="mt-1 list-decimal space-y-1 pl-6" id="lijst-afspraken">
            {meeting.agreements.map((a, i) => (
              <li key={i}>
                <span className="font-semibold">{a.who}</span>: {a.what} ({t('step4.until', { date: date(a.when) })}){' '}
                <form action={removeAgreement} className="inline">
                  <input type="hidden" name="index" value={i} />
                  <button type="submit" className="btn-link" id={`weg-afspraak-${i}`}>
                    {t('step4.remove')}
                    <span className="sr-only"> {t('step4.removeWhich', { n: i + 1 })}</span>
                  </button>
                </form>
              </li>
            ))}
          </ol>
        )}
        <form action={addAgreement} className="mt-3 grid gap-3 md:grid-cols-[12rem_1fr_11rem_auto] md:items-end" noValidate>
          <div>
            <label htmlFor="afspraak-wie" className="font-semibold">
              {t('step4.who')}
            </label>
            {fieldError('afspraak-wie')}
            <input
              id="afspraak-wie"
              name="who"
              maxLength={TEXT_LIMITS.who}
              list="afspraak-partijen"
              defaultValue={draft?.who}
              className={input}
              aria-describedby={describedBy('afspraak-wie', 'afspraak-hint')}
            />
            <datalist id="afspraak-partijen">
              {meeting.parties.map((p) => (
                <option key={p} value={party(p).replace(/ \(.*\)$/, '')} />
              ))}
            </datalist>
          </div>
          <div>
            <label htmlFor="afspraak-wat" className="font-semibold">
              {t('step4.what')}
            </label>
            {fieldError('afspraak-wat')}
            <input
              id="afspraak-wat"
              name="what"
              maxLength={TEXT_LIMITS.what}
              defaultValue={draft?.what}
              className={input}
              aria-describedby={describedBy('afspraak-wat', 'afspraak-hint')}
            />
          </div>
          <div>
            <label htmlFor="afspraak-wanneer" className="font-semibold">
              {t('step4.when')}
            </label>
            {fieldError('afspraak-wanneer')}
            <input
              id="afspraak-wanneer"
              name="when"
              type="date"
              min={today}
              defaultValue={draft?.when}
              className={input}
              aria-describedby={describedBy('afspraak-wanneer')}
            />
          </div>
          <button type="submit" id="voeg-afspraak-toe" className="btn-secondary">
            {t('step4.add')}
          </button>
          <p id="afspraak-hint" className="text-base text-slate-700 md:col-span-4">
            {t('limits.agreements', { max: MAX_AGREEMENTS, who: TEXT_LIMITS.who, what: TEXT_LIMITS.what })} {t('limits.otherScripts')}
          </p>
        </form>
      </section>

      <section aria-labelledby="stap-5" className="mt-8">
        <h2 id="stap-5" tabIndex={-1}>
          {t('step5.heading')}
        </h2>
        <p className="mt-1">{t('step5.intro')}</p>
        <form action={setNextMeeting} className="mt-2 flex flex-wrap items-end gap-3" noValidate>
          <div>
            <label htmlFor="volgend-gesprek" className="font-semibold">
              {t('step5.date')}
            </label>
            {fieldError('volgend-gesprek')}
            <input
              id="volgend-gesprek"
              name="next"
              type="date"
              min={today}
              defaultValue={draft?.next ?? meeting.nextMeeting ?? ''}
              className={input}
              aria-describedby={describedBy('volgend-gesprek')}
            />
          </div>
          <button type="submit" id="bewaar-datum" className="btn-secondary">
            {t('step5.save')}
          </button>
        </form>
        {meeting.nextMeeting && (
          <p className="mt-2" id="volgend-gesprek-tekst">
            {t('step5.next', { date: date(meeting.nextMeeting) })}
          </p>
        )}
        {chosen && (
          <p className="mt-2">{t.rich('step5.evaluation', { link: (chunks) => <Link href="/evaluatie">{chunks}</Link> })}</p>
        )}
      </section>

      <section aria-labelledby="resultaat" className="mt-8 rounded-md bg-slate-100 p-4">
        <h2 id="resultaat">{t('result.heading')}</h2>
        {shareOk && chosen ? (
          <p className="mt-1">
            <Link href="/driegesprek/plan" id="naar-gedeeld-plan">
              {t('result.view')}
            </Link>
          </p>
        ) : (
          <p className="mt-1" id="nog-geen-plan">
            {chosen ? t('result.waitForConsent') : t('result.chooseFirst')}
          </p>
        )}
        {!open && (
          <p className="mt-3">
            {t('result.saveFile')}{' '}
            <SavePlanLink className="btn-link" />
          </p>
        )}
      </section>
    </div>
  );
}
