import type { Progress } from '@/lib/journey/progress';
import { getTranslations } from '@/lib/i18n/server';

/**
 * "Stap 2 van 5 · Jouw wens" above a page of the wizard (NL Design System multi-step pattern).
 * On a question page the question count takes the step's place ("Vraag 3 van 12 · Jouw situatie"):
 * the step alone stays the same for a dozen pages.
 */
export async function StepHeader({ step, progress }: { step: 1 | 2 | 3 | 4 | 5; progress?: Progress }) {
  const t = await getTranslations('common');
  return (
    <p id="stap" className="mb-2 text-base font-semibold text-slate-700">
      {progress ? t('questionOf', { n: progress.position, total: progress.total }) : t('stepOf', { n: step })} <span aria-hidden="true">·</span>{' '}
      {t(`steps.${step}`)}
    </p>
  );
}
