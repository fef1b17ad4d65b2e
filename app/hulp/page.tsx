import type { Metadata } from 'next';
import { continueAfterHelp } from '@/components/wizard/actions';
import { getCatalogue } from '@/lib/catalogue/load';

export const metadata: Metadata = { title: 'Direct hulp' };

/** Immediate help before anything else (seed 002:743, 002:1355; numbers from content/help.yaml). */
export default function HelpPage() {
  const help = getCatalogue().help;
  return (
    <>
      <h1 id="hulp">Praat er nu over met iemand</h1>
      <p className="mt-4">
        Het is goed dat je dit laat weten. Gaat het nu heel slecht met je? Dan is het belangrijk dat je eerst hulp krijgt. Je hoeft dit
        niet alleen te doen.
      </p>
      <ul className="mt-6 space-y-4">
        {help.map((h) => (
          <li key={h.id} className="card">
            <h2>{h.name}</h2>
            <p className="mt-1">{h.when}</p>
            {h.phone && (
              <p className="mt-2">
                <a href={`tel:${h.phone.replace(/[^0-9]/g, '')}`} className="text-xl font-bold">
                  Bel {h.phone}
                </a>
              </p>
            )}
            {h.url && (
              <p className="mt-1">
                <a href={h.url} rel="noreferrer">
                  {h.urlLabel ?? h.url}
                </a>
              </p>
            )}
            {h.hours && <p className="mt-1 text-base text-slate-700">{h.hours}</p>}
          </li>
        ))}
      </ul>
      <h2 className="mt-10">Verder met de routewijzer</h2>
      <p className="mt-2">Wil je later verder? Je antwoorden blijven bewaard op dit apparaat. Je kunt ook nu verder gaan.</p>
      <form action={continueAfterHelp} className="mt-4">
        <button type="submit" id="verder" className="btn-secondary">
          Verder met de vragen
        </button>
      </form>
    </>
  );
}
