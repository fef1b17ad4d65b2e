'use server';

import { refresh } from 'next/cache';
import { getCatalogue } from '@/lib/catalogue/load';
import { localRedirect, RedirectType } from '@/lib/i18n/server';
import { readSession, writeSession } from '@/lib/journey/cookie';
import { intakeFromForm, intakeErrorQuery } from '@/lib/intake/intake-form';
import { journeyRuntime } from '@/lib/journey/runtime';
import { wipeDevice } from '@/lib/device/wipe';

/**
 * The intake form posts here, with and without JavaScript: every field is parsed as the
 * wizard would, valid answers are kept on the device (the journey cookie), invalid ones
 * are reported per field and leave the earlier answer unchanged. Redirects stay in the
 * language of the page the form was sent from.
 */
async function save(form: FormData) {
  const { session } = await readSession();
  const { deps } = journeyRuntime();
  const { session: next, errors } = intakeFromForm(form, session, getCatalogue('nl').regions, deps.isAsked);
  await writeSession(next);
  return errors;
}

export async function saveIntake(form: FormData): Promise<void> {
  const errors = await save(form);
  const target = form.get('then') === 'summary' && errors.length === 0 ? '/intake/samenvatting' : '/intake';
  return localRedirect(errors.length ? `/intake?${intakeErrorQuery(errors)}` : target, RedirectType.replace);
}

/**
 * The scripted update while answers change: saves like saveIntake but refreshes the page in
 * place instead of navigating, so fields being edited keep their values and focus.
 */
export async function updateIntake(form: FormData): Promise<void> {
  await save(form);
  refresh();
}

/**
 * "Nieuwe intake": the previous client's answers, driegesprek and filter are wiped from this
 * device, and the intake starts empty (issue 16: one PC, several clients a day). Also where
 * the inactivity timeout sends the page (components/intake/idle-timeout.tsx).
 */
export async function newIntake(form: FormData): Promise<void> {
  await wipeDevice();
  const why = form.get('reden') === 'timeout' ? '?gewist=timeout' : '?gewist=nieuw';
  return localRedirect(`/intake${why}`, RedirectType.replace);
}
