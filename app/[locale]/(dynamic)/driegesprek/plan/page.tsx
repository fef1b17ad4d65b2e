import type { Metadata } from 'next';
import { SharedPlanView } from '@/components/meeting/shared-plan-view';
import { longDateAt } from '@/lib/dates';
import { getTranslations, requestLocale } from '@/lib/i18n/server';
import { readSession } from '@/lib/journey/cookie';
import { readMeeting } from '@/lib/meeting/cookie';
import { sharedPlan } from '@/lib/plan/shared-plan';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('meeting');
  return { title: t('shared.title') };
}

export default async function SharedPlanPage() {
  const locale = await requestLocale();
  const [{ session }, meeting] = await Promise.all([readSession(), readMeeting()]);
  const shared = meeting ? sharedPlan(session, meeting, longDateAt(new Date(), locale), locale) : ({ ok: false, reason: 'no-consent' } as const);
  return <SharedPlanView shared={shared} />;
}
