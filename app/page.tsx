import type { Metadata } from 'next';
import Link from '@/components/common/link';
import { startOrResume } from '@/components/wizard/actions';

export const metadata: Metadata = { title: { absolute: 'Routewijzer werk: welke route naar werk past bij jou?' } };

export default function StartPage() {
  return (
    <>
      <h1>Welke route naar werk past bij jou?</h1>
      <div className="mt-4 space-y-4">
        <p>
          Heb je psychische klachten en wil je aan het werk, of je werk houden? Er is veel hulp. Deze routewijzer helpt je kiezen wat bij
          jou past.
        </p>
        <ul className="list-disc space-y-1 pl-6">
          <li>Je beantwoordt vragen over je situatie en over wat je wilt. Dat duurt ongeveer 10 minuten.</li>
          <li>Je krijgt uitleg over de routes die bij je passen, waarom, en hoe je begint.</li>
          <li>Het is gratis en je zit nergens aan vast. Je kunt altijd stoppen.</li>
          <li>
            Je antwoorden blijven op je eigen apparaat. We bewaren niets op onze server en we delen niets met anderen. Je kunt je antwoorden
            altijd wissen.
          </li>
        </ul>
        <p>Gebruik je een computer van iemand anders? Klik dan aan het eind op “Wis mijn antwoorden”.</p>
      </div>
      <form action={startOrResume} className="mt-8">
        <button type="submit" id="start" className="btn-primary">
          Start
        </button>
        <p className="mt-2 text-base text-slate-700">Ben je al eerder begonnen? Dan ga je verder waar je was.</p>
      </form>
      <section aria-labelledby="eerder-plan" className="mt-8">
        <h2 id="eerder-plan">Heb je al een plan?</h2>
        <p className="mt-1">
          Heb je je plan als bestand bewaard? <Link href="/plan/openen">Open je plan</Link> en vertel hoe het ging.
        </p>
      </section>
      <section aria-labelledby="professionals" className="mt-8">
        <h2 id="professionals">Voor klantmanagers en behandelaars</h2>
        <ul className="mt-1 list-disc space-y-1 pl-6">
          <li>
            <Link href="/intake">Intake</Link>: alle vragen op één scherm, met het advies ernaast.
          </li>
          <li>
            <Link href="/driegesprek">Driegesprek</Link>: klant, klantmanager en behandelaar samen, met toestemming en afspraken.
          </li>
        </ul>
      </section>
      <p className="mt-8 rounded-md bg-slate-100 p-4">
        Gaat het nu niet goed met je? <Link href="/hulp">Hier vind je direct hulp</Link>.
      </p>
    </>
  );
}
