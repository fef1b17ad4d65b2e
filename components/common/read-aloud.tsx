'use client';

import { useEffect, useState } from 'react';
import { ui } from '@/content/copy/nl';
import { ButtonPlaceholder } from '@/components/common/button-placeholder';

/**
 * "Lees voor": reads the main content aloud with the browser's own speech synthesis, in a
 * Dutch voice when there is one (seed 002:1499 asks for text with a read-aloud option).
 * Nothing is sent anywhere. Hidden where the browser cannot speak.
 */
const CLASSES =
  'inline-flex min-h-11 items-center gap-2 rounded-md border-2 border-sky-800 px-3 py-1 font-semibold text-sky-900 hover:bg-sky-50 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-yellow-400';

export function ReadAloud({ target = 'main' }: { target?: string }) {
  const [supported, setSupported] = useState<boolean | undefined>(undefined);
  const [speaking, setSpeaking] = useState(false);

  useEffect(() => {
    setSupported(typeof window !== 'undefined' && 'speechSynthesis' in window);
    return () => {
      if ('speechSynthesis' in window) window.speechSynthesis.cancel();
    };
  }, []);

  // Until scripts run, an invisible button of the same size holds its place: nothing shifts when it appears.
  if (supported === undefined) return <ButtonPlaceholder className={CLASSES} label={ui.readAloud} icon />;
  if (!supported) return null;

  const toggle = () => {
    const synth = window.speechSynthesis;
    if (speaking) {
      synth.cancel();
      setSpeaking(false);
      return;
    }
    const root = document.querySelector(target);
    // Read what is visible: skip the read-aloud button itself and closed "details" contents.
    const text = root ? (root as HTMLElement).innerText.replace(new RegExp(`${ui.readAloud}|${ui.stopReading}`, 'g'), '') : '';
    const u = new SpeechSynthesisUtterance(text);
    u.lang = 'nl-NL';
    const voice = synth.getVoices().find((v) => v.lang.toLowerCase().startsWith('nl'));
    if (voice) u.voice = voice;
    u.onend = () => setSpeaking(false);
    u.onerror = () => setSpeaking(false);
    synth.cancel();
    synth.speak(u);
    setSpeaking(true);
  };

  return (
    <button
      type="button"
      id="lees-voor"
      onClick={toggle}
      aria-pressed={speaking}
      className={CLASSES}
    >
      <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20" className="shrink-0" fill="currentColor">
        <path d="M3 9v6h4l5 4V5L7 9H3zm13.5 3a4.5 4.5 0 0 0-2.5-4v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z" />
      </svg>
      {speaking ? ui.stopReading : ui.readAloud}
    </button>
  );
}
