'use client';

import { useEffect, useRef, useSyncExternalStore } from 'react';
import { stepError as en } from '@/content/messages/en/step-error';
import { stepError as nl } from '@/content/messages/nl/step-error';

const subscribe = () => () => {};

/**
 * When a step cannot load (the connection dropped, the server restarted): say so calmly,
 * keep the answers (they are in the cookie on this device) and offer to try again.
 * Targeted by id: Next has its own role="alert" route announcer.
 * The language is the page's <html lang> (set by the root layout); only the two small
 * message files of this page come with it, not next-intl.
 */
export default function StepError({ reset }: { error: Error; reset: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const lang = useSyncExternalStore(
    subscribe,
    () => document.documentElement.lang,
    () => 'nl',
  );
  const t = lang === 'en' ? en : nl;
  return (
    <div id="fout-verbinding">
      <h1 ref={heading} tabIndex={-1}>
        {t.heading}
      </h1>
      <p className="mt-4">{t.text}</p>
      <div className="mt-6 flex flex-wrap gap-4">
        <button type="button" id="opnieuw" className="btn-primary" onClick={() => (navigator.onLine ? window.location.reload() : reset())}>
          {t.retry}
        </button>
      </div>
    </div>
  );
}
