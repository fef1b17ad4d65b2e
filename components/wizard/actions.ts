'use server';

import { localRedirect, RedirectType } from '@/lib/i18n/server';
import { getCatalogue } from '@/lib/catalogue/load';
import { advance } from '@/lib/journey/advance';
import { COOKIE_CHECK, hasSessionCookie, readSession } from '@/lib/journey/cookie';
import { wipeDevice } from '@/lib/device/wipe';
import { questionUrl, resumeUrl, stateKeyOfQuestion } from '@/lib/journey/flow';
import { formErrors } from '@/lib/journey/form-errors';
import { parseAnswer } from '@/lib/journey/forms';
import { isQuestionId } from '@/lib/journey/questions';
import { journeyRuntime } from '@/lib/journey/runtime';
import type { JourneyEvent } from '@/machines/route-machine';
import { ASKED_PRIORITIES, type Priority } from '@/lib/answers/schema';

/*
 * Every form in the wizard posts to one of these. They work the same with and without
 * JavaScript: read the journey from the cookie, send the statechart an event, store the
 * result, redirect to the page of the new state. Redirects replace the history entry, so
 * the whole wizard is one entry in the browser's history and "Snel weg" leaves none behind.
 * Nothing here logs or stores what was submitted.
 */

export async function submitAnswer(form: FormData): Promise<void> {
  const q = String(form.get('question') ?? '');
  if (!isQuestionId(q)) return localRedirect('/', RedirectType.replace);
  const edit = form.get('edit') === '1';
  // The page was shown with a saved journey, yet the answer comes without the cookie: the browser
  // dropped it (with scripts on, Next renders the next page inside the same response, so the
  // `?cookie=check` page still saw the cookie it had just set).
  if (form.get('kept') === '1' && !(await hasSessionCookie())) return localRedirect(`${questionUrl(q)}?cookie=${COOKIE_CHECK}`, RedirectType.replace);
  const parsed = parseAnswer(q, form, getCatalogue('nl').regions);
  if (!parsed.ok) {
    const params = new URLSearchParams(formErrors.toQuery([parsed.error]));
    if (edit) params.set('wijzig', '1');
    return localRedirect(`${questionUrl(q)}?${params}`, RedirectType.replace);
  }
  const submit: JourneyEvent = { type: 'answer.submit', question: q, patch: parsed.patch };
  await advance(edit ? 'journey.check' : stateKeyOfQuestion(q), edit ? [{ type: 'answers.edit', question: q }, submit] : [submit]);
}

export async function confirmAnswers(): Promise<void> {
  await advance('journey.check', [{ type: 'answers.confirm' }]);
}

export async function setPriorities(form: FormData): Promise<void> {
  const picked = form.getAll('answer').map(String);
  const priorities = ASKED_PRIORITIES.filter((p) => picked.includes(p)) as Priority[];
  await advance('journey.process', [{ type: 'priorities.set', priorities }]);
}

export async function chooseRoute(form: FormData): Promise<void> {
  const route = String(form.get('route') ?? '');
  if (!getCatalogue('nl').routes.some((r) => r.id === route)) return localRedirect('/advies', RedirectType.replace);
  await advance('journey.process', [{ type: 'route.choose', route }]);
}

/** From the help page: back to where the person was, or on from the crisis question. */
export async function continueAfterHelp(): Promise<void> {
  const { session } = await readSession();
  if (session.state === 'help') await advance('help', [{ type: 'help.continue' }]);
  await advance(session.state, [{ type: 'crisis.report' }, { type: 'help.continue' }]);
}

/** The start page's button: continue where the person left off, or begin. */
export async function startOrResume(): Promise<void> {
  const { deps } = journeyRuntime();
  const { session } = await readSession();
  return localRedirect(resumeUrl(session.context, deps.isAsked), RedirectType.replace);
}

export async function clearAnswers(): Promise<void> {
  await wipeDevice();
  return localRedirect('/gewist', RedirectType.replace);
}
