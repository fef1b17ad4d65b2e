import type { ReactNode } from 'react';
import { getTranslations } from '@/lib/i18n/server';

/**
 * The error next to a field (GOV.UK's error message): the field names this element's `id` in
 * its aria-describedby, and the hidden "Fout: " tells a screen-reader user that this is an
 * error before the message is read, as sighted people see from the red text. The error summary
 * at the top of the page (ErrorSummary) links to the field itself.
 */
export async function FieldError({ id, className, children }: { id: string; className?: string; children: ReactNode }) {
  const common = await getTranslations('common');
  return (
    <p id={id} className={`font-bold text-red-800${className ? ` ${className}` : ''}`}>
      <span className="sr-only">{common('errorPrefix', { title: '' })}</span>
      {children}
    </p>
  );
}

/** The value for aria-describedby: the ids that are there, or no attribute at all. */
export const describedBy = (...ids: readonly (string | false | null | undefined)[]): string | undefined => ids.filter(Boolean).join(' ') || undefined;
