import type { Metadata } from 'next';
import { SESSION_MAX_AGE } from '@/lib/journey/cookie';

export const metadata: Metadata = { title: 'Privacyverklaring' };

export default function PrivacyPage() {
  const days = Math.round(SESSION_MAX_AGE / 86400);
  return (
    <>
      <h1>Privacyverklaring</h1>
      <div className="mt-4 space-y-4">
        <p>
          Je antwoorden gaan over je gezondheid. Dat zijn bijzondere persoonsgegevens. Daarom gaan we er heel zuinig mee om. Hier lees je
          precies wat er gebeurt.
        </p>
        <h2>Waar je antwoorden staan</h2>
        <p>
          Je antwoorden staan in een cookie op je eigen apparaat. Dat cookie heet “routewijzer”. Je browser stuurt het mee als je een
          pagina van deze website opent. Onze server gebruikt je antwoorden dan om de pagina te maken, en vergeet ze meteen weer. We
          bewaren je antwoorden niet op onze server en we schrijven ze niet in logbestanden.
        </p>
        <p>
          Het cookie blijft {days} dagen op je apparaat, zodat je later verder kunt. Klik op “Wis mijn antwoorden” onderaan elke pagina om
          het meteen te verwijderen. Gebruik je een computer van iemand anders? Wis dan je antwoorden als je klaar bent.
        </p>
        <h2>Wat we niet doen</h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>We zetten je antwoorden nooit in een internetadres (URL).</li>
          <li>We gebruiken geen advertenties, geen volgcookies en geen bezoekersstatistieken.</li>
          <li>We laden niets van andere websites: geen lettertypes, geen scripts, geen plaatjes.</li>
          <li>We delen niets met je gemeente, UWV, je behandelaar of anderen. Jij beslist zelf wat je laat zien, bijvoorbeeld je plan.</li>
        </ul>
        <h2>Je plan</h2>
        <p>Als je je plan print of downloadt, maakt onze server het bestand en stuurt het naar jou. Het bestand blijft niet bij ons.</p>
        <p>
          Je kunt je plan ook bewaren als bestand (JSON) op je eigen apparaat. Open je het later weer via “Open je plan”? Dan leest onze
          server het bestand één keer, controleert het en zet je antwoorden terug in het cookie op je apparaat. We bewaren het bestand niet.
        </p>
        <h2>Intake en driegesprek</h2>
        <p>
          Bij een driegesprek komt er een tweede cookie bij, “routewijzer-gesprek”. Daarin staan wie meedoet, wie toestemming gaf om te
          delen (met de datum, en of die is ingetrokken), en de afspraken. Ook dat cookie staat alleen op het apparaat waarop het gesprek
          wordt gevoerd, blijft {days} dagen en verdwijnt met “Wis mijn antwoorden”. Een medisch dossier hoort er niet in. Delen doe je
          zelf: door het plan te printen, te downloaden of als bestand te bewaren, met toestemming van iedereen die meedoet.
        </p>
        <h2>Voor organisaties die de API gebruiken</h2>
        <p>Wat je naar de API stuurt, gebruiken we alleen om het advies te berekenen. We bewaren en loggen het niet.</p>
      </div>
    </>
  );
}
