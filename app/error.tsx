'use client';

import { useEffect, useRef } from 'react';

/**
 * When a step cannot load (the connection dropped, the server restarted): say so calmly,
 * keep the answers (they are in the cookie on this device) and offer to try again.
 * Targeted by id: Next has its own role="alert" route announcer.
 */
export default function StepError({ reset }: { error: Error; reset: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div id="fout-verbinding">
      <h1 ref={heading} tabIndex={-1}>
        Dit lukte even niet
      </h1>
      <p className="mt-4">
        We konden deze stap niet laden. Misschien is je internetverbinding weg. Je antwoorden zijn niet kwijt: ze staan op dit
        apparaat.
      </p>
      <div className="mt-6 flex flex-wrap gap-4">
        <button type="button" id="opnieuw" className="btn-primary" onClick={() => (navigator.onLine ? window.location.reload() : reset())}>
          Probeer het opnieuw
        </button>
      </div>
    </div>
  );
}
