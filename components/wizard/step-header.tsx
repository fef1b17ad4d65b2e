import { getTranslations } from 'next-intl/server';

/** "Stap 2 van 5 · Jouw wens", above the form (NL Design System multi-step pattern). */
export async function StepHeader({ step }: { step: 1 | 2 | 3 | 4 | 5 }) {
  const t = await getTranslations('common');
  return (
    <p id="stap" className="mb-2 text-base font-semibold text-slate-700">
      {t('stepOf', { n: step })} <span aria-hidden="true">·</span> {t(`steps.${step}`)}
    </p>
  );
}
