import { steps, ui } from '@/content/copy/nl';

/** "Stap 2 van 5 · Jouw wens", above the form (NL Design System multi-step pattern). */
export function StepHeader({ step }: { step: 1 | 2 | 3 | 4 | 5 }) {
  return (
    <p id="stap" className="mb-2 text-base font-semibold text-slate-700">
      {ui.stepOf(step)} <span aria-hidden="true">·</span> {steps[step - 1]}
    </p>
  );
}
