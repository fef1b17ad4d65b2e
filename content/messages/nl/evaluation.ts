/** Stap 5, "Hoe ging het?" (app/evaluatie): report a result, then finish or continue (004:2333). */
export const evaluation = {
  /** What a person can report about their route (lib/catalogue/schema RESULTS): the choice, and how it reads afterwards. */
  results: {
    'job-found': { label: 'Ik heb werk gevonden', past: 'werk gevonden' },
    'ready-for-work': { label: 'Ik ben klaar om te gaan werken', past: 'klaar om te gaan werken' },
    'education-started': { label: 'Ik ben met een opleiding begonnen', past: 'begonnen met een opleiding' },
    'step-up': { label: 'Ik ben een stap verder en wil een volgende stap zetten', past: 'een stap verder' },
    stopped: { label: 'De route is gestopt, of paste niet', past: 'gestopt' },
    'could-not-start': { label: 'Ik kon niet beginnen, bijvoorbeeld door een wachtlijst of omdat ik niet werd aangenomen', past: 'niet kunnen beginnen' },
    'not-available': { label: 'De route was er niet (meer), of niet bij mij in de buurt', past: 'niet beschikbaar' },
    'still-running': { label: 'Ik ben er nog mee bezig', past: 'nog bezig' },
  },
  opened: 'Je plan is geopend. Je gaat verder bij stap 5.',
  openedMigrated: 'Je plan is geopend (het was gemaakt met een oudere versie en is bijgewerkt). Je gaat verder bij stap 5.',
  history: 'Jouw routes tot nu toe',
  done: {
    heading: 'Je hebt je route afgerond',
    text: 'Goed gedaan. Bewaar je plan, dan heb je alles bij elkaar als je later iets nieuws wilt.',
    home: 'Naar de startpagina',
  },
  decide: {
    heading: 'Afronden of doorgaan?',
    outcome: '{route}: {result}. Wat is er nu nodig?',
    nextHeading: 'Een volgende route die hierop aansluit',
    continue: 'Ga verder met {route}',
    noNext: 'Er is geen route die vast aansluit op deze uitkomst. Dat is niet erg: hieronder staan andere routes die bij je passen.',
    alternativesHeading: 'Andere routes die bij je passen',
    alternativesIntro: 'Deze routes stonden in je plan als ook mogelijk. Bij elke route staat wat anders is.',
    notAvailable: 'Vraag je gemeente of UWV welke begeleiding naar werk er bij jou in de buurt wel is. Niet alles staat in onze bronnen.',
    saveHeading: 'Bewaar je bijgewerkte plan',
    saveText: 'Het bestand bevat je antwoorden, ook over je gezondheid. Het komt in de map Downloads van dit apparaat. Bewaar het op een plek die alleen jij kunt openen. Gebruik je een computer die je deelt met anderen? Zet het bestand dan op je eigen telefoon of USB-stick en wis het daarna van deze computer.',
    other: 'Kies een andere route',
    finish: 'Afronden: ik heb nu niets meer nodig',
  },
  report: {
    heading: 'Hoe gaat het met {route}?',
    intro: 'Vertel wat er gebeurd is. Dan kijken we wat je nu nodig hebt: afronden, of doorgaan met een volgende stap.',
    required: 'Kies een antwoord.',
  },
};
