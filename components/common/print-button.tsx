'use client';

import { ButtonPlaceholder } from '@/components/common/button-placeholder';
import { useHydrated } from '@/components/common/use-hydrated';

/** Prints the page (the print stylesheet fits it on A4). Without scripts its place stays empty. */
export function PrintButton({ label }: { label: string }) {
  const ready = useHydrated();
  if (!ready) return <ButtonPlaceholder className="btn-secondary" label={label} />;
  return (
    <button type="button" id="print-plan" onClick={() => window.print()} className="btn-secondary">
      {label}
    </button>
  );
}
