import Link from '@/components/common/link';
import { ErrorSummary } from '@/components/common/error-summary';
import { AgreementsSection, NextMeetingSection } from '@/components/meeting/agreements-section';
import { ConsentSection } from '@/components/meeting/consent-section';
import { errorText, fieldOf } from '@/components/meeting/meeting-field-error';
import { PeopleSection } from '@/components/meeting/people-section';
import { MeetingRoutes } from '@/components/meeting/meeting-routes';
import { saveMeetingAnswers } from '@/components/meeting/actions';
import { Comparison } from '@/components/advice/comparison';
import { fieldId, IntakeFields } from '@/components/intake/intake-fields';
import type { IntakeError } from '@/lib/intake/intake-form';
import { SavePlanLink } from '@/components/plan/save-plan-link';
import type { Catalogue } from '@/lib/catalogue/schema';
import { advise } from '@/lib/engine/advise';
import type { Locale } from '@/lib/i18n/locale';
import { answerText } from '@/lib/journey/answer-labels';
import { firstOpenQuestion } from '@/lib/journey/flow';
import { questionCopy } from '@/lib/journey/question-copy';
import { SITUATION_QUESTIONS, WISH_QUESTIONS, type IsAsked, type QuestionId } from '@/lib/journey/questions';
import type { Draft } from '@/lib/meeting/draft';
import type { MeetingError } from '@/lib/meeting/forms';
import { mayShare, type Meeting } from '@/lib/meeting/meeting';
import type { JourneyContext } from '@/machines/route-machine';
import { getTranslations } from '@/lib/i18n/server';

export type MeetingAgendaProps = {
  context: JourneyContext;
  isAsked: IsAsked;
  meeting: Meeting;
  errors: readonly MeetingError[];
  /** Errors of the situation and wish form (the intake's codes). */
  answerErrors: readonly IntakeError[];
  /** What was typed in a refused form, shown again. */
  draft: Draft | undefined;
  catalogue: Catalogue;
  locale: Locale;
};

const AGENDA = [
  ['toestemming', 'agenda.consent'],
  ['aan-tafel', 'agenda.people'],
  ['stap-1', 'agenda.1'],
  ['stap-2', 'agenda.2'],
  ['stap-3', 'agenda.3'],
  ['stap-4', 'agenda.4'],
  ['stap-5', 'agenda.5'],
] as const;

/**
 * The driegesprek (001:443-460; 000:115-130): client, klantmanager and behandelaar (an
 * ervaringsdeskundige may join) walk the five steps of the stroomschema as an agenda, the
 * client's words first, after consent (001:665-680). Everything stays on this device.
 */
export async function MeetingAgenda({ context: c, isAsked, meeting, errors, answerErrors, draft, catalogue, locale }: MeetingAgendaProps) {
  const [t, ti] = await Promise.all([getTranslations('meeting'), getTranslations('intake')]);
  const open = firstOpenQuestion(c, isAsked);
  const advice = open ? undefined : advise(c.answers, catalogue, locale);
  const fields = { context: c, isAsked, errors: answerErrors, catalogue, locale };
  const summary = [
    ...answerErrors.map((e) => ({ href: `#${fieldId(e.question)}`, text: `${ti(`labels.${e.question}`)}: ${ti(`errors.${e.error}`)}` })),
    ...errors.map((e) => ({ href: `#${fieldOf(e)}`, text: errorText(t, e) })),
  ];
  const chosen = catalogue.routes.find((r) => r.id === c.chosenRoute);
  const answers = (qs: readonly QuestionId[]) => <MeetingAnswers questions={qs} context={c} isAsked={isAsked} catalogue={catalogue} locale={locale} />;
  const sectionProps = { meeting, chosenName: chosen?.name, errors, draft, locale };

  return (
    <div className="wide">
      {summary.length > 0 && <ErrorSummary errors={summary} />}
      <h1 id="driegesprek">{t('heading')}</h1>
      <p className="mt-2 max-w-3xl">{t('intro')}</p>

      <nav aria-label={t('agenda.label')} className="mt-4">
        <ol className="flex list-none flex-wrap gap-x-4 gap-y-1 p-0 text-base">
          {AGENDA.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{t(label)}</a>
            </li>
          ))}
        </ol>
      </nav>

      <ConsentSection meeting={meeting} errors={errors} draft={draft} locale={locale} />
      <PeopleSection meeting={meeting} errors={errors} draft={draft} />

      <section aria-labelledby="stap-1" className="mt-8">
        <h2 id="stap-1" tabIndex={-1}>
          {t('step1.heading')}
        </h2>
        <p className="mt-1">{t('step1.intro')}</p>
        {answers(SITUATION_QUESTIONS)}
        <details id="antwoorden-invullen" className="mt-3" open={open !== undefined || answerErrors.length > 0}>
          <summary className="cursor-pointer font-semibold">{t('step1.intake')}</summary>
          <form id="driegesprek-antwoorden" action={saveMeetingAnswers} noValidate aria-label={t('step1.intake')} className="mt-2 max-w-2xl">
            <h3 className="text-lg">{ti('situation')}</h3>
            <IntakeFields questions={SITUATION_QUESTIONS} {...fields} />
            <h3 className="mt-4 text-lg">{ti('wish')}</h3>
            <IntakeFields questions={WISH_QUESTIONS} {...fields} />
            <button type="submit" id="bewaar-antwoorden" className="btn-primary mt-3">
              {t('step1.save')}
            </button>
          </form>
        </details>
      </section>

      <section aria-labelledby="stap-2" className="mt-8">
        <h2 id="stap-2" tabIndex={-1}>
          {t('step2.heading')}
        </h2>
        {answers(WISH_QUESTIONS)}
      </section>

      <section aria-labelledby="stap-3" className="mt-8">
        <h2 id="stap-3" tabIndex={-1}>
          {t('step3.heading')}
        </h2>
        {!advice ? (
          <p className="mt-1">{t('step3.fillInFirst')}</p>
        ) : (
          <>
            <MeetingRoutes advice={advice} chosenRoute={c.chosenRoute} catalogue={catalogue} locale={locale} />
            {/* The advice page's comparison of the first step and its alternatives, to decide together. */}
            <Comparison route={advice.route} catalogue={catalogue} />
          </>
        )}
      </section>

      <AgreementsSection {...sectionProps} />
      <NextMeetingSection {...sectionProps} />

      <section aria-labelledby="resultaat" className="mt-8 rounded-md bg-slate-100 p-4">
        <h2 id="resultaat">{t('result.heading')}</h2>
        {mayShare(meeting) && chosen ? (
          <p className="mt-1">
            <Link href="/driegesprek/plan" id="naar-gedeeld-plan">
              {t('result.view')}
            </Link>
          </p>
        ) : (
          <p className="mt-1" id="nog-geen-plan">
            {chosen ? t('result.waitForConsent') : t('result.chooseFirst')}
          </p>
        )}
        {!open && (
          <p className="mt-3">
            {t('result.saveFile')} <SavePlanLink className="btn-link" />
          </p>
        )}
      </section>
    </div>
  );
}

/** The answers of one step, in the client's words as given (the crisis question is not repeated here). */
async function MeetingAnswers({ questions, context: c, isAsked, catalogue, locale }: { questions: readonly QuestionId[]; context: JourneyContext; isAsked: IsAsked; catalogue: Catalogue; locale: Locale }) {
  const t = await getTranslations('meeting');
  const shown = questions.filter((q) => q !== 'crisis' && c.answered.includes(q) && isAsked(q, c.answers));
  if (shown.length === 0) return <p>{t('notFilledIn')}</p>;
  return (
    <dl className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
      {shown.map((q) => (
        <div key={q} className="contents">
          <dt className="font-semibold">{questionCopy(q, locale).short}</dt>
          <dd>{answerText(q, c.answers, catalogue.regions, locale)}</dd>
        </div>
      ))}
    </dl>
  );
}
