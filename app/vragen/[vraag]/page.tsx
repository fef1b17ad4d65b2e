import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { getNextSnapshot } from 'xstate';
import { QuestionForm } from '@/components/wizard/question-form';
import { errors as errorCopy, questions, ui } from '@/content/copy/nl';
import { getCatalogue } from '@/lib/catalogue/load';
import { routesAskingFor, type RelevantField } from '@/lib/engine/relevance';
import { CookiesRefused, cookiesRefusedTitle } from '@/components/wizard/cookies-refused';
import { COOKIE_CHECK, hasSessionCookie, readSession } from '@/lib/journey/cookie';
import { questionBySlug, redirectFor, restore, stateKey, stateKeyOfQuestion, urlForState } from '@/lib/journey/flow';
import { currentValues, fieldKind, type FormError } from '@/lib/journey/forms';
import { stepOf, type QuestionId } from '@/lib/journey/questions';
import { journeyRuntime } from '@/lib/journey/runtime';

type Props = { params: Promise<{ vraag: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const FORM_ERRORS = ['required', 'unknown-municipality', 'age-not-a-number', 'age-too-low', 'age-too-high'] as const;

function errorText(q: QuestionId, code: string | undefined): string | undefined {
  if (!code || !(FORM_ERRORS as readonly string[]).includes(code)) return undefined;
  const e = code as FormError;
  if (e === 'required') return fieldKind(q) === 'radio' ? errorCopy.required : errorCopy.requiredText;
  return errorCopy[e];
}

const RELEVANCE_FIELDS: readonly string[] = ['careProvider', 'careOverOneYear', 'dayActivities', 'targetGroupRegister', 'age'];

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const q = questionBySlug((await params).vraag);
  if (!q) return { title: 'Pagina niet gevonden' };
  const sp = await searchParams;
  if (sp.cookie === COOKIE_CHECK && !(await hasSessionCookie())) return { title: cookiesRefusedTitle };
  const error = errorText(q, typeof sp.fout === 'string' ? sp.fout : undefined);
  const step = stepOf(q) === 'situation' ? 1 : 2;
  return { title: `${error ? 'Fout: ' : ''}${ui.stepOf(step)}: ${questions[q].title}` };
}

export default async function QuestionPage({ params, searchParams }: Props) {
  const q = questionBySlug((await params).vraag);
  if (!q) notFound();
  const sp = await searchParams;
  // The previous answer set the cookie, and this request came without it: the browser refuses it.
  const kept = await hasSessionCookie();
  if (sp.cookie === COOKIE_CHECK && !kept) return <CookiesRefused />;
  const { machine, deps } = journeyRuntime();
  const catalogue = getCatalogue();
  const { session, status } = await readSession();
  const context = session.context;

  const away = redirectFor({ kind: 'question', question: q }, context, deps.isAsked);
  if (away) redirect(away);

  const edit = sp.wijzig === '1' && context.answered.includes(q);
  const at = stateKeyOfQuestion(q);
  const back = stateKey(getNextSnapshot(machine, restore(machine, session, at), { type: 'nav.back' }).value);
  const backHref = edit ? '/controleren' : back === at ? '/' : urlForState(back);

  const because = RELEVANCE_FIELDS.includes(q)
    ? routesAskingFor(q as RelevantField, context.answers, catalogue).map((r) => r.name)
    : undefined;

  return (
    <QuestionForm
      question={q}
      step={stepOf(q) === 'situation' ? 1 : 2}
      values={currentValues(q, context.answers, context.answered.includes(q), catalogue.regions)}
      error={errorText(q, typeof sp.fout === 'string' ? sp.fout : undefined)}
      edit={edit}
      backHref={backHref}
      gemeenten={q === 'municipality' ? [...catalogue.regions.gemeenten.values()].map((g) => g.name).sort((a, b) => a.localeCompare(b, 'nl')) : undefined}
      because={because}
      notice={status === 'corrupt' ? ui.corrupt : undefined}
      kept={kept}
    />
  );
}
