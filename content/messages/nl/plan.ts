/** Step 4, the client's plan: the page (app/plan), the plan model (lib/plan/build-plan.ts) and its PDF. */
export const plan = {
  metaTitle: '{step}: Jouw plan',
  heading: 'Jouw plan: {name}',
  print: 'Print je plan',
  downloadPdf: 'Download als PDF',
  fileNote: 'Het bestand bewaar je zelf, op je eigen apparaat. Later open je het weer via “Open je plan” op de startpagina.',
  /** The chosen route against the recommended first step (advice.route.firstStep), in one sentence. */
  choice: {
    'first-step': 'Dit is de eerste stap die we je aanraden.',
    then: 'Deze route komt na de eerste stap die we je aanraden: “{first}”.',
    other: 'Je hebt deze route gekozen in plaats van de eerste stap die we je aanraden: “{first}”.',
  },
  stepsHeading: 'Dit ga je doen',
  thenHeading: 'Daarna',
  thenItem: '{when}: {name}',
  alternativesHeading: 'Ook mogelijk',
  alternativesIntro: 'Past deze route toch niet bij je? Deze routes passen ook. Bij elke route staat wat anders is.',
  alternativeItem: '{name}: {tradeOff}',
  questionsHeading: 'Vragen om mee te nemen',
  questionsIntro: 'Naar je klantmanager, behandelaar of de organisatie die de route aanbiedt.',
  ifItFailsHeading: 'Wat als het niet lukt?',
  situationHeading: 'Mijn situatie',
  madeWith: 'Gemaakt met Routewijzer werk, catalogus versie {version} ({date}).',
  laterHeading: 'Later: hoe ging het?',
  laterText: 'Ben je een tijdje bezig, of is de route klaar? Vertel hoe het ging. Dan kijken we samen wat je nu nodig hebt.',
  toEvaluation: 'Naar stap 5: hoe ging het?',
  previousOther: '{previous}: kies een andere route',

  /** Who to contact, completing "Neem contact op met …". */
  via: {
    uwv: 'je contactpersoon bij UWV',
    gemeente: 'je klantmanager bij de gemeente',
    behandelaar: 'je behandelaar',
    huisarts: 'je huisarts',
    self: 'de organisatie zelf',
    werkgever: 'je werkgever',
    bedrijfsarts: 'de bedrijfsarts',
  },
  steps: {
    check: 'Ga na: {text}',
    checkAsk: 'Ga na: {text} Vraag het aan {who}.',
    contact: 'Neem contact op met {who}. {how}',
    say: 'Zeg bijvoorbeeld: “{say}”',
    bring: 'Neem dit plan mee naar het gesprek. Maak samen afspraken: wie doet wat, en wanneer.',
    review: 'Spreek af wanneer jullie bekijken hoe het gaat.',
  },
  questions: {
    duration: 'Hoe lang duurt deze route?',
    cost: 'Kost deze route mij iets, bijvoorbeeld eigen risico of reiskosten?',
    benefitUnknown: 'Wat gebeurt er met mijn uitkering als ik meedoe?',
    benefitKnown: 'Wat betekent meedoen precies voor mijn uitkering?',
    fallBack: 'Kan ik terugvallen op mijn uitkering als het werk (nog) niet lukt?',
    stillThere: 'Bestaat {name} nog, en kan ik meedoen?',
    inRegion: 'Is {name} er in mijn regio?',
    contactPerson: 'Wie is mijn vaste contactpersoon?',
  },
  ifItFails: {
    notAFailure:
      'Lukt het niet, of past het toch niet? Dat is geen mislukking. Je hebt iets geleerd over wat bij je past, en je kunt een andere route kiezen.',
    alternatives: 'Andere routes die bij je kunnen passen: {routes}.',
    worse: 'Gaat het slechter met je? Praat met je huisarts of behandelaar. In nood: bel 113 (0800-0113), of 112 bij direct gevaar.',
  },
  pdf: {
    title: 'Mijn plan: {name}',
    subtitle: 'Gemaakt op {date} met Routewijzer werk (catalogus {version}, {catalogueDate}).',
    filename: 'mijn-plan-routewijzer-werk.pdf',
  },
};
