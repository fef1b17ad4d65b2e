'use client';

import { useEffect } from 'react';
import { useHydrated } from '@/components/common/use-hydrated';

/** A neutral site that loads fast and says nothing about the person. */
export const QUICK_EXIT_URL = 'https://nos.nl';

/** GOV.UK's exit-this-page shortcut: Shift pressed three times in a row, all within this many milliseconds. */
export const SHIFT_WINDOW_MS = 2000;

function leave() {
  // Hide the page at once: the neutral site may take a moment to load.
  document.body.style.visibility = 'hidden';
  window.location.replace(QUICK_EXIT_URL);
}

/**
 * "Snel weg": leaves at once. With scripts the current history entry is replaced, so Back
 * does not return here (the wizard keeps a single history entry, see components/wizard/actions.ts),
 * and Shift three times does the same from anywhere on the page. Without scripts it is an
 * ordinary link, and its description does not promise the shortcut.
 */
export function QuickExit({ label, hint, shortcut }: { label: string; hint: string; shortcut: string }) {
  const hydrated = useHydrated();
  useEffect(() => {
    let presses: number[] = [];
    const onKey = (e: KeyboardEvent) => {
      // Shift with another key (a capital letter) is typing, not the shortcut.
      if (e.key !== 'Shift') {
        presses = [];
        return;
      }
      if (e.repeat) return;
      const now = performance.now();
      presses = [...presses.filter((t) => now - t < SHIFT_WINDOW_MS), now];
      if (presses.length >= 3) leave();
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, []);
  return (
    <>
      <a
        id="snel-weg"
        href={QUICK_EXIT_URL}
        rel="noreferrer"
        referrerPolicy="no-referrer"
        aria-describedby="snel-weg-uitleg"
        className="inline-flex min-h-11 shrink-0 items-center rounded-md bg-red-800 px-4 py-2 font-bold text-white underline-offset-4 hover:bg-red-900 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-yellow-400"
        onClick={(e) => {
          e.preventDefault();
          leave();
        }}
      >
        {label}
      </a>
      <span id="snel-weg-uitleg" hidden>
        {hydrated ? `${hint} ${shortcut}` : hint}
      </span>
    </>
  );
}
