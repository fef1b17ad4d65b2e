import { savePeople } from '@/components/meeting/actions';
import { describedByOf, MeetingFieldError } from '@/components/meeting/meeting-field-error';
import type { Draft } from '@/lib/meeting/draft';
import { personOf, type MeetingError } from '@/lib/meeting/forms';
import { TEXT_LIMITS, type Meeting } from '@/lib/meeting/meeting';
import { getTranslations } from '@/lib/i18n/server';

type Props = { meeting: Meeting; errors: readonly MeetingError[]; draft: Draft | undefined };

const input = 'mt-1 block w-full rounded-md border-2 border-slate-700 px-2 py-1 text-base';

/** Who sits at the table: a name (and optional contact details) per party present, for the shared plan. */
export async function PeopleSection({ meeting, errors, draft }: Props) {
  const t = await getTranslations('meeting');
  const typed = draft?.people ? new Map(draft.people.map(([p, name, contact]) => [p, { name, contact }])) : undefined;
  return (
    <section aria-labelledby="aan-tafel" className="mt-8">
      <h2 id="aan-tafel" tabIndex={-1}>
        {t('people.heading')}
      </h2>
      <p className="mt-1" id="aan-tafel-hint">
        {t('people.intro')} {t('limits.people', { name: TEXT_LIMITS.name, contact: TEXT_LIMITS.contact })}
      </p>
      <form action={savePeople} className="mt-2" noValidate>
        {meeting.parties.map((p) => {
          const person = personOf(meeting, p);
          const name = typed ? (typed.get(p)?.name ?? '') : (person?.name ?? '');
          const contact = typed ? (typed.get(p)?.contact ?? '') : (person?.contact ?? '');
          return (
            <fieldset key={p} className="mt-3 grid gap-3 md:grid-cols-2">
              <legend className="font-semibold">{t(`parties.${p}`)}</legend>
              <div>
                <label htmlFor={`naam-${p}`}>{t('people.name')}</label>
                <MeetingFieldError field={`naam-${p}`} errors={errors} />
                <input
                  id={`naam-${p}`}
                  name={`name-${p}`}
                  maxLength={TEXT_LIMITS.name}
                  defaultValue={name}
                  autoComplete="off"
                  className={input}
                  aria-describedby={describedByOf(`naam-${p}`, errors, 'aan-tafel-hint')}
                />
              </div>
              <div>
                <label htmlFor={`contact-${p}`}>{t('people.contact')}</label>
                <MeetingFieldError field={`contact-${p}`} errors={errors} />
                <input
                  id={`contact-${p}`}
                  name={`contact-${p}`}
                  maxLength={TEXT_LIMITS.contact}
                  defaultValue={contact}
                  autoComplete="off"
                  className={input}
                  aria-describedby={describedByOf(`contact-${p}`, errors, 'aan-tafel-hint')}
                />
              </div>
            </fieldset>
          );
        })}
        <button type="submit" id="bewaar-namen" className="btn-secondary mt-3">
          {t('people.save')}
        </button>
      </form>
    </section>
  );
}
