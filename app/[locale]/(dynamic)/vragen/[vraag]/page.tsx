import type { Metadata } from 'next';
import { cache } from 'react';
import { QuestionForm } from '@/components/wizard/question-form';
import { getCatalogue } from '@/lib/catalogue/load';
import { getTranslations, localRedirect, notFound, RedirectType, requestLocale } from '@/lib/i18n/server';
import { routesAskingFor } from '@/lib/engine/relevance';
import { CookiesRefused } from '@/components/wizard/cookies-refused';
import { COOKIE_CHECK, hasSessionCookie, readSession } from '@/lib/journey/cookie';
import { questionBySlug, redirectFor, restore, stateKey, stateKeyOfQuestion, urlForState } from '@/lib/journey/flow';
import { formErrorText } from '@/lib/journey/form-errors';
import { currentValues } from '@/lib/journey/forms';
import { questionCopy } from '@/lib/journey/question-copy';
import { QUESTIONS, relevanceFieldOf, stepOf, type QuestionId } from '@/lib/journey/questions';
import { questionProgress } from '@/lib/journey/progress';
import { journeyRuntime } from '@/lib/journey/runtime';
import { gemeenteNames } from '@/lib/regions/regions';
import { nextSnapshot } from '@/machines/next-snapshot';

/*
 * The session read once per request, so that the title, the count and the page work from one
 * answers object: the statechart's guards remember per answers object which questions are asked
 * (lib/journey/is-asked.ts), and a second copy made them work it all out again.
 * Only for rendering: a form's action writes the session and must read what it wrote.
 */
const pageSession = cache(readSession);

/** The question count, once per request: the title and the page show the same. */
const progressOf = cache(async (q: QuestionId) => {
  const { machine, deps } = journeyRuntime();
  return questionProgress(machine, deps.isAsked, (await pageSession()).session.context, q);
});

type Props = { params: Promise<{ vraag: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await requestLocale();
  const t = await getTranslations('wizard');
  const tc = await getTranslations('common');
  const q = questionBySlug((await params).vraag);
  if (!q) return { title: t('notFound') };
  const sp = await searchParams;
  if (sp.cookie === COOKIE_CHECK && !(await hasSessionCookie())) return { title: t('cookies.title') };
  const error = formErrorText(q, sp.fout, locale);
  const progress = await progressOf(q);
  // The same count as on the page; before the page redirects (a question not reached yet), the step.
  const where = progress ? tc('questionOf', { n: progress.position, total: progress.total }) : tc('stepOf', { n: stepOf(q) === 'situation' ? 1 : 2 });
  const title = t('questionTitle', { step: where, title: questionCopy(q, locale).title });
  return { title: error ? tc('errorPrefix', { title }) : title };
}

export default async function QuestionPage({ params, searchParams }: Props) {
  const q = questionBySlug((await params).vraag);
  if (!q) notFound();
  const sp = await searchParams;
  // The previous answer set the cookie, and this request came without it: the browser refuses it.
  const kept = await hasSessionCookie();
  if (sp.cookie === COOKIE_CHECK && !kept) return <CookiesRefused />;
  const locale = await requestLocale();
  const t = await getTranslations('wizard');
  const { machine, deps } = journeyRuntime();
  const catalogue = getCatalogue(locale);
  const { session, status } = await pageSession();
  const context = session.context;

  const away = redirectFor({ kind: 'question', question: q }, context, deps.isAsked);
  if (away) return localRedirect(away, RedirectType.replace);

  const edit = sp.wijzig === '1' && context.answered.includes(q);
  const at = stateKeyOfQuestion(q);
  const back = stateKey(nextSnapshot(machine, restore(machine, session, at), { type: 'nav.back' }).value);
  const backHref = edit ? '/controleren' : back === at ? '/' : urlForState(back);

  const field = relevanceFieldOf(QUESTIONS[q]);
  const because = field ? routesAskingFor(field, context.answers, catalogue).map((r) => r.name) : undefined;

  return (
    <QuestionForm
      question={q}
      step={stepOf(q) === 'situation' ? 1 : 2}
      values={currentValues(q, context.answers, context.answered.includes(q), catalogue.regions)}
      error={formErrorText(q, sp.fout, locale)}
      edit={edit}
      backHref={backHref}
      progress={await progressOf(q)}
      gemeenten={q === 'municipality' ? gemeenteNames(catalogue.regions) : undefined}
      because={because}
      notice={status === 'corrupt' ? t('corrupt') : undefined}
      kept={kept}
    />
  );
}
