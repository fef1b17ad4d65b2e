import Link from '@/components/common/link';
import { FocusOnNavigation } from '@/components/common/focus-on-navigation';

export const cookiesRefusedTitle = 'Je antwoorden kunnen niet worden bewaard';

/**
 * Shown when the browser does not keep the journey cookie (private window, cookies blocked):
 * without it every answer is lost and the wizard would start over at every step.
 */
export function CookiesRefused() {
  return (
    <section id="fout-cookies" aria-labelledby="fout-cookies-titel" className="rounded-md border-2 border-amber-600 bg-amber-50 p-4">
      <FocusOnNavigation id="fout-cookies-titel" />
      <h1 id="fout-cookies-titel" tabIndex={-1} className="outline-none">
        {cookiesRefusedTitle}
      </h1>
      <p className="mt-4">
        Je browser bewaart geen cookies van deze website. Daardoor zijn je antwoorden na elke vraag weer weg, en kun je niet verder.
      </p>
      <p className="mt-4">
        De routewijzer bewaart je antwoorden in één functionele cookie, op je eigen apparaat. Er staat niets over jou op onze server, en
        we gebruiken geen cookies om je te volgen.
      </p>
      <h2 className="mt-6">Wat kun je doen?</h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>Sta cookies toe voor deze website, in de instellingen van je browser.</li>
        <li>Gebruik je een privévenster of incognitovenster? Open de routewijzer dan in een gewoon venster.</li>
      </ul>
      <p className="mt-6">
        <Link href="/" id="opnieuw-beginnen" className="btn-primary">
          Opnieuw beginnen
        </Link>
      </p>
    </section>
  );
}
