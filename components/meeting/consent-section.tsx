import { getTranslations } from 'next-intl/server';
import { consent, saveSetup } from '@/components/meeting/actions';
import { describedByOf, MeetingFieldError } from '@/components/meeting/meeting-field-error';
import { longDate } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/locale';
import type { Draft } from '@/lib/meeting/draft';
import { purposeText, type MeetingError } from '@/lib/meeting/forms';
import { consentOnlyFromFile, currentConsent, mayShare, PARTIES, SHARE_ITEMS, TEXT_LIMITS, type Meeting, type Party } from '@/lib/meeting/meeting';

type Props = { meeting: Meeting; errors: readonly MeetingError[]; draft: Draft | undefined; locale: Locale };

/** Who takes part, what is shared and why, and each party's consent (001:665-680). */
export async function ConsentSection({ meeting, errors, draft, locale }: Props) {
  const t = await getTranslations('meeting');
  const setupDraft = draft?.purpose !== undefined ? draft : undefined;
  // Consent an opened plan file claims but this deployment could not verify: shown as such, to confirm again.
  const anyFromFile = meeting.parties.some((p) => consentOnlyFromFile(meeting, p));
  const party = (p: Party) => t(`parties.${p}`);

  return (
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
              <label htmlFor={`deelnemer-${p}`}>{p === 'client' ? t('consent.clientAlways', { party: party(p) }) : party(p)}</label>
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
      <h3 className="mt-4 text-lg">{t('consent.perParty')}</h3>
      <ul className="mt-2 list-none space-y-2 p-0" id="toestemmingen">
        {meeting.parties.map((p: Party) => {
          const held = currentConsent(meeting, p);
          const unverified = consentOnlyFromFile(meeting, p) !== undefined;
          return (
            <li key={p} id={`toestemming-${p}`} tabIndex={-1} className="flex flex-wrap items-center gap-3">
              <span className="font-semibold">{party(p)}:</span>
              <span id={`status-${p}`}>{held ? t(unverified ? 'consent.fromFile' : 'consent.given', { date: longDate(held.given, locale) }) : t('consent.none')}</span>
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
        {mayShare(meeting) ? t('consent.shareOk') : anyFromFile ? t('consent.shareFromFile') : t('consent.shareWait')}
      </p>
    </section>
  );
}
