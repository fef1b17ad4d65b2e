'use client';

import { useEffect, useState } from 'react';
import { ButtonPlaceholder } from '@/components/common/button-placeholder';

/** Copies the text of an element to the clipboard. Hidden without scripts (select the text instead). */
export function CopyButton({ sourceId, label }: { sourceId: string; label: string }) {
  const [ready, setReady] = useState(false);
  const [done, setDone] = useState<'' | 'ok' | 'failed'>('');
  useEffect(() => setReady(true), []);
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
        {done === 'ok' ? 'Gekopieerd.' : done === 'failed' ? 'Kopiëren lukte niet. Selecteer de tekst en kopieer die zelf.' : ''}
      </span>
    </>
  );
}
