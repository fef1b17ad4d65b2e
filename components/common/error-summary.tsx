import { FocusOnNavigation } from '@/components/common/focus-on-navigation';
import { getTranslations } from '@/lib/i18n/server';

export type SummaryError = { href: string; text: string };

/**
 * The error summary at the top of the form: takes focus on arrival (autofocus on a full
 * page load, FocusOnNavigation after a soft one) and links to each field. Targeted by id,
 * not role="alert": Next adds its own alert region for route announcements.
 */
export async function ErrorSummary({ errors }: { errors: SummaryError[] }) {
  if (errors.length === 0) return null;
  const t = await getTranslations('wizard');
  return (
    <div
      id="error-summary"
      tabIndex={-1}
      autoFocus
      aria-labelledby="error-summary-title"
      className="mb-6 rounded-md border-4 border-red-700 p-4"
    >
      <h2 id="error-summary-title" className="text-xl">
        {t('errors.summaryTitle')}
      </h2>
      <ErrorLinks errors={errors} />
      <FocusOnNavigation id="error-summary" />
    </div>
  );
}

/** One link per error, in order; two errors on one field are two links to the same field. */
export function ErrorLinks({ errors }: { errors: readonly SummaryError[] }) {
  return (
    <ul className="mt-2 list-none p-0">
      {errors.map((e, i) => (
        <li key={`${i}${e.href}`}>
          <a href={e.href} className="font-semibold text-red-800">
            {e.text}
          </a>
        </li>
      ))}
    </ul>
  );
}
