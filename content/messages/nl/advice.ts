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
  notSuitableSummary: 'Bekijk {count} routes die niet passen, en waarom',
  allRoutes: '<link>Bekijk alle routes</link>, ook die niet bij je passen.',
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
};
