import { addAgreement, removeAgreement, setNextMeeting } from '@/components/meeting/actions';
import { describedByOf, MeetingFieldError } from '@/components/meeting/meeting-field-error';
import Link from '@/components/common/link';
import { longDate, todayIso } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/locale';
import type { Draft } from '@/lib/meeting/draft';
import type { MeetingError } from '@/lib/meeting/forms';
import { MAX_AGREEMENTS, TEXT_LIMITS, type Meeting } from '@/lib/meeting/meeting';
import { getTranslations } from '@/lib/i18n/server';

type Props = { meeting: Meeting; chosenName: string | undefined; errors: readonly MeetingError[]; draft: Draft | undefined; locale: Locale };

const input = 'mt-1 block w-full rounded-md border-2 border-slate-700 px-2 py-1 text-base';

/** Step 4 of the driegesprek: the route chosen, made concrete in agreements (who does what, by when). */
export async function AgreementsSection({ meeting, chosenName, errors, draft, locale }: Props) {
  const t = await getTranslations('meeting');
  const today = todayIso();
  return (
    <section aria-labelledby="stap-4" className="mt-8">
      <h2 id="stap-4" tabIndex={-1}>
        {t('step4.heading')}
      </h2>
      <p className="mt-1">
        {chosenName ? t('step4.chosenRoute', { route: chosenName }) : t('step4.noRoute')} {t('step4.concrete')}
      </p>
      <h3 id="afspraken" tabIndex={-1} className="mt-3 text-lg">
        {t('step4.agreements', { count: meeting.agreements.length })}
      </h3>
      {meeting.agreements.length > 0 && (
        <ol className="mt-1 list-decimal space-y-1 pl-6" id="lijst-afspraken">
          {meeting.agreements.map((a, i) => (
            <li key={i}>
              <span className="font-semibold">{a.who}</span>: {a.what} ({t('step4.until', { date: longDate(a.when, locale) })}){' '}
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
          <MeetingFieldError field="afspraak-wie" errors={errors} />
          <input
            id="afspraak-wie"
            name="who"
            maxLength={TEXT_LIMITS.who}
            list="afspraak-partijen"
            defaultValue={draft?.who}
            className={input}
            aria-describedby={describedByOf('afspraak-wie', errors, 'afspraak-hint')}
          />
          <datalist id="afspraak-partijen">
            {meeting.parties.map((p) => (
              <option key={p} value={t(`parties.${p}`).replace(/ \(.*\)$/, '')} />
            ))}
          </datalist>
        </div>
        <div>
          <label htmlFor="afspraak-wat" className="font-semibold">
            {t('step4.what')}
          </label>
          <MeetingFieldError field="afspraak-wat" errors={errors} />
          <input
            id="afspraak-wat"
            name="what"
            maxLength={TEXT_LIMITS.what}
            defaultValue={draft?.what}
            className={input}
            aria-describedby={describedByOf('afspraak-wat', errors, 'afspraak-hint')}
          />
        </div>
        <div>
          <label htmlFor="afspraak-wanneer" className="font-semibold">
            {t('step4.when')}
          </label>
          <MeetingFieldError field="afspraak-wanneer" errors={errors} />
          <input id="afspraak-wanneer" name="when" type="date" min={today} defaultValue={draft?.when} className={input} aria-describedby={describedByOf('afspraak-wanneer', errors)} />
        </div>
        <button type="submit" id="voeg-afspraak-toe" className="btn-secondary">
          {t('step4.add')}
        </button>
        <p id="afspraak-hint" className="text-base text-slate-700 md:col-span-4">
          {t('limits.agreements', { max: MAX_AGREEMENTS, who: TEXT_LIMITS.who, what: TEXT_LIMITS.what })} {t('limits.otherScripts')}
        </p>
      </form>
    </section>
  );
}

/** Step 5 of the driegesprek: when to meet again, and the way to the evaluation once a route is chosen. */
export async function NextMeetingSection({ meeting, chosenName, errors, draft, locale }: Props) {
  const t = await getTranslations('meeting');
  return (
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
          <MeetingFieldError field="volgend-gesprek" errors={errors} />
          <input
            id="volgend-gesprek"
            name="next"
            type="date"
            min={todayIso()}
            defaultValue={draft?.next ?? meeting.nextMeeting ?? ''}
            className={input}
            aria-describedby={describedByOf('volgend-gesprek', errors)}
          />
        </div>
        <button type="submit" id="bewaar-datum" className="btn-secondary">
          {t('step5.save')}
        </button>
      </form>
      {meeting.nextMeeting && (
        <p className="mt-2" id="volgend-gesprek-tekst">
          {t('step5.next', { date: longDate(meeting.nextMeeting, locale) })}
        </p>
      )}
      {chosenName && <p className="mt-2">{t.rich('step5.evaluation', { link: (chunks) => <Link href="/evaluatie">{chunks}</Link> })}</p>}
    </section>
  );
}
