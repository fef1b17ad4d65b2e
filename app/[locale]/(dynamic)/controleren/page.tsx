import { BackLink } from '@/components/common/back-link';
import type { Metadata } from 'next';
import Link from '@/components/common/link';
import { FocusOnNavigation } from '@/components/common/focus-on-navigation';
import { confirmAnswers } from '@/components/wizard/actions';
import { StepHeader } from '@/components/wizard/step-header';
import { getCatalogue } from '@/lib/catalogue/load';
import { getTranslations, localRedirect, RedirectType, requestLocale } from '@/lib/i18n/server';
import { answerText } from '@/lib/journey/answer-labels';
import { readSession } from '@/lib/journey/cookie';
import { answeredQuestions, questionUrl, redirectFor } from '@/lib/journey/flow';
import { questionCopy } from '@/lib/journey/question-copy';
import { QUESTION_IDS, type Step } from '@/lib/journey/questions';
import { journeyRuntime } from '@/lib/journey/runtime';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('wizard.check');
  const tc = await getTranslations('common');
  return { title: t('pageTitle', { step: tc('stepOf', { n: 2 }) }) };
}

export default async function CheckPage() {
  const locale = await requestLocale();
  const t = await getTranslations('wizard.check');
  const tc = await getTranslations('common');
  const { deps } = journeyRuntime();
  const { regions } = getCatalogue(locale);
  const { session } = await readSession();
  const c = session.context;
  const away = redirectFor({ kind: 'check' }, c, deps.isAsked);
  if (away) return localRedirect(away, RedirectType.replace);

  const list = (title: string, step: Step) => (
    <section className="mt-6">
      <h2>{title}</h2>
      <dl className="mt-2 divide-y divide-slate-200 border-y border-slate-200">
        {answeredQuestions(step, c, deps.isAsked).map((q) => {
          const short = questionCopy(q, locale).short;
          return (
            <div key={q} className="grid gap-1 py-3 sm:grid-cols-[12rem_1fr_auto] sm:gap-4">
              <dt className="font-semibold">{short}</dt>
              <dd>{answerText(q, c.answers, regions, locale)}</dd>
              <dd>
                <Link href={`${questionUrl(q)}?wijzig=1`} replace>
                  {t('change')}
                  <span className="sr-only"> {short.toLocaleLowerCase(locale)}</span>
                </Link>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );

  const last = [...QUESTION_IDS].reverse().find((q) => deps.isAsked(q, c.answers))!;
  return (
    <>
      <BackLink href={questionUrl(last)} label={tc('back')} />
      <FocusOnNavigation id="controleren" />
      <StepHeader step={2} />
      <h1 id="controleren" tabIndex={-1}>
        {t('title')}
      </h1>
      <p className="mt-2">{t('intro')}</p>
      {list(tc('steps.1'), 'situation')}
      {list(tc('steps.2'), 'wish')}
      <form action={confirmAnswers} className="mt-8">
        <button type="submit" id="volgende" className="btn-primary">
          {t('confirm')}
        </button>
      </form>
    </>
  );
}
