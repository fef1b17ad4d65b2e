'use server';

import { getCatalogue } from '@/lib/catalogue/load';
import { RESULTS, type Result } from '@/lib/catalogue/schema';
import { todayIso } from '@/lib/dates';
import { localRedirect, RedirectType } from '@/lib/i18n/server';
import { advance } from '@/lib/journey/advance';
import { formErrors } from '@/lib/journey/form-errors';

/*
 * Step 5, the assessment (004:2333, "afronden of doorgaan?"): report what happened on the
 * chosen route, then finish, continue with a next route, or choose another. Same pattern as
 * the wizard: validate the form, send the statechart an event, redirect to the new state's page
 * (in the page's language: localRedirect, and advance() does the same).
 */

export async function reportResult(form: FormData): Promise<void> {
  const result = String(form.get('result') ?? '');
  if (!(RESULTS as readonly string[]).includes(result)) return localRedirect(`/evaluatie?${formErrors.toQuery(['required'])}`, RedirectType.replace);
  await advance('journey.action', [{ type: 'assessment.start' }, { type: 'result.report', result: result as Result, date: todayIso() }]);
}

export async function continueWith(form: FormData): Promise<void> {
  const route = String(form.get('route') ?? '');
  if (!getCatalogue('nl').routes.some((r) => r.id === route)) return localRedirect('/evaluatie', RedirectType.replace);
  await advance('journey.assessment.decide', [{ type: 'assessment.continue', route }]);
}

export async function chooseOther(): Promise<void> {
  await advance('journey.assessment.decide', [{ type: 'assessment.chooseOther' }]);
}

export async function finishJourney(): Promise<void> {
  await advance('journey.assessment.decide', [{ type: 'assessment.finish' }]);
}
