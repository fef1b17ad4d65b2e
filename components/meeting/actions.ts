'use server';

import { RedirectType } from 'next/navigation';
import { getCatalogue } from '@/lib/catalogue/load';
import { todayIso } from '@/lib/dates';
import { localRedirect } from '@/lib/i18n/server';
import { readSession, writeSession } from '@/lib/journey/cookie';
import { step } from '@/lib/journey/flow';
import { journeyRuntime } from '@/lib/journey/runtime';
import { readMeetingOrEmpty, writeMeeting } from '@/lib/meeting/cookie';
import { addAgreementFromForm, setupFromForm, nextMeetingFromForm } from '@/lib/meeting/forms';
import { giveConsent, PARTIES, revokeConsent, type Party } from '@/lib/meeting/meeting';

/*
 * The driegesprek's forms. Each reads the meeting from its cookie, changes one thing and
 * redirects back to the agenda at the step it came from. Invalid input changes nothing and
 * comes back as error codes (never the text typed). The redirect keeps the page's language.
 */

const back = (anchor: string, errors: string[] = []): Promise<never> =>
  localRedirect(`/driegesprek${errors.length ? `?fout=${errors.join(',')}` : ''}#${anchor}`, RedirectType.replace);

const partyOf = (form: FormData): Party | undefined => PARTIES.find((p) => p === form.get('party'));

export async function saveSetup(form: FormData): Promise<void> {
  await writeMeeting(setupFromForm(form, await readMeetingOrEmpty(), todayIso()));
  return back('toestemming');
}

export async function consent(form: FormData): Promise<void> {
  const party = partyOf(form);
  if (!party) return back('toestemming');
  const m = await readMeetingOrEmpty();
  await writeMeeting(form.get('give') === '1' ? giveConsent(m, party, todayIso()) : revokeConsent(m, party, todayIso()));
  return back(`toestemming-${party}`);
}

export async function addAgreement(form: FormData): Promise<void> {
  const r = addAgreementFromForm(form, await readMeetingOrEmpty(), todayIso());
  if (!r.ok) return back('stap-4', r.errors);
  await writeMeeting(r.meeting);
  return back('afspraken');
}

export async function removeAgreement(form: FormData): Promise<void> {
  const m = await readMeetingOrEmpty();
  const i = Number(form.get('index'));
  if (Number.isInteger(i) && i >= 0 && i < m.agreements.length) await writeMeeting({ ...m, agreements: m.agreements.filter((_, j) => j !== i) });
  return back('afspraken');
}

export async function setNextMeeting(form: FormData): Promise<void> {
  const r = nextMeetingFromForm(form, await readMeetingOrEmpty(), todayIso());
  if (!r.ok) return back('stap-5', r.errors);
  await writeMeeting(r.meeting);
  return back('stap-5');
}

/** Step 3 in the meeting: the route chosen together; the agenda goes on to step 4. */
export async function chooseInMeeting(form: FormData): Promise<void> {
  const route = String(form.get('route') ?? '');
  if (!getCatalogue().routes.some((r) => r.id === route)) return back('stap-3');
  const { machine } = journeyRuntime();
  const { session } = await readSession();
  const next = step(machine, session, 'journey.process', [{ type: 'route.choose', route }]);
  await writeSession({ ...next.session, mode: 'driegesprek' });
  await writeMeeting(await readMeetingOrEmpty());
  return back('stap-4');
}
