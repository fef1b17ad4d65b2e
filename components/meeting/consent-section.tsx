import { clientConsent, othersAgree, saveSetup } from '@/components/meeting/actions';
import { describedByOf, MeetingFieldError } from '@/components/meeting/meeting-field-error';
import { longDate } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/locale';
import type { Draft } from '@/lib/meeting/draft';
import { purposeText, type MeetingError } from '@/lib/meeting/forms';
import { consentOnlyFromFile, currentConsent, mayShare, PROFESSIONALS, recordedConsent, SHARE_ORDER, TEXT_LIMITS, type Meeting, type Party } from '@/lib/meeting/meeting';
import { shareFields, shareItemText } from '@/lib/meeting/share-text';
import { getTranslations } from '@/lib/i18n/server';

type Props = { meeting: Meeting; errors: readonly MeetingError[]; draft: Draft | undefined; locale: Locale };

/**
 * Who takes part, what is shared and why; then the client's own consent, addressed to the
 * client; then the other parties' agreement, recorded apart (001:665-680: per purpose, only
 * what is needed, recorded explicitly, no blank cheque). Nothing is ticked at the start.
 */
export async function ConsentSection({ meeting, errors, draft, locale }: Props) {
  const t = await getTranslations('meeting');
  const setupDraft = draft?.purpose !== undefined ? draft : undefined;
  // Consent an opened plan file claims but this deployment could not verify: shown as such, to confirm again.
  const anyFromFile = meeting.parties.some((p) => consentOnlyFromFile(meeting, p));
  const party = (p: Party) => t(`parties.${p}`);
  const others = PROFESSIONALS.filter((p) => meeting.parties.includes(p));
  const shared = SHARE_ORDER.filter((s) => meeting.share.includes(s));
  const client = currentConsent(meeting, 'client');
  const clientFromFile = consentOnlyFromFile(meeting, 'client') !== undefined;

  return (
    <section aria-labelledby="toestemming" className="mt-8 rounded-md border-2 border-slate-300 p-4">
      <h2 id="toestemming" tabIndex={-1}>
        {t('consent.heading')}
      </h2>
      <p className="mt-1">{t('consent.intro')}</p>
      <form action={saveSetup} className="mt-3 grid gap-4 md:grid-cols-2">
        <fieldset>
          <legend className="font-semibold">{t('consent.parties')}</legend>
          <p className="text-base text-slate-700">{t('consent.clientAlways')}</p>
          {PROFESSIONALS.map((p) => (
            <div key={p} className="flex items-start gap-2">
              <input
                type="checkbox"
                name="parties"
                value={p}
                id={`deelnemer-${p}`}
                defaultChecked={setupDraft ? (setupDraft.parties ?? []).includes(p) : meeting.parties.includes(p)}
                className="mt-1 size-5"
              />
              <label htmlFor={`deelnemer-${p}`}>{party(p)}</label>
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend className="font-semibold">{t('consent.share')}</legend>
          {SHARE_ORDER.map((s) => (
            <div key={s} className="flex items-start gap-2">
              <input
                type="checkbox"
                name="share"
                value={s}
                id={`delen-${s}`}
                defaultChecked={setupDraft ? (setupDraft.share ?? []).includes(s) : meeting.share.includes(s)}
                className="mt-1 size-5"
                aria-describedby={describedByOf(`delen-${s}`, errors, `delen-${s}-velden`)}
              />
              <div>
                <label htmlFor={`delen-${s}`}>{t(`share.${s}`)}</label>
                <MeetingFieldError field={`delen-${s}`} errors={errors} />
                <p id={`delen-${s}-velden`} className="text-base text-slate-700">
                  {t('consent.shareHint', { fields: shareFields(s, locale) })}
                </p>
              </div>
            </div>
          ))}
        </fieldset>
        <div className="md:col-span-2">
          <label htmlFor="doel" className="font-semibold">
            {t('consent.purpose')}
          </label>
          <MeetingFieldError field="doel" errors={errors} />
          <textarea
            id="doel"
            name="purpose"
            rows={3}
            defaultValue={setupDraft?.purpose ?? purposeText(meeting, locale)}
            maxLength={TEXT_LIMITS.purpose}
            className="mt-1 block w-full rounded-md border-2 border-slate-700 px-2 py-1 text-base"
            aria-describedby={describedByOf('doel', errors, 'doel-hint')}
          />
          <p className="mt-1 text-base text-slate-700" id="doel-hint">
            {t('consent.purposeHint')} {t('limits.purpose', { chars: TEXT_LIMITS.purpose })} {t('limits.otherScripts')}
          </p>
          <button type="submit" id="bewaar-opzet" className="btn-secondary mt-2">
            {t('consent.save')}
          </button>
        </div>
      </form>

      <section aria-labelledby="toestemming-klant" className="mt-6 rounded-md bg-slate-50 p-3">
        <h3 id="toestemming-klant" tabIndex={-1} className="text-lg">
          {t('consent.client.heading')}
        </h3>
        <p className="mt-1">{t('consent.client.intro')}</p>
        <dl className="mt-2 space-y-2" id="toestemming-tekst">
          <div>
            <dt className="font-semibold">{t('consent.client.what')}</dt>
            <dd>
              {shared.length ? (
                <ul className="list-disc pl-6" id="toestemming-wat">
                  {shared.map((s) => (
                    <li key={s}>{shareItemText(s, locale)}</li>
                  ))}
                </ul>
              ) : (
                <p id="toestemming-wat">{t('consent.client.nothing')}</p>
              )}
              <p className="mt-1">{t('consent.client.always')}</p>
            </dd>
          </div>
          <div>
            <dt className="font-semibold">{t('consent.client.withWhom')}</dt>
            <dd id="toestemming-met-wie">{others.length ? others.map(party).join(', ') : t('consent.client.onlyYou')}</dd>
          </div>
          <div>
            <dt className="font-semibold">{t('consent.client.why')}</dt>
            <dd>{purposeText(meeting, locale)}</dd>
          </div>
          <div>
            <dt className="font-semibold">{t('consent.client.howLong')}</dt>
            <dd>{t('consent.client.howLongText')}</dd>
          </div>
          <div>
            <dt className="font-semibold">{t('consent.client.no')}</dt>
            <dd>
              {t('consent.client.noText')} {t('consent.client.notBlanket')}
            </dd>
          </div>
        </dl>
        <p className="mt-3">
          <span className="font-semibold">{t('consent.client.status')}</span>{' '}
          <span id="status-client">{client ? t(clientFromFile ? 'consent.fromFile' : 'consent.given', { date: longDate(client.given, locale) }) : t('consent.none')}</span>
        </p>
        <form action={clientConsent} className="mt-2">
          {client && !clientFromFile ? (
            <>
              <input type="hidden" name="give" value="0" />
              <button type="submit" id="intrekken-client" className="btn-secondary">
                {t('consent.client.revoke')}
              </button>
            </>
          ) : (
            <>
              <input type="hidden" name="give" value="1" />
              <div className="flex items-start gap-2">
                <input type="checkbox" name="akkoord" value="ja" id="akkoord-klant" className="mt-1 size-5" aria-describedby={describedByOf('akkoord-klant', errors)} />
                <div>
                  <label htmlFor="akkoord-klant">{t('consent.client.tick')}</label>
                  <MeetingFieldError field="akkoord-klant" errors={errors} />
                </div>
              </div>
              <button type="submit" id={clientFromFile ? 'bevestig-client' : 'geef-client'} className="btn-primary mt-2">
                {clientFromFile ? t('consent.client.confirm') : t('consent.client.give')}
              </button>
            </>
          )}
        </form>
      </section>

      <section aria-labelledby="akkoord-anderen" className="mt-6">
        <h3 id="akkoord-anderen" tabIndex={-1} className="text-lg">
          {t('consent.others.heading')}
        </h3>
        {others.length === 0 ? (
          <p className="mt-1" id="geen-anderen">
            {t('consent.others.none')}
          </p>
        ) : (
          <form action={othersAgree} className="mt-1">
            <fieldset>
              <legend>{t('consent.others.intro')}</legend>
              {others.map((p) => {
                const held = currentConsent(meeting, p);
                const unverified = consentOnlyFromFile(meeting, p) !== undefined;
                return (
                  <div key={p} className="mt-1 flex items-start gap-2">
                    <input
                      type="checkbox"
                      name="agreed"
                      value={p}
                      id={`akkoord-${p}`}
                      defaultChecked={recordedConsent(meeting, p) !== undefined}
                      className="mt-1 size-5"
                    />
                    <label htmlFor={`akkoord-${p}`}>
                      {party(p)}{' '}
                      <span id={`status-${p}`} className="text-slate-700">
                        ({held ? t(unverified ? 'consent.others.fromFile' : 'consent.others.agreed', { date: longDate(held.given, locale) }) : t('consent.others.notYet')})
                      </span>
                    </label>
                  </div>
                );
              })}
            </fieldset>
            <button type="submit" id="bewaar-akkoord" className="btn-secondary mt-2">
              {t('consent.others.save')}
            </button>
          </form>
        )}
      </section>
      <p className="mt-3" id="deel-status">
        {mayShare(meeting) ? t('consent.shareOk') : anyFromFile ? t('consent.shareFromFile') : t('consent.shareWait')}
      </p>
    </section>
  );
}
