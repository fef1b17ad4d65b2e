import type { Metadata } from 'next';
import { PlanView } from '@/components/plan/plan-view';
import { getTranslations, localRedirect, requestLocale } from '@/lib/i18n/server';
import { readSession } from '@/lib/journey/cookie';
import { redirectFor } from '@/lib/journey/flow';
import { journeyRuntime } from '@/lib/journey/runtime';
import { currentPlan } from '@/lib/plan/current-plan';

export async function generateMetadata(): Promise<Metadata> {
  const [t, common] = await Promise.all([getTranslations('plan'), getTranslations('common')]);
  return { title: t('metaTitle', { step: common('stepOf', { n: 4 }) }) };
}

export default async function PlanPage() {
  const { deps } = journeyRuntime();
  const [{ session }, locale] = await Promise.all([readSession(), requestLocale()]);
  const away = redirectFor({ kind: 'plan' }, session.context, deps.isAsked);
  if (away) return localRedirect(away);
  const plan = currentPlan(session, locale);
  if (!plan) return localRedirect('/advies');
  return <PlanView plan={plan} />;
}
