import Link from '@/components/common/link';
import { ErrorSummary } from '@/components/common/error-summary';
import { AutoSubmit } from '@/components/intake/auto-submit';
import { saveIntake, updateIntake } from '@/components/intake/actions';
import { IntakeAdvice } from '@/components/intake/intake-advice';
import { fieldId, IntakeFields } from '@/components/intake/intake-fields';
import { IntakeSession, type Wiped } from '@/components/intake/intake-session';
import type { Catalogue } from '@/lib/catalogue/schema';
import { advise } from '@/lib/engine/advise';
import type { Locale } from '@/lib/i18n/locale';
import type { IntakeError } from '@/lib/intake/intake-form';
import { firstOpenQuestion } from '@/lib/journey/flow';
import { QUESTION_IDS, SITUATION_QUESTIONS, WISH_QUESTIONS, type IsAsked } from '@/lib/journey/questions';
import type { JourneyContext } from '@/machines/route-machine';
import { getTranslations } from '@/lib/i18n/server';

export type IntakeScreenProps = { context: JourneyContext; isAsked: IsAsked; errors: readonly IntakeError[]; catalogue: Catalogue; locale: Locale; wiped?: Wiped };

/**
 * The klantmanager's intake: every situation and wish question on one screen in
 * professional words, the advice beside it, and the professional view of each route.
 * Works without scripts (a button recomputes); with scripts the advice follows each change.
 */
export async function IntakeScreen({ context: c, isAsked, errors, catalogue, locale, wiped }: IntakeScreenProps) {
  const [t, tc] = await Promise.all([getTranslations('intake'), getTranslations('common')]);
  const openCount = QUESTION_IDS.filter((q) => isAsked(q, c.answers) && !c.answered.includes(q)).length;
  const fields = { context: c, isAsked, errors, catalogue, locale };

  return (
    <div className="wide">
      {errors.length > 0 && <ErrorSummary errors={errors.map((e) => ({ href: `#${fieldId(e.question)}`, text: `${t(`labels.${e.question}`)}: ${t(`errors.${e.error}`)}` }))} />}
      <IntakeSession wiped={wiped} />
      <h1 id="intake">{t('heading')}</h1>
      <p className="mt-2 max-w-3xl">{t('intro', { clear: tc('clear') })}</p>
      {c.answers.situation.crisis && (
        <p id="intake-crisis" className="mt-4 rounded-md border-4 border-red-700 p-3 font-semibold">
          {t.rich('crisis', { link: (chunks) => <Link href="/hulp">{chunks}</Link> })}
        </p>
      )}
      <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,26rem)_minmax(0,1fr)]">
        <form id="intake-form" action={saveIntake} noValidate aria-labelledby="intake-vragen">
          <h2 id="intake-vragen">{t('formHeading')}</h2>
          <h3 className="mt-4 text-lg">{t('situation')}</h3>
          <IntakeFields questions={SITUATION_QUESTIONS} {...fields} />
          <h3 className="mt-4 text-lg">{t('wish')}</h3>
          <IntakeFields questions={WISH_QUESTIONS} {...fields} />
          <div className="mt-4 flex flex-wrap gap-3">
            <button type="submit" id="herbereken" className="btn-primary">
              {t('update')}
            </button>
            <button type="submit" name="then" value="summary" id="naar-samenvatting" className="btn-secondary">
              {t('toSummary')}
            </button>
          </div>
          <AutoSubmit formId="intake-form" action={updateIntake} />
        </form>
        <IntakeAdvice advice={advise(c.answers, catalogue, locale)} openCount={openCount} mayChoose={!firstOpenQuestion(c, isAsked)} catalogue={catalogue} locale={locale} />
      </div>
    </div>
  );
}
