'use client';

import { useState } from 'react';
import { ButtonPlaceholder } from '@/components/common/button-placeholder';
import { useHydrated } from '@/components/common/use-hydrated';

type Props = {
  sourceId: string;
  label: string;
  /** Said when the text is on the clipboard. */
  copied: string;
  /** Said when copying failed. */
  failed: string;
};

/**
 * Copies the text of an element to the clipboard. Hidden without scripts (select the text
 * instead). A client component: the server parent passes its texts in the page's language.
 */
export function CopyButton({ sourceId, label, copied, failed }: Props) {
  const ready = useHydrated();
  const [done, setDone] = useState<'' | 'ok' | 'failed'>('');
  if (!ready) return <ButtonPlaceholder className="btn-secondary" label={label} />;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(document.getElementById(sourceId)?.textContent ?? '');
      setDone('ok');
    } catch {
      setDone('failed');
    }
  };
  return (
    <>
      <button type="button" id="kopieer" onClick={copy} className="btn-secondary">
        {label}
      </button>
      <span id="kopieer-status" aria-live="polite" className="self-center">
        {done === 'ok' ? copied : done === 'failed' ? failed : ''}
      </span>
    </>
  );
}
