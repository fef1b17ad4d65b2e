'use client';

import { useEffect, useState } from 'react';
import { ButtonPlaceholder } from '@/components/common/button-placeholder';
import { useBrowserValue } from '@/components/common/use-hydrated';
import { isLocale, LANGUAGE_TAG } from '@/lib/i18n/locale';

/**
 * "Lees voor": reads the main content aloud with the browser's own speech synthesis, in the
 * page's language (the lang attribute around `target`, set from the URL's language), with a
 * voice of that language when there is one (seed 002:1499 asks for text with a read-aloud
 * option). Nothing is sent anywhere. Hidden where the browser cannot speak.
 *
 * A client component: the server parent passes the button texts (common.readAloud and
 * common.stopReading); without them it speaks Dutch words on its button.
 */
const CLASSES =
  'inline-flex min-h-11 items-center gap-2 rounded-md border-2 border-sky-800 px-3 py-1 font-semibold text-sky-900 hover:bg-sky-50 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-yellow-400';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Props = {
  target?: string;
  /** The button text ("Lees voor"). */
  label: string;
  /** The button text while it reads ("Stop met voorlezen"). */
  stopLabel: string;
};

export function ReadAloud({ target = 'main', label, stopLabel }: Props) {
  const supported = useBrowserValue(() => 'speechSynthesis' in window);
  const [speaking, setSpeaking] = useState(false);

  useEffect(
    () => () => {
      if ('speechSynthesis' in window) window.speechSynthesis.cancel();
    },
    [],
  );

  // Until scripts run, an invisible button of the same size holds its place: nothing shifts when it appears.
  if (supported === undefined) return <ButtonPlaceholder className={CLASSES} label={label} icon />;
  if (!supported) return null;

  const toggle = () => {
    const synth = window.speechSynthesis;
    if (speaking) {
      synth.cancel();
      setSpeaking(false);
      return;
    }
    const root = document.querySelector(target) as HTMLElement | null;
    // Read what is visible: skip the read-aloud button itself and closed "details" contents.
    const text = root ? root.innerText.replace(new RegExp(`${escapeRegExp(label)}|${escapeRegExp(stopLabel)}`, 'g'), '') : '';
    const lang = ((root?.closest('[lang]') ?? document.documentElement).getAttribute('lang') || 'nl').toLowerCase();
    const base = lang.split('-')[0]!;
    const u = new SpeechSynthesisUtterance(text);
    // Speech synthesis wants a full language tag.
    u.lang = lang.includes('-') ? lang : isLocale(base) ? LANGUAGE_TAG[base] : lang;
    const voice = synth.getVoices().find((v) => v.lang.toLowerCase().startsWith(base));
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
      {speaking ? stopLabel : label}
    </button>
  );
}
