/**
 * The stroomschema (/stroomschema, components/map/, lib/map/stroomschema.ts and layout.ts) and
 * a person's own path through it on the advice page (components/map/your-path.tsx).
 */
export const map = {
  page: {
    title: 'Stroomschema: zo werkt de routewijzer',
    intro:
      'De routewijzer werkt in vijf stappen. Eerst kijken we naar je situatie en je wens. Bij elke vraag vallen er routes af, of moet je iets navragen. Daarna kies je samen een route, ga je aan de slag en kijk je hoe het ging.',
    basis:
      'Dit schema komt uit de routewijzer zelf en uit de {count} routes die we kennen. Verandert er een route, dan verandert het schema mee. De vijf stappen komen uit het onderzoek naar begeleiding naar werk (<link>Deskresearch, 2025</link>).',
    allRoutes: 'Bekijk alle routes',
    toWizard: 'Naar de routewijzer',
    caption: 'Het schema van boven naar beneden. Dezelfde informatie staat hieronder als tekst.',
    textHeading: 'Het schema in woorden',
    textSummary: 'Alle stappen, keuzepunten en routes',
  },
  /**
   * The one-screen summary at the top of /stroomschema (components/map/stroomschema-summary.tsx).
   * The five steps: seed 004:2323-2333 ("Stap 1. Inventarisatie van de situatie" ... "afronden of
   * doorgaan?"). The main branches: 004:2207-2214 (uitkering, behandeling bij een ggz instelling,
   * "Het aanbod in de regio"), 004:2269-2270 ("de zwaarte van de klachten"), 004:2287
   * ("gemeente, UWV, geen uitkering").
   */
  summary: {
    heading: 'In het kort',
    situation: 'Je klachten, zorg, werk, uitkering en woonplaats.',
    wish: 'Wat je wilt bereiken, en welke hulp.',
    branches: 'Bij elke vraag vallen routes af. Het meest hangt af van je zorg, je uitkering (gemeente, UWV of geen), hoe zwaar je klachten zijn en waar je woont.',
    skip: 'Naar het hele schema ({count} routes)',
    fullHeading: 'Het hele schema',
  },
  /** The drawing's accessible name and description. */
  svg: {
    title: 'Stroomschema: de vijf stappen naar een route naar werk',
    desc: '{steps} stappen, {points} keuzepunten en {routes} routes. Dezelfde informatie staat als tekst onder de tekening.',
  },
  steps: {
    situation: 'Jouw situatie',
    wish: 'Jouw wens',
    check: 'Controleer je antwoorden',
    process: 'Routes die passen: samen kiezen',
    action: 'Aan de slag',
    assessment: 'Hoe ging het? Afronden of doorgaan',
    done: 'Klaar',
  },
  stepHeading: 'Stap {n}: {title}',
  decisions: {
    condition: 'Waar heb je vooral last van?',
    severity: 'Hoe zwaar zijn je klachten?',
    care: 'Welke hulp of behandeling heb je?',
    work: 'Heb je werk of volg je een opleiding?',
    benefit: 'Welke uitkering heb je?',
    region: 'Waar woon je?',
    age: 'Hoe oud ben je?',
    goal: 'Wat wil je bereiken?',
  },
  /** What each statechart event means, as an arrow label (event "answer.submit" is answer.submit here). */
  events: {
    answer: { submit: 'antwoord geven' },
    nav: { next: 'volgende vraag' },
    answers: { edit: 'antwoord wijzigen', confirm: 'antwoorden kloppen', reset: 'opnieuw beginnen' },
    route: { choose: 'route kiezen' },
    assessment: {
      start: 'resultaat bespreken',
      continue: 'doorgaan met een vervolgroute',
      chooseOther: 'een andere route kiezen',
      finish: 'afronden',
    },
    result: { report: 'resultaat doorgeven' },
    crisis: { report: 'direct hulp' },
  },
  results: {
    'job-found': 'werk gevonden',
    'ready-for-work': 'klaar om te gaan werken',
    'education-started': 'begonnen met een opleiding',
    stopped: 'gestopt',
    'could-not-start': 'niet kunnen beginnen',
    'not-available': 'niet beschikbaar',
    'still-running': 'nog bezig',
    'step-up': 'toe aan een volgende stap',
  },
  region: 'Regio {name}',
  otherRegion: 'Een andere regio',
  ageOne: '{from} jaar',
  ageBand: '{from} tot en met {to} jaar',
  /** Notes under steps 2, 3 and 5 (lib/map/layout.ts stepNotes). */
  notes: {
    order: 'De routes die passen komen op volgorde. Je kiest samen met je klantmanager of behandelaar.',
    all: 'Alle {count} routes: {names}.',
    ended: 'Nooit in het advies, want gestopt of geen aanbod: {names}.',
    unclear: 'Hooguit “misschien”, want niet zeker of het er nog is: {names}.',
    wish: 'Welke hulp je wilt, je tempo en wat je belangrijk vindt, bepalen de volgorde van de routes. Er valt daardoor geen route af.',
    followUp: 'Na {route}, {result}: verder met {routes}.',
  },
  /** In the drawing. */
  branchCount: '{label}: {count, plural, one {# route} other {# routes}} mogelijk',
  out: 'Valt af: {names}.',
  check: 'Vraag na: {names}.',
  /** In the text version. */
  list: {
    questions: 'Vragen in deze stap: {questions}. Sommige vragen komen alleen als het antwoord het advies nog kan veranderen.',
    branch: '{label}: {count} routes mogelijk.',
    fits: 'Past: {names}.',
    none: 'geen',
    silent: 'De bronnen zeggen hier niets over bij {names}. Die routes tellen dan als “past”: onbekend, vraag het na.',
    then: 'Daarna:',
  },
  /** components/map/your-path.tsx, on the advice page. */
  path: {
    heading: 'Jouw pad door het stroomschema',
    intro: 'Bij elke vraag zie je welk antwoord jij gaf, en wat dat doet met de routes. Het <link>hele stroomschema</link> laat alle antwoorden zien.',
    yourAnswer: 'Jouw antwoord:',
    notAsked: 'niet gevraagd',
    branch: ' ({label}).',
    noBranch: '. Dit maakt voor jou niets uit, of je weet het nog niet: er valt hier niets af.',
    out: 'Hierdoor valt af: {names}.',
    noneOut: 'Hierdoor valt geen route af.',
    check: ' Vraag na: {names}.',
    allAnswers: 'Alle antwoorden bij: {title}',
    current: ' (jouw pad)',
  },
};
