import { getTranslations } from 'next-intl/server';
import { FieldError, describedBy } from '@/components/common/field-error';
import type { MeetingError } from '@/lib/meeting/forms';
import { MAX_AGREEMENTS } from '@/lib/meeting/meeting';

/** The field each error belongs to: the summary links there, the field names its error. */
export const FIELD_OF: Record<MeetingError, string> = {
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

const errorIdOf = (field: string) => `${field}-fout`;
const hasError = (field: string, errors: readonly MeetingError[]) => errors.some((e) => FIELD_OF[e] === field);

/** The errors of one field of the driegesprek, in one element the field points to (aria-describedby). */
export async function MeetingFieldError({ field, errors }: { field: string; errors: readonly MeetingError[] }) {
  if (!hasError(field, errors)) return null;
  const t = await getTranslations('meeting');
  const texts = errors.filter((e) => FIELD_OF[e] === field).map((e) => t(`errors.${e}`, { max: MAX_AGREEMENTS }));
  return <FieldError id={errorIdOf(field)}>{texts.join(' ')}</FieldError>;
}

/** aria-describedby for a field: its hint, then its error when it has one. */
export const describedByOf = (field: string, errors: readonly MeetingError[], hint?: string): string | undefined =>
  describedBy(hint, hasError(field, errors) && errorIdOf(field));
