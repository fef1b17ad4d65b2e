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
  /** A text field whose value, when filled in, is added after the text under its heading. */
  notes?: { id: string; heading: string };
};

/**
 * Copies the text of an element to the clipboard. Hidden without scripts (select the text
 * instead). A client component: the server parent passes its texts in the page's language.
 */
export function CopyButton({ sourceId, label, copied, failed, notes }: Props) {
  const ready = useHydrated();
  const [done, setDone] = useState<'' | 'ok' | 'failed'>('');
  if (!ready) return <ButtonPlaceholder className="btn-secondary" label={label} />;
  const copy = async () => {
    try {
      const text = document.getElementById(sourceId)?.textContent ?? '';
      const field = notes ? document.getElementById(notes.id) : null;
      const typed = field instanceof HTMLTextAreaElement ? field.value.trim() : '';
      await navigator.clipboard.writeText(typed ? `${text.trimEnd()}\n\n${notes!.heading}\n${typed}\n` : text);
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
