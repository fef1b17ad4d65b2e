/** Step 3, the advice page (app/advies) and its route cards (components/advice). */
export const advice = {
  metaTitle: '{step}: Routes die bij je passen',
  heading: 'Routes naar werk die bij je passen',
  choiceHeading: 'Waar gaat het om?',
  // The problem and the decision (IPDAS): 003:48-54 and 003:74 on work and recovery; 004:2207-2214 and 2269-2270 on what decides.
  problem:
    'Werk kan goed zijn voor je herstel, als het werk bij je past. Er zijn veel routes naar werk. Welke past, hangt af van je klachten, je hulp, je uitkering, je wens en waar je woont.',
  decision:
    '<strong>De keuze die je nu maakt:</strong> met welke route wil je beginnen? Je kiest zelf. Bespreek je keuze met je klantmanager, behandelaar of huisarts: dit advies vervangt geen gesprek.',
  notYet: 'Wil je nog niet kiezen? Dat mag. Je antwoorden blijven bewaard op dit apparaat, ook als je het venster sluit.',
  recommendedHeading: 'Dit past het best bij jou ({count})',
  noneRecommended:
    'We vonden geen route die zeker bij je past. Kijk hieronder bij “misschien ook iets voor jou”, en vraag je gemeente of behandelaar wat er voor jou is.',
  prioritiesHeading: 'Wat vind jij belangrijk?',
  prioritiesIntro: 'Kies wat voor jou zwaar weegt. Dan zetten we de routes opnieuw op volgorde.',
  reorder: 'Zet de routes op volgorde',
  disclosureHeading: 'Twijfel je of je over je klachten vertelt?',
  conditionalHeading: 'Misschien ook iets voor jou ({count})',
  conditionalIntro: 'Deze routes kunnen passen. Ga eerst na wat erbij staat.',
  notSuitableHeading: 'Wat niet bij je past',
  notSuitableCount: 'Past niet bij je ({count}), en waarom',
  allRoutes: '<link>Bekijk alle routes</link>, ook die niet bij je passen.',
  allRoutesLink:
    'Passen het best: {recommended}. Passen misschien: {conditional}. Passen niet: {notSuitable}. <link>Bekijk al deze routes, en waarom ze wel of niet passen</link>.',

  /** The page with every route for this person (app/[locale]/(dynamic)/advies/alle-routes). */
  allPage: {
    metaTitle: '{step}: Alle routes, en of ze bij je passen',
    heading: 'Alle routes, en of ze bij je passen',
    intro: 'Hier staan alle routes, op volgorde van wat het best bij je past. Je eerste stap en wat daarna komt, staan op de pagina met je route.',
    back: 'Terug naar je route',
    contents: 'Op deze pagina',
  },
  sources:
    'Deze informatie komt uit vijf rapporten over werk en psychische klachten (2015–2025). Bijgewerkt op {date} (versie {version}). <link>Bekijk de bronnen</link>.',

  /** One route on the advice page (components/advice/route-card.tsx). */
  card: {
    checks: 'Dit moet je eerst nagaan',
    fits: 'Waarom dit bij jou past',
    start: 'Zo begin je',
    askAt: 'Weet je niet bij wie? Vraag het na bij {who}.',
    say: 'Wat je kunt zeggen:',
    quote: '“{say}”',
    more: 'Meer over {name}: hoe lang, wie betaalt, cijfers',
    choose: 'Kies deze route',
  },

  /** Everything about one route (components/advice/route-details.tsx, also on /aanbod/[id]). */
  details: {
    offers: 'Wat je er doet',
    forWhom: 'Voor wie',
    duration: 'Hoe lang',
    funder: 'Wie betaalt',
    cost: 'Kost het jou iets?',
    benefit: 'Wat gebeurt er met je uitkering?',
    figures: 'Wat de cijfers zeggen',
    prosCons: 'Wat ervoor en ertegen pleit',
    pro: 'Voordeel:',
    con: 'Nadeel:',
    experiences: 'Hoe het is om mee te doen',
    available: 'Is het er nu?',
    linkFromSource: '(link uit de bron)',
    sources: 'Bronnen van deze informatie',
  },

  /** What the figures say (components/advice/figures.tsx). */
  figures: {
    none: 'Er zijn nog geen cijfers over deze route.',
    who: 'Wie: {population}.',
    whoWhen: 'Wie: {population}, {timeframe}.',
    comparison: 'Ter vergelijking, {label}: ongeveer {value} van de 100.',
    source: 'Bron: {study}, {year}; {studyType}.',
    sourcePeople: 'Bron: {study}, {year}; {studyType}, {n} mensen.',
    yearUnknown: 'jaar onbekend',
  },

  /** Signals before the routes (components/advice/signals.tsx). */
  signals: {
    allHelp: 'Bekijk alle hulp die je nu kunt krijgen',
  },

  /** The recommended route at the top of the page (components/advice/recommended-route.tsx). */
  route: {
    heading: 'Jouw route naar werk',
    firstStep: 'Jouw eerste stap',
    why: 'Waarom dit bij je past',
    howToStart: 'Zo begin je',
    say: 'Wat je kunt zeggen:',
    moreAboutThis: 'Meer over deze route',
    moreAbout: 'Meer over {name}',
    choose: 'Kies deze route',
    then: 'Daarna',
    alternatives: 'Ook mogelijk',
    alternativesIntro: 'Past je eerste stap niet bij je? Dit zijn andere routes die passen.',
    compare: 'Vergelijk de mogelijkheden',
    compareCaption: 'Je eerste stap en de andere mogelijkheden naast elkaar',
    option: 'Mogelijkheid',
    rowDo: 'Wat je doet',
    rowPace: 'Tempo',
    rowCare: 'Met of zonder behandeling',
    rowEvidence: 'Hoe goed onderzocht',
    rowFigure: 'Hoeveel mensen vonden werk',
    rowBenefit: 'Je uitkering',
    rowStart: 'Zo begin je',
    paceFast: 'Snel aan de slag',
    paceOwn: 'In je eigen tempo',
    paceBoth: 'Snel of in je eigen tempo',
    paceUnknown: 'Niet bekend',
    withCare: 'Samen met je behandeling',
    withoutCare: 'Los van je behandeling',
    figure: '{value} van de 100 vonden betaald werk',
    figureNone: 'Geen cijfers over werk',
    figureNote: 'De cijfers komen uit verschillende onderzoeken, bij verschillende groepen mensen en na verschillende tijd. Ze zijn daarom niet goed met elkaar te vergelijken.',
    nothingTitle: 'Nog niets doen',
    nothingDo: 'Je wacht af en kijkt later opnieuw.',
    nothingCare: 'Heb je behandeling, dan gaat die gewoon door.',
    nothingBenefit: 'Door dit advies verandert er nu niets.',
    nothingStart: 'Je hoeft nu niets te doen. Je antwoorden blijven bewaard op dit apparaat.',
    none: '—',
    alongside: 'Naast je route',
    alongsideIntro: 'Hulpmiddelen die je erbij kunt gebruiken. Ze zijn zelf geen begeleiding naar werk.',
    instruments: 'Regelingen rond een baan',
    instrumentsIntro: 'Een werkgever, je gemeente of UWV kan deze dingen regelen rond een baan. Ze maken het makkelijker om te beginnen. Vraag ernaar:',
    safetyNets: 'Je uitkering als vangnet',
    safetyNetsIntro: 'Ben je bang je uitkering kwijt te raken als je gaat werken? Hier zijn regels voor.',
    askAbout: 'Vraag ook naar',
    askAboutIntro: 'Deze soorten hulp zijn onderzocht bij mensen zonder werk. Er is geen vaste aanbieder bekend in Nederland. Je kunt er niet zelf voor inschrijven: vraag of je gemeente of UWV zoiets heeft.',
    youCanSay: 'Je kunt zeggen',
    evidence: 'Onderzoek',
    checkFirst: 'Eerst nagaan',
    askAt: 'Vraag het aan {who}.',
    orderChanged: 'Wat je belangrijk vindt, veranderde de volgorde. Bovenaan bij “Ook mogelijk” staat nu {name}.',
    orderSame: 'Wat je belangrijk vindt, veranderde de volgorde niet. Je eerste stap hangt af van je situatie.',
    goodToKnow: 'Goed om te weten',
    allFitting: 'Alle routes die kunnen passen ({count}), met alle details',
    later: 'Later verder kijken: routes naar werk',
    path: 'Jouw weg door het stroomschema',
    glossary: 'Wat betekenen deze woorden?',
    // Terms the advice uses, in plain words: GGZ and POH-GGZ (000:83), doelgroepregister and banenafspraak
    // (001:968-970), werkervaringsplaats (001:173, 004:1358).
    terms: {
      ggz: 'GGZ: de geestelijke gezondheidszorg, zoals een psycholoog, psychiater of GGZ-instelling.',
      poh: 'POH-GGZ: de praktijkondersteuner bij je huisarts die helpt bij psychische klachten.',
      uwv: 'UWV: de instantie die uitkeringen betaalt als je werkloos of ziek bent, zoals WW, Ziektewet, WIA en Wajong.',
      bijstand: 'Bijstand: een uitkering van de gemeente als je geen ander inkomen hebt.',
      doelgroepregister: 'Doelgroepregister: een lijst bij UWV van mensen die meetellen voor de banenafspraak. Dat zijn afspraken met werkgevers over extra banen voor mensen met een beperking.',
      werkervaringsplaats: 'Werkervaringsplaats: een plek bij een werkgever waar je werkt om ervaring op te doen.',
    },
  },
};
