import { KEEP_MAX_AGE, keptOnDevice } from '@/lib/journey/cookie';
import { getTranslations, localHref, requestPath } from '@/lib/i18n/server';

/**
 * Where the person chooses how long this device keeps their answers: until the browser
 * closes (the default), or 30 days (lib/journey/cookie.ts). A plain form to app/bewaren, so
 * it works without JavaScript, and it comes back to this page. `folded`: behind a summary line.
 */
export async function KeepOnDevice({ folded = false }: { folded?: boolean }) {
  const t = await getTranslations('common.keep');
  const kept = await keptOnDevice();
  const days = Math.round(KEEP_MAX_AGE / 86400);
  const back = new URL(await requestPath(), 'http://x').pathname;
  const heading = (
    <h2 id="bewaren-kop" className={folded ? 'inline text-lg' : 'text-xl'}>
      {t('heading')}
    </h2>
  );
  const body = (
    <>
      <p className="mt-1" id="bewaren-status">
        {kept ? t('kept', { days }) : t('session')}
      </p>
      {!kept && <p className="mt-1">{t('warning')}</p>}
      <form method="post" action={await localHref('/bewaren')} className="mt-3">
        <input type="hidden" name="terug" value={back} />
        <button type="submit" name="bewaar" value={kept ? 'nee' : 'ja'} id="bewaren-knop" className="btn-secondary">
          {kept ? t('stop') : t('keep', { days })}
        </button>
      </form>
    </>
  );
  // Folded where the page must stay short (the advice: its first step comes first).
  if (folded)
    return (
      <details className="no-print mt-4" id="bewaren">
        <summary>{heading}</summary>
        {body}
      </details>
    );
  return (
    <section aria-labelledby="bewaren-kop" className="no-print mt-8 rounded-md border-2 border-slate-300 p-4">
      {heading}
      {body}
    </section>
  );
}
