import type { Metadata } from 'next';
import Link from '@/components/common/link';
import { redirect } from 'next/navigation';
import { FocusOnNavigation } from '@/components/common/focus-on-navigation';
import { confirmAnswers } from '@/components/wizard/actions';
import { StepHeader } from '@/components/wizard/step-header';
import { questions, ui } from '@/content/copy/nl';
import { getCatalogue } from '@/lib/catalogue/load';
import { answerText } from '@/lib/journey/answer-labels';
import { readSession } from '@/lib/journey/cookie';
import { questionUrl, redirectFor } from '@/lib/journey/flow';
import { QUESTION_IDS, SITUATION_QUESTIONS, WISH_QUESTIONS, type QuestionId } from '@/lib/journey/questions';
import { journeyRuntime } from '@/lib/journey/runtime';

export const metadata: Metadata = { title: `${ui.stepOf(2)}: Controleer je antwoorden` };

export default async function CheckPage() {
  const { deps } = journeyRuntime();
  const { regions } = getCatalogue();
  const { session } = await readSession();
  const c = session.context;
  const away = redirectFor({ kind: 'check' }, c, deps.isAsked);
  if (away) redirect(away);

  const shown = (qs: readonly QuestionId[]) => qs.filter((q) => c.answered.includes(q) && deps.isAsked(q, c.answers));
  const list = (title: string, qs: readonly QuestionId[]) => (
    <section className="mt-6">
      <h2>{title}</h2>
      <dl className="mt-2 divide-y divide-slate-200 border-y border-slate-200">
        {shown(qs).map((q) => (
          <div key={q} className="grid gap-1 py-3 sm:grid-cols-[12rem_1fr_auto] sm:gap-4">
            <dt className="font-semibold">{questions[q].short}</dt>
            <dd>{answerText(q, c.answers, regions)}</dd>
            <dd>
              <Link href={`${questionUrl(q)}?wijzig=1`} replace>
                Wijzig<span className="sr-only"> {questions[q].short.toLowerCase()}</span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );

  const last = [...QUESTION_IDS].reverse().find((q) => deps.isAsked(q, c.answers))!;
  return (
    <>
      <FocusOnNavigation id="controleren" />
      <StepHeader step={2} />
      <h1 id="controleren" tabIndex={-1}>
        Controleer je antwoorden
      </h1>
      <p className="mt-2">Klopt alles? Dan laten we zien welke routes bij je passen. Je kunt elk antwoord nog veranderen.</p>
      {list('Jouw situatie', SITUATION_QUESTIONS)}
      {list('Jouw wens', WISH_QUESTIONS)}
      <form action={confirmAnswers} className="mt-8 flex flex-wrap items-center gap-4">
        <button type="submit" id="volgende" className="btn-primary">
          {ui.next}: bekijk je routes
        </button>
        <Link href={questionUrl(last)} replace id="vorige" className="btn-secondary">
          {ui.previous}
        </Link>
      </form>
    </>
  );
}
