import { FieldError, describedBy } from '@/components/common/field-error';
import { personError, type MeetingError } from '@/lib/meeting/forms';
import { MAX_AGREEMENTS, SHARE_ORDER } from '@/lib/meeting/meeting';
import { getTranslations } from '@/lib/i18n/server';

/** The field each form error belongs to: the summary links there, the field names its error. */
const FIELD_OF: Record<Exclude<MeetingError, `${string}-${string}`>, string> = {
  who: 'afspraak-wie',
  whoLong: 'afspraak-wie',
  what: 'afspraak-wat',
  whatLong: 'afspraak-wat',
  when: 'afspraak-wanneer',
  next: 'volgend-gesprek',
  full: 'afspraak-wie',
  purpose: 'doel',
  space: 'afspraak-wat',
  consentTick: 'akkoord-klant',
  nothingShared: `delen-${SHARE_ORDER[0]}`,
};

/** The id of the field an error belongs to; a person's error to that person's name or contact field. */
export function fieldOf(e: MeetingError): string {
  const p = personError(e);
  if (p) return p.kind === 'contact' ? `contact-${p.party}` : `naam-${p.party}`;
  return FIELD_OF[e as keyof typeof FIELD_OF];
}

type Translate = Awaited<ReturnType<typeof getTranslations<'meeting'>>>;

/** The message of an error, in the page's language. */
export function errorText(t: Translate, e: MeetingError): string {
  const p = personError(e);
  if (p) return t(`errors.person.${p.kind}`, { party: t(`parties.${p.party}`) });
  return t(`errors.${e as keyof typeof FIELD_OF}`, { max: MAX_AGREEMENTS });
}

const errorIdOf = (field: string) => `${field}-fout`;
const hasError = (field: string, errors: readonly MeetingError[]) => errors.some((e) => fieldOf(e) === field);

/** The errors of one field of the driegesprek, in one element the field points to (aria-describedby). */
export async function MeetingFieldError({ field, errors }: { field: string; errors: readonly MeetingError[] }) {
  if (!hasError(field, errors)) return null;
  const t = await getTranslations('meeting');
  const texts = errors.filter((e) => fieldOf(e) === field).map((e) => errorText(t, e));
  return <FieldError id={errorIdOf(field)}>{texts.join(' ')}</FieldError>;
}

/** aria-describedby for a field: its hint, then its error when it has one. */
export const describedByOf = (field: string, errors: readonly MeetingError[], hint?: string): string | undefined =>
  describedBy(hint, hasError(field, errors) && errorIdOf(field));
