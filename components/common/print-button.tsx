'use client';

import { useEffect, useState } from 'react';

/** Prints the page (the print stylesheet fits it on A4). Hidden without scripts. */
export function PrintButton({ label }: { label: string }) {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  if (!ready) return null;
  return (
    <button type="button" id="print-plan" onClick={() => window.print()} className="btn-secondary">
      {label}
    </button>
  );
}
