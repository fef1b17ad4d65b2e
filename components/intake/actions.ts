'use server';

import { redirect, RedirectType } from 'next/navigation';
import { getCatalogue } from '@/lib/catalogue/load';
import { readSession, writeSession } from '@/lib/journey/cookie';
import { intakeFromForm, intakeErrorQuery } from '@/lib/intake/intake-form';
import { journeyRuntime } from '@/lib/journey/runtime';

/**
 * The intake form posts here, with and without JavaScript: every field is parsed as the
 * wizard would, valid answers are kept on the device (the journey cookie), invalid ones
 * are reported per field and leave the earlier answer unchanged.
 */
export async function saveIntake(form: FormData): Promise<void> {
  const { session } = await readSession();
  const { deps } = journeyRuntime();
  const { session: next, errors } = intakeFromForm(form, session, getCatalogue().regions, deps.isAsked);
  await writeSession(next);
  const target = form.get('then') === 'summary' && errors.length === 0 ? '/intake/samenvatting' : '/intake';
  redirect(errors.length ? `/intake?${intakeErrorQuery(errors)}` : target, RedirectType.replace);
}
