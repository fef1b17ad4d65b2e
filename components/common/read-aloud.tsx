'use client';

import { useEffect, useState } from 'react';
import { ui } from '@/content/copy/nl';

/**
 * "Lees voor": reads the main content aloud with the browser's own speech synthesis, in a
 * Dutch voice when there is one (seed 002:1499 asks for text with a read-aloud option).
 * Nothing is sent anywhere. Hidden where the browser cannot speak.
 */
export function ReadAloud({ target = 'main' }: { target?: string }) {
  const [supported, setSupported] = useState(false);
  const [speaking, setSpeaking] = useState(false);

  useEffect(() => {
    setSupported(typeof window !== 'undefined' && 'speechSynthesis' in window);
    return () => {
      if ('speechSynthesis' in window) window.speechSynthesis.cancel();
    };
  }, []);

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
      className="inline-flex min-h-11 items-center gap-2 rounded-md border-2 border-sky-800 px-3 py-1 font-semibold text-sky-900 hover:bg-sky-50 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-yellow-400"
    >
      <span aria-hidden="true">🔊</span>
      {speaking ? ui.stopReading : ui.readAloud}
    </button>
  );
}
