'use client';

/** A neutral site that loads fast and says nothing about the person. */
export const QUICK_EXIT_URL = 'https://nos.nl';

/**
 * "Snel weg": leaves at once. With scripts the current history entry is replaced, so Back
 * does not return here (the wizard keeps a single history entry, see components/wizard/actions.ts).
 * Without scripts it is an ordinary link.
 */
export function QuickExit({ label, hint }: { label: string; hint: string }) {
  return (
    <a
      id="snel-weg"
      href={QUICK_EXIT_URL}
      rel="noreferrer"
      referrerPolicy="no-referrer"
      className="inline-flex min-h-11 items-center rounded-md bg-red-800 px-4 py-2 font-bold text-white underline-offset-4 hover:bg-red-900 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-yellow-400"
      onClick={(e) => {
        e.preventDefault();
        window.location.replace(QUICK_EXIT_URL);
      }}
    >
      {label}
      <span className="sr-only">: {hint}</span>
    </a>
  );
}
