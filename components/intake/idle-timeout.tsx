'use client';

import { useEffect, useRef, useState } from 'react';

/** No key, click, touch or typing for this long: the warning. */
export const WARN_AFTER_MS = 25 * 60 * 1000;
/** And this long: the intake is wiped (GOV.UK's timeout pattern: warn, then end). */
export const END_AFTER_MS = 30 * 60 * 1000;

type Props = {
  /** The form that wipes the device when the time is up (components/intake/actions.ts newIntake, reden=timeout). */
  formId: string;
  /** The form behind "Nieuwe intake": "Wis nu" submits it. */
  wipeFormId: string;
  title: string;
  /** Says how long is left, in whole minutes: {minutes}. */
  body: string;
  stay: string;
  wipeNow: string;
};

const ACTIVITY = ['keydown', 'pointerdown', 'input', 'touchstart'] as const;

/**
 * The klantmanager's intake on a shared PC ends on its own after 30 minutes without anything
 * being done, with a warning 5 minutes before (issue 16). The warning is a modal dialog: focus
 * goes to it, Escape or "Ga door" keeps the intake, "Wis nu" wipes at once. Without scripts
 * nothing happens here: the cookies are session cookies and go when the browser closes.
 */
export function IdleTimeout({ formId, wipeFormId, title, body, stay, wipeNow }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const last = useRef(0);
  const [left, setLeft] = useState<number | null>(null);

  useEffect(() => {
    last.current = Date.now();
    const active = () => {
      if (!dialog.current?.open) last.current = Date.now();
    };
    for (const e of ACTIVITY) window.addEventListener(e, active, { passive: true, capture: true });
    const tick = window.setInterval(() => {
      const idle = Date.now() - last.current;
      if (idle >= END_AFTER_MS) {
        window.clearInterval(tick);
        (document.getElementById(formId) as HTMLFormElement | null)?.requestSubmit();
      } else if (idle >= WARN_AFTER_MS) {
        setLeft(Math.ceil((END_AFTER_MS - idle) / 60_000));
        if (dialog.current && !dialog.current.open) dialog.current.showModal();
      }
    }, 1_000);
    return () => {
      window.clearInterval(tick);
      for (const e of ACTIVITY) window.removeEventListener(e, active, { capture: true });
    };
  }, [formId]);

  const keep = () => {
    last.current = Date.now();
    setLeft(null);
    dialog.current?.close();
  };

  return (
    <dialog
      ref={dialog}
      id="tijd-bijna-om"
      role="alertdialog"
      aria-labelledby="tijd-bijna-om-kop"
      aria-describedby="tijd-bijna-om-tekst"
      onCancel={keep}
      className="max-w-md rounded-md border-4 border-slate-800 p-6"
    >
      <h2 id="tijd-bijna-om-kop" className="text-xl">
        {title}
      </h2>
      <p id="tijd-bijna-om-tekst" className="mt-2">
        {body.replace('{minutes}', String(left ?? Math.round((END_AFTER_MS - WARN_AFTER_MS) / 60_000)))}
      </p>
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="button" id="ga-door" className="btn-primary" onClick={keep} autoFocus>
          {stay}
        </button>
        <button type="submit" form={wipeFormId} id="wis-nu" className="btn-secondary">
          {wipeNow}
        </button>
      </div>
    </dialog>
  );
}
