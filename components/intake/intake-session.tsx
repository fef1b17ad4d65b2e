import { newIntake } from '@/components/intake/actions';
import { IdleTimeout } from '@/components/intake/idle-timeout';
import { getTranslations } from '@/lib/i18n/server';

export type Wiped = 'nieuw' | 'timeout';
export const wipedFromQuery = (v: unknown): Wiped | undefined => (v === 'nieuw' || v === 'timeout' ? v : undefined);

/**
 * The top of the klantmanager's intake pages (issue 16): "Nieuwe intake" wipes the previous
 * client's data from this device; after 30 minutes without activity the intake is wiped on its
 * own, with a warning first. After a wipe, a status line says what happened.
 */
export async function IntakeSession({ wiped }: { wiped?: Wiped }) {
  const t = await getTranslations('intake.session');
  return (
    <div className="no-print mb-4 flex flex-wrap items-center gap-3">
      <form id="nieuwe-intake-form" action={newIntake}>
        <button type="submit" id="nieuwe-intake" className="btn-secondary" aria-describedby="nieuwe-intake-uitleg">
          {t('new')}
        </button>
      </form>
      <p id="nieuwe-intake-uitleg" className="text-base">
        {t('newHint')}
      </p>
      <form id="intake-verlopen-form" action={newIntake} hidden>
        <input type="hidden" name="reden" value="timeout" />
      </form>
      <IdleTimeout formId="intake-verlopen-form" wipeFormId="nieuwe-intake-form" title={t('warnTitle')} body={t('warnBody')} stay={t('stay')} wipeNow={t('wipeNow')} />
      {wiped && (
        <p id="intake-gewist" role="status" className="w-full rounded-md border-2 border-green-800 p-3 font-semibold">
          {t(`wiped.${wiped}`)}
        </p>
      )}
    </div>
  );
}
