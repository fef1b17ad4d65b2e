'use client';

import { useEffect } from 'react';

/**
 * With scripts, the intake's advice follows the answers: a change submits the form (after a
 * short pause, so arrowing through a list does not send every step). Without scripts the
 * "Werk het advies bij" button does the same.
 */
export function AutoSubmit({ formId }: { formId: string }) {
  useEffect(() => {
    const form = document.getElementById(formId) as HTMLFormElement | null;
    if (!form) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onChange = () => {
      clearTimeout(timer);
      timer = setTimeout(() => form.requestSubmit(), 500);
    };
    form.addEventListener('change', onChange);
    return () => {
      clearTimeout(timer);
      form.removeEventListener('change', onChange);
    };
  }, [formId]);
  return null;
}
