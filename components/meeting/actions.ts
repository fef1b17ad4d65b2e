'use server';

import { getCatalogue } from '@/lib/catalogue/load';
import { intakeErrorQuery, intakeFromForm } from '@/lib/intake/intake-form';
import { todayIso } from '@/lib/dates';
import { localRedirect, RedirectType } from '@/lib/i18n/server';
import { readSession, writeSession } from '@/lib/journey/cookie';
import { step } from '@/lib/journey/flow';
import { journeyRuntime } from '@/lib/journey/runtime';
import { readMeetingOrEmpty, writeMeeting } from '@/lib/meeting/cookie';
import { clearDraft, keepDraft } from '@/lib/meeting/draft';
import {
  addAgreementFromForm,
  agreementFromForm,
  clientConsentFromForm,
  meetingErrors,
  nextMeetingFromForm,
  peopleFromForm,
  setupFromForm,
  type Changed,
  type MeetingError,
} from '@/lib/meeting/forms';
import type { Meeting } from '@/lib/meeting/meeting';

/*
 * The driegesprek's forms. Each reads the meeting from its cookies, changes one thing and
 * redirects back to the agenda at the step it came from. Invalid input changes nothing and
 * comes back as error codes in the URL; the text typed comes back through a one-minute
 * cookie (lib/meeting/draft.ts), never the URL. The redirect keeps the page's language.
 */

const back = (anchor: string, errors: readonly MeetingError[] = []): Promise<never> =>
  localRedirect(`/driegesprek${errors.length ? `?${meetingErrors.toQuery(errors)}` : ''}#${anchor}`, RedirectType.replace);

/** Stores a change; a refused one keeps what was typed and goes back with its errors. */
async function save(form: FormData, r: Changed, anchors: { ok: string; refused: string }): Promise<never> {
  const errors: MeetingError[] = r.ok ? ((await writeMeeting(r.meeting)) ? [] : ['space']) : r.errors;
  if (errors.length) {
    await keepDraft(form);
    return back(anchors.refused, errors);
  }
  await clearDraft();
  return back(anchors.ok);
}

/** A change without typed text (consent, removing): stored, or refused as a whole with `space`. */
async function store(m: Meeting, anchor: string): Promise<never> {
  if (!(await writeMeeting(m))) return back(anchor, ['space']);
  await clearDraft();
  return back(anchor);
}

export async function saveSetup(form: FormData): Promise<void> {
  return save(form, setupFromForm(form, await readMeetingOrEmpty(), todayIso()), { ok: 'toestemming', refused: 'toestemming' });
}

/** The client's own consent (or its withdrawal): an explicit act, refused without its tick. */
export async function clientConsent(form: FormData): Promise<void> {
  return save(form, clientConsentFromForm(form, await readMeetingOrEmpty(), todayIso()), { ok: 'toestemming-klant', refused: 'toestemming-klant' });
}

/** The other parties' agreement, recorded apart from the client's consent. */
export async function othersAgree(form: FormData): Promise<void> {
  return save(form, agreementFromForm(form, await readMeetingOrEmpty(), todayIso()), { ok: 'akkoord-anderen', refused: 'akkoord-anderen' });
}

/** The names and contact details of the people at the table. */
export async function savePeople(form: FormData): Promise<void> {
  return save(form, peopleFromForm(form, await readMeetingOrEmpty()), { ok: 'aan-tafel', refused: 'aan-tafel' });
}

export async function addAgreement(form: FormData): Promise<void> {
  return save(form, addAgreementFromForm(form, await readMeetingOrEmpty(), todayIso()), { ok: 'afspraken', refused: 'stap-4' });
}

export async function removeAgreement(form: FormData): Promise<void> {
  const m = await readMeetingOrEmpty();
  const i = Number(form.get('index'));
  if (!(Number.isInteger(i) && i >= 0 && i < m.agreements.length)) return back('afspraken');
  return store({ ...m, agreements: m.agreements.filter((_, j) => j !== i) }, 'afspraken');
}

export async function setNextMeeting(form: FormData): Promise<void> {
  return save(form, nextMeetingFromForm(form, await readMeetingOrEmpty(), todayIso()), { ok: 'stap-5', refused: 'stap-5' });
}

/** Step 3 in the meeting: the route chosen together; the agenda goes on to step 4. */
export async function chooseInMeeting(form: FormData): Promise<void> {
  const route = String(form.get('route') ?? '');
  if (!getCatalogue('nl').routes.some((r) => r.id === route)) return back('stap-3');
  const { machine } = journeyRuntime();
  const { session } = await readSession();
  const next = step(machine, session, 'journey.process', [{ type: 'route.choose', route }]);
  await writeSession({ ...next.session, mode: 'driegesprek' });
  // Stores the meeting as it is (an empty one when there was none): it always fit before.
  await writeMeeting(await readMeetingOrEmpty());
  return back('stap-4');
}

/**
 * Steps 1 and 2 in the meeting: situation and wish filled in on the driegesprek page itself,
 * with the intake's fields and parser, so the flow stays here (issue 16). Invalid answers come
 * back as the intake's codes and leave the earlier answer unchanged.
 */
export async function saveMeetingAnswers(form: FormData): Promise<void> {
  const { session } = await readSession();
  const { deps } = journeyRuntime();
  const { session: next, errors } = intakeFromForm(form, session, getCatalogue('nl').regions, deps.isAsked);
  await writeSession({ ...next, mode: 'driegesprek' });
  return localRedirect(`/driegesprek${errors.length ? `?${intakeErrorQuery(errors)}` : ''}#${errors.length ? 'stap-1' : 'stap-3'}`, RedirectType.replace);
}
