/**
 * The engine's words (lib/engine, lib/present/present.ts): labels for answer values, the
 * reasons why a route fits, asks or fails, the signals, and how catalogue facts read.
 *
 * lib/engine/phrases.ts compiles these once per language for speed: messages here use plain
 * {placeholders} only (no plural, select, tags or apostrophe escapes), and `labels` are read
 * as plain text.
 */
export const engine = {
  /** Plain-Dutch (B1) words for answer values; they complete "Jij hebt …" / "voor mensen met …". */
  labels: {
    condition: {
      'mental-health': 'psychische klachten',
      'other-limitation': 'een andere beperking of ziekte',
    },
    severity: {
      mild: 'lichte klachten',
      moderate: 'matige klachten',
      severe: 'ernstige klachten',
      unknown: 'klachten waarvan je niet weet hoe zwaar ze zijn',
    },
    benefit: {
      none: 'geen uitkering',
      bijstand: 'bijstand',
      ww: 'WW',
      ziektewet: 'een Ziektewet-uitkering',
      'wia-wga': 'WIA (WGA)',
      'wia-iva': 'WIA (IVA)',
      wao: 'WAO',
      waz: 'WAZ',
      wajong: 'Wajong',
      'uwv-unknown': 'een uitkering van UWV',
    },
    /** Short names for lists ("WIA (WGA), WAO of Wajong"). */
    benefitShort: {
      none: 'geen uitkering',
      bijstand: 'bijstand',
      ww: 'WW',
      ziektewet: 'Ziektewet',
      'wia-wga': 'WIA (WGA)',
      'wia-iva': 'WIA (IVA)',
      wao: 'WAO',
      waz: 'WAZ',
      wajong: 'Wajong',
      'uwv-unknown': 'een uitkering van UWV',
    },
    care: {
      'specialist-ggz': 'behandeling in de specialistische GGZ',
      'basic-ggz': 'behandeling in de basis-GGZ',
      gp: 'hulp van je huisarts of POH-GGZ',
      none: 'geen behandeling',
    },
    careProvider: {
      dimence: 'Dimence',
      mediant: 'Mediant',
      yulius: 'Yulius',
      'vincent-van-gogh': 'Vincent van Gogh',
      other: 'een andere GGZ-instelling',
    },
    work: {
      none: 'geen werk',
      employed: 'werk',
      'sick-listed': 'werk, maar je bent ziek gemeld',
      'in-education': 'een opleiding',
      'dropped-out': 'geen school of opleiding meer, zonder diploma',
    },
    goal: {
      'paid-work': 'betaald werk',
      education: 'een opleiding',
      'keep-job': 'je baan houden',
      volunteering: 'vrijwilligerswerk',
      unsure: 'dat weet je nog niet',
    },
    targetGroupRegister: {
      yes: 'je staat in het doelgroepregister',
      no: 'je staat niet in het doelgroepregister',
      unknown: 'je weet niet of je in het doelgroepregister staat',
    },
    support: {
      'find-job-fast': 'snel een baan vinden',
      explore: 'uitzoeken wat bij je past',
      skills: 'vaardigheden leren',
      confidence: 'vertrouwen opbouwen',
      stepwise: 'stap voor stap',
      peers: 'steun van mensen die hetzelfde meemaken',
      'on-the-job': 'leren op de werkplek',
      'treatment-and-work': 'behandeling en werk samen',
    },
    /** Why a route's support matches the wish. */
    supportMatch: {
      'find-job-fast': 'Je wilt snel aan het werk. Deze route zoekt meteen met je naar een baan.',
      explore: 'Je wilt uitzoeken wat bij je past. Daar helpt deze route bij.',
      skills: 'Je wilt vaardigheden leren. Die leer je hier.',
      confidence: 'Je wilt meer vertrouwen in jezelf. Daar werkt deze route aan.',
      stepwise: 'Je wilt stap voor stap gaan. Deze route werkt in kleine stappen.',
      peers: 'Je wilt steun van mensen die hetzelfde meemaken. Die vind je hier.',
      'on-the-job': 'Je wilt leren op de werkplek. Hier krijg je begeleiding op je werk.',
      'treatment-and-work': 'Je wilt dat je behandeling en werk samengaan. Bij deze route is dat zo.',
    },
    priority: {
      'own-pace': 'in mijn eigen tempo',
      'income-security': 'zekerheid over mijn inkomen',
      peers: 'mensen die hetzelfde meemaken',
      'stay-in-care': 'mijn behandeling houden',
      'fast-job': 'snel een baan',
    },
    priorityMatch: {
      'own-pace': 'Je vindt je eigen tempo belangrijk. Deze route laat je in je eigen tempo gaan.',
      'income-security': 'Je vindt zekerheid over je inkomen belangrijk. Deze route helpt daarbij.',
      peers: 'Je vindt contact met mensen die hetzelfde meemaken belangrijk. Dat is er hier.',
      'stay-in-care': 'Je wilt je behandeling houden. Bij deze route gaan zorg en werk samen.',
      'fast-job': 'Je wilt snel een baan. Deze route zoekt meteen naar werk.',
    },
    askAt: {
      uwv: 'UWV',
      gemeente: 'je gemeente',
      behandelaar: 'je behandelaar',
      huisarts: 'je huisarts',
      provider: 'de organisatie die het aanbiedt',
      werkgever: 'je werkgever',
      bedrijfsarts: 'de bedrijfsarts',
    },
    /** Completes "Deze route is voor mensen …". */
    workFor: {
      none: 'zonder werk',
      employed: 'met werk',
      'sick-listed': 'die ziek gemeld zijn',
      'in-education': 'die een opleiding volgen',
      'dropped-out': 'die zonder diploma van school zijn gegaan',
    },
    /** Completes "Deze route is voor mensen die …". */
    goalFor: {
      'paid-work': 'betaald werk willen',
      education: 'een opleiding willen doen',
      'keep-job': 'hun baan willen houden',
      volunteering: 'vrijwilligerswerk willen doen',
      unsure: 'nog niet weten wat ze willen',
    },
    /** What the person told us, as a sentence. */
    workYou: {
      none: 'Jij hebt geen werk.',
      employed: 'Jij hebt werk.',
      'sick-listed': 'Jij bent ziek gemeld.',
      'in-education': 'Jij volgt een opleiding.',
      'dropped-out': 'Jij bent zonder diploma van school gegaan.',
    },
    goalYou: {
      'paid-work': 'Jij wilt betaald werk.',
      education: 'Jij wilt een opleiding.',
      'keep-job': 'Jij wilt je baan houden.',
      volunteering: 'Jij wilt vrijwilligerswerk.',
      unsure: 'Jij weet nog niet wat je wilt.',
    },
    /** What to do when an answer is missing, per criterion. */
    missingHint: {
      condition: 'Vraag na of je mee kunt doen.',
      severity: 'Je weet niet hoe zwaar je klachten zijn. Bespreek het met je huisarts of behandelaar.',
      benefit: 'Weet je niet welke uitkering je hebt? Kijk in je brieven of vraag het na bij UWV of je gemeente.',
      care: 'Vraag na of je mee kunt doen.',
      careProvider: 'Vraag je behandelaar of je mee kunt doen.',
      work: 'Vraag na of je mee kunt doen.',
      goal: 'Denk erover na wat je wilt, en vraag of deze route daarbij past.',
    },
    /** What to do when a given answer is only possibly allowed, per criterion. */
    askHint: {
      condition: 'Vraag na of je toch mee kunt doen.',
      severity: 'Vraag je behandelaar of het bij jou past.',
      benefit: 'Vraag bij je uitkeringsinstantie na of je toch mee kunt doen.',
      care: 'Vraag je behandelaar of huisarts of je toch mee kunt doen.',
      careProvider: 'Vraag je behandelaar of je toch mee kunt doen.',
      work: 'Vraag na of je toch mee kunt doen.',
      goal: 'Bespreek of het bij jouw wens past.',
    },
  },

  /** For whom a route is: completes "Deze route is voor …". */
  who: {
    withList: 'mensen met {list}',
    withListOrNone: 'mensen met {list}, of zonder uitkering',
    noBenefit: 'mensen zonder uitkering',
    inCareAt: 'mensen die in behandeling zijn bij {list}',
    work: 'mensen {list}',
    goal: 'mensen die {list}',
  },

  /** What the person told us, as a sentence. */
  you: {
    have: 'Jij hebt {label}.',
    inCareAt: 'Jij bent in behandeling bij {label}.',
    inCareElsewhere: 'Jij bent in behandeling bij een andere instelling.',
  },

  /** Reasons built from the eligibility criteria. */
  reasons: {
    routeIsFor: 'Deze route is voor {who}.',
    routeIsMainlyFor: 'Deze route is vooral voor {who}.',
    uwvUnknown: 'Deze route is voor mensen met {benefits}. Kijk in je brieven van UWV welke uitkering je hebt.',
    ageFromTo: 'van {min} tot en met {max} jaar',
    ageFrom: 'vanaf {min} jaar',
    ageTo: 'tot en met {max} jaar',
    ageFor: 'Deze route is voor mensen {range}.',
    ageYou: 'Deze route is voor mensen {range}. Jij bent {age} jaar.',
    ageDisputed: 'De bronnen zeggen niet hetzelfde over de leeftijd: {range}, of pas daarna. Jij bent {age} jaar. Vraag het na.',
    whereCertain: '{gemeenten} (regio {regions})',
    whereRegion: 'de regio {regions}',
    regionUnknown: 'Deze route is er alleen in {where}. Je hebt niet gezegd waar je woont.',
    regionElsewhere: 'Deze route is er alleen in {where}. Jij woont in {gemeente}, in de regio {region}.',
    regionMaybe:
      'Deze route is er zeker in {gemeenten}. Jij woont in {gemeente}, ook in de regio {region}. Vraag bij je gemeente of je mee kunt doen.',
    regionHere: 'Deze route is er in {where}. Jij woont in {gemeente}.',
    availabilityUnclear: '{text} Vraag na of het er nog is.',
    availabilityEnded: '{text} Je kunt het nu niet meer volgen.',
  },

  /** Reasons from the ranking policy (lib/engine/rank.ts). */
  rank: {
    unsureFits: 'Je weet nog niet wat je wilt. Deze route helpt je uitzoeken wat bij je past.',
    companion: 'Dit is een hulpmiddel dat je naast een route naar werk kunt gebruiken. Het is zelf geen begeleiding naar werk.',
    integrated: 'Bij ernstige klachten passen routes waarin zorg en werk samengaan het best. Je bent in behandeling, dus dat kan.',
    workplace: 'Je hebt werk. Hulp op en rond je werkplek helpt vooral om je werk te houden of terug te keren.',
    services: 'Met je uitkering kun je bij UWV of je gemeente begeleiding naar werk krijgen. Bij lichtere klachten past dat vaak goed.',
    paceFast: 'Je wilt snel aan de slag, en dat kan hier.',
    paceOwn: 'Je wilt in je eigen tempo gaan, en dat kan hier.',
    regional: 'Dit is een aanbod speciaal voor jouw regio.',
  },

  /** The recommended route (lib/engine/route.ts): why the first step, actions, then-steps, trade-offs. */
  route: {
    howUnknown: 'Hoe je je aanmeldt, staat niet in onze bronnen. Vraag het {who}.',
    why: {
      crisis: 'Je zei dat het nu heel slecht met je gaat. Eerst hulp van een mens, werk komt later.',
      employee: 'Je hebt werk. Bij verzuim door psychische klachten neemt de bedrijfsarts het voortouw, samen met je werkgever.',
      employeeAtRisk: 'Je hebt werk. Hoe eerder je hulp krijgt, hoe beter je je werk kunt houden. De bedrijfsarts kan daarin een grote rol spelen.',
      integrated: 'Je hebt ernstige klachten en je bent in behandeling. Dan past begeleiding waarin zorg en werk samengaan het best.',
      integratedHere: 'Je GGZ-instelling biedt dit aan in jouw regio.',
      stepwise: 'Je wilt in je eigen tempo verder. Hier kan dat, samen met je behandeling.',
      uwv: 'Je krijgt een uitkering van UWV. Dan kun je bij UWV begeleiding naar werk krijgen.',
      uwvNotReady: 'Je wilt eerst stap voor stap werken aan wat je nodig hebt. Dat is waar deze route voor is.',
      uwvReady: 'Je wilt snel aan de slag. Deze route helpt je meteen bij het zoeken naar werk.',
      bijstand: 'Je hebt bijstand. Dan helpt je gemeente je op weg naar werk.',
      exit: 'Je hebt bijstand, andere problemen zoals schulden of wonen, en je bent in behandeling. Voor die situatie is een aanpak gemaakt waarin de gemeente en de GGZ samen met je werken.',
      regional: 'Dit aanbod is er in jouw regio, en het past bij wat jij zei.',
      noBenefit: 'Je hebt geen uitkering. Of je dan begeleiding naar werk krijgt, verschilt per gemeente.',
      noBenefitOpen: 'Je kunt hier meedoen, ook zonder uitkering.',
      unknownBenefit: 'We weten niet of je een uitkering hebt. Je gemeente kan zeggen welke hulp er voor jou is.',
      severeNoCare: 'Je hebt ernstige klachten, maar geen behandeling. De beste routes naar werk gaan samen met behandeling.',
    },
    action: {
      'crisis-help': { title: 'Praat nu met iemand die je kan helpen', how: 'Je hoeft het niet alleen te doen. Een van deze lijnen helpt je direct: {lines}' },
      'employer-and-bedrijfsarts': { title: 'Praat met je bedrijfsarts en je werkgever', how: 'Vraag je werkgever om een afspraak met de bedrijfsarts, of maak die zelf via de arbodienst. Vertel wat je klachten zijn en wat je nodig hebt om te blijven werken of terug te keren.' },
      'ask-gemeente': { title: 'Vraag je gemeente om begeleiding naar werk', how: 'Bel of ga langs bij je gemeente (het Werkplein of het wijkteam). Zeg dat je psychische klachten hebt en dat je hulp zoekt bij werk.' },
      'ask-uwv': { title: 'Vraag UWV om begeleiding naar werk', how: 'Bel UWV of vraag het aan je contactpersoon bij UWV. Zeg dat je psychische klachten hebt en dat je hulp zoekt bij werk.' },
      'ask-huisarts': { title: 'Praat met je huisarts over je klachten en werk', how: 'Maak een afspraak bij je huisarts. Vertel over je klachten en dat je wilt werken. Vraag of een verwijzing naar de GGZ bij je past.' },
      'ask-care-team': { title: 'Vraag je behandelaar naar zorg en werk samen', how: 'Vraag je behandelaar of jullie IPS hebben, of een andere aanpak waarin behandeling en werk samengaan.' },
    },
    when: {
      'job-found': 'Als je werk hebt gevonden',
      'ready-for-work': 'Als je klaar bent om te gaan werken',
      'education-started': 'Als je met een opleiding bent begonnen',
      'step-up': 'Als je een stap verder wilt',
      'firm-wish': 'Als je zeker weet dat je betaald werk wilt',
      'via-employer': 'Als je bedrijfsarts of werkgever dat met je afspreekt',
      'via-gemeente': 'Als je gemeente je aanmeldt',
      'via-uwv': 'Als UWV je aanmeldt',
      'via-care-team': 'Als je team het aanbiedt',
    },
    trade: {
      ownPace: 'in je eigen tempo',
      fast: 'sneller op zoek naar betaald werk',
      withCare: 'samen met je behandeling',
      withoutCare: 'los van je behandeling',
      peers: 'met mensen die hetzelfde meemaken',
      strongerEvidence: 'beter onderzocht',
      weakerEvidence: 'minder goed onderzocht',
      via: 'via {who}',
      sentence: 'Anders dan {first}: {differences}.',
      same: 'Lijkt op {first}, maar via {who}.',
    },
    who: {
      uwv: 'UWV',
      gemeente: 'je gemeente',
      behandelaar: 'je behandelaar',
      huisarts: 'je huisarts',
      self: 'jezelf aanmelden',
      werkgever: 'je werkgever',
      bedrijfsarts: 'je bedrijfsarts',
      provider: 'de aanbieder',
    },
  },

  /** Signals: things a person must hear besides the list of routes. */
  signals: {
    crisis: {
      title: 'Zorg eerst goed voor jezelf',
      text: 'Je zei dat het nu heel slecht met je gaat. Praat er eerst over met iemand die je direct kan helpen. Werk komt later.',
      line: '{name}: {when}',
      call: 'Bel {phone}.',
    },
    noBenefit: {
      title: 'Zonder uitkering hangt het af van je gemeente',
      text: 'Je hebt geen uitkering. Of je dan begeleiding naar werk krijgt, verschilt per gemeente. Sommige gemeenten helpen ook mensen zonder uitkering.',
      askGemeente: 'Vraag bij je gemeente (het Werkplein of het wijkteam) of je begeleiding naar werk kunt krijgen, ook zonder uitkering.',
      say: 'Zeg erbij dat je psychische klachten hebt en welke hulp je zoekt.',
      askTherapist: 'Ben je in behandeling? Vraag ook je behandelaar wat er bij jou in de buurt is.',
    },
    severeNoCare: {
      title: 'Bij ernstige klachten helpt zorg en werk samen',
      text: 'Bij ernstige klachten werken routes waarin zorg en werk samengaan het best, zoals IPS. Daarvoor moet je in behandeling zijn bij de GGZ. Mensen met ernstige klachten die geen behandeling hebben, krijgen nu vaak niet de hulp die ze nodig hebben.',
      gp: 'Praat met je huisarts over je klachten en over werk. Vraag of een verwijzing naar de GGZ bij je past.',
      gemeente: 'Vraag bij je gemeente naar begeleiding naar werk die rekening houdt met psychische klachten.',
    },
    severeNoIntegrated: {
      title: 'Vraag je behandelaar naar zorg en werk samen',
      text: 'Bij ernstige klachten passen routes waarin zorg en werk samengaan het best. Of die er voor jou zijn, hangt af van de GGZ-instelling waar je in behandeling bent.',
      ask: 'Vraag je behandelaar of jullie IPS hebben, of een andere aanpak waarin behandeling en werk samengaan.',
    },
    regionUnknown: {
      title: 'Je hebt niet gezegd waar je woont',
      text: 'Sommige routes zijn er alleen in bepaalde regio’s. Die staan nu bij "misschien ook iets voor jou".',
      fill: 'Vul je gemeente of postcode in om te zien wat er bij jou in de buurt is.',
    },
    noRegionalOffer: {
      title: 'Geen speciaal aanbod gevonden in de regio {region}',
      text: 'Er zijn routes die bij je zouden passen, maar die er alleen in andere regio’s zijn: {routes}. In jouw regio vonden we zo’n aanbod niet. Dat betekent niet dat er niets is: niet alles staat in onze bronnen.',
      ask: 'Vraag bij de gemeente {gemeente} welke begeleiding naar werk er is voor mensen met psychische klachten.',
    },
  },

  /** How catalogue facts read on a page (lib/present/present.ts). */
  present: {
    unknown: 'Onbekend. Vraag het na bij {who}.',
    kind: {
      'uwv-service': 'Hulp van UWV',
      'municipal-service': 'Hulp van de gemeente',
      'integrated-care-work': 'Zorg en werk samen',
      jobcoaching: 'Jobcoaching',
      stepwise: 'Stap voor stap naar werk',
      training: 'Training',
      workplace: 'Aanpak op de werkplek',
      'support-tool': 'Hulpmiddel',
      instrument: 'Regeling bij een baan',
      'safety-net': 'Vangnet voor je uitkering',
      'kind-of-help': 'Soort hulp om naar te vragen',
    },
    evidence: {
      strong: 'Sterk bewijs',
      moderate: 'Redelijk bewijs',
      limited: 'Weinig bewijs',
      none: 'Nog geen bewijs',
    },
    studyType: {
      'meta-analysis': 'meta-analyse (veel studies samen)',
      review: 'overzicht van studies',
      rct: 'gerandomiseerd onderzoek',
      controlled: 'onderzoek met vergelijkingsgroep',
      cohort: 'volgonderzoek, zonder vergelijkingsgroep',
      monitoring: 'cijfers uit de praktijk',
      evaluation: 'evaluatie, zonder vergelijkingsgroep',
      feasibility: 'haalbaarheidsonderzoek',
    },
    figure: 'Ongeveer {value} van de 100 mensen {text}.',
    sourceLine: '{title} ({year}), regel {from}',
    sourceLines: '{title} ({year}), regels {from}–{to}',
  },
};
