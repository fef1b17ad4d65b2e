import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Toegankelijkheidsverklaring' };

export default function AccessibilityPage() {
  return (
    <>
      <h1>Toegankelijkheidsverklaring</h1>
      <div className="mt-4 space-y-4">
        <p>
          We willen dat iedereen deze routewijzer kan gebruiken. We bouwen daarom volgens de richtlijnen voor toegankelijkheid: WCAG 2.2,
          niveau AA.
        </p>
        <h2>Wat we doen</h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>Elke pagina wordt bij elke wijziging automatisch getest met axe op de regels van WCAG 2.2 A en AA.</li>
          <li>Je kunt alles met het toetsenbord doen. Je ziet altijd waar je bent.</li>
          <li>De pagina’s werken op een smalle telefoon (320 pixels breed) en als je tekst groter maakt.</li>
          <li>Alles werkt ook als JavaScript uit staat.</li>
          <li>Met de knop “Lees voor” leest je browser de tekst hardop voor.</li>
          <li>We schrijven in eenvoudige taal.</li>
        </ul>
        <h2>Wat nog niet goed is</h2>
        <p>
          “Lees voor” werkt alleen in browsers die spraak ondersteunen, en alleen met JavaScript aan. Zonder JavaScript haalt “Snel weg” deze
          website niet uit de geschiedenis van je browser. Automatische tests vinden niet alle problemen; deze website is nog niet door
          mensen met een beperking getest.
        </p>
        <h2>Iets gevonden?</h2>
        <p>Loop je ergens tegenaan? Laat het ons weten, dan lossen we het op.</p>
      </div>
    </>
  );
}
