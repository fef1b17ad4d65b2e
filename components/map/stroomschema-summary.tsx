import { stepHeading } from '@/lib/map/layout';
import type { StroomschemaData } from '@/lib/map/stroomschema';
import { getTranslations } from '@/lib/i18n/server';

/** The steps whose title needs a line of explanation (messages map.summary); the others say it in their title. */
const EXPLAINED = { situation: 'summary.situation', wish: 'summary.wish' } as const;

/**
 * The top of /stroomschema on one phone screen (issue 15): the five steps and the main
 * branches in a few lines, then a link past them to the whole chart. The full drawing and text
 * version below stay complete; this only lets a person see the shape before the detail.
 */
export async function StroomschemaSummary({ data, fullId }: { data: StroomschemaData; fullId: string }) {
  const t = await getTranslations('map');
  const steps = data.steps.filter((s) => s.number);
  return (
    <section aria-labelledby="kort-kop" className="mt-4" data-testid="stroomschema-kort">
      <h2 id="kort-kop">{t('summary.heading')}</h2>
      <ol className="mt-2 list-none space-y-1 p-0">
        {steps.map((s) => (
          <li key={s.id} data-summary-step={s.id}>
            <strong>{stepHeading(s, data.locale)}</strong>
            {s.id in EXPLAINED && <>. {t(EXPLAINED[s.id as keyof typeof EXPLAINED])}</>}
          </li>
        ))}
      </ol>
      <p className="mt-2">{t('summary.branches')}</p>
      <p className="mt-2">
        <a href={`#${fullId}`} className="font-semibold">
          {t('summary.skip', { count: data.routes.length })}
        </a>
      </p>
    </section>
  );
}
