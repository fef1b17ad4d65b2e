'use client';

import { useEffect, useState } from 'react';
import { ButtonPlaceholder } from '@/components/common/button-placeholder';

/** Prints the page (the print stylesheet fits it on A4). Without scripts its place stays empty. */
export function PrintButton({ label }: { label: string }) {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  if (!ready) return <ButtonPlaceholder className="btn-secondary" label={label} />;
  return (
    <button type="button" id="print-plan" onClick={() => window.print()} className="btn-secondary">
      {label}
    </button>
  );
}
