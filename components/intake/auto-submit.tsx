'use client';

import { useEffect, useRef, useTransition } from 'react';

/**
 * With scripts, the intake's advice follows the answers: a change sends the whole form to
 * the server action (after a short pause, so arrowing through a list does not send every
 * step). Called directly, not as a form submission, so React does not reset fields the
 * person changed while the update was on its way. Without scripts the "Werk het advies
 * bij" button does the same.
 *
 * Each refresh hands this component a new `action` function: it is kept in a ref, so that a
 * refresh landing between a change and its update does not cancel that update.
 */
export function AutoSubmit({ formId, action }: { formId: string; action: (form: FormData) => Promise<void> }) {
  const [, startTransition] = useTransition();
  const latest = useRef(action);
  useEffect(() => {
    latest.current = action;
  }, [action]);
  useEffect(() => {
    const form = document.getElementById(formId) as HTMLFormElement | null;
    if (!form) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onChange = () => {
      clearTimeout(timer);
      timer = setTimeout(() => startTransition(() => latest.current(new FormData(form))), 500);
    };
    // A submit by a button (e.g. "Naar de samenvatting") wins over a pending update.
    const onSubmit = () => clearTimeout(timer);
    form.addEventListener('change', onChange);
    form.addEventListener('submit', onSubmit);
    return () => {
      clearTimeout(timer);
      form.removeEventListener('change', onChange);
      form.removeEventListener('submit', onSubmit);
    };
  }, [formId]);
  return null;
}
