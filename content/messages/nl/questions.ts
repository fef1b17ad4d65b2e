/**
 * The wizard's questions: title (h1 and legend), hint, "Waarom vragen we dit?", the short label
 * on the check page, options, and the skip button of text questions. Comments cite seeds.
 */
export const questions = {
  crisis: {
    title: 'Hoe gaat het nu met je?',
    hint: 'Er is geen goed of fout antwoord.',
    why: 'Gaat het nu heel slecht met je? Dan is het eerst belangrijk dat je hulp krijgt. Werk komt later.',
    short: 'Hoe het nu gaat',
    options: {
      no: { label: 'Ik kan deze vragen nu rustig invullen' },
      yes: { label: 'Het gaat nu heel slecht met me', hint: 'Bijvoorbeeld: je denkt aan zelfdoding, of je kunt het niet meer aan.' },
    },
  },
  condition: {
    title: 'Waar heb je vooral last van?',
    why: 'Deze routewijzer is gemaakt voor mensen met psychische klachten. Heb je vooral een andere beperking of ziekte? Dan passen sommige routes ook, andere niet.',
    short: 'Klachten',
    options: {
      'mental-health': { label: 'Psychische klachten', hint: 'Zoals stress, angst, je somber voelen, burn-out of psychose.' },
      'other-limitation': { label: 'Vooral een andere beperking of ziekte', hint: 'Zoals een beperking van je lichaam.' },
    },
  },
  severity: {
    title: 'Hoe zwaar zijn je klachten?',
    hint: 'Klachten kunnen veranderen. Kies wat nu het best past.',
    // The three levels of 000:62-66.
    why: 'Welke hulp past, hangt ook af van hoe zwaar je klachten zijn. Bij zware klachten werkt hulp waarin zorg en werk samengaan vaak het best.',
    short: 'Hoe zwaar',
    options: {
      mild: { label: 'Licht', hint: 'Zoals stress, overspannen of burn-out. Je kunt meestal nog veel zelf.' },
      moderate: { label: 'Matig', hint: 'Zoals angst of somberheid. Je merkt het in je werk of thuis. Vaak heb je hulp nodig.' },
      severe: { label: 'Zwaar', hint: 'Zoals psychose, bipolair of een zware depressie. Je hebt behandeling in de GGZ nodig.' },
      unknown: { label: 'Ik weet het niet' },
    },
  },
  care: {
    title: 'Krijg je nu hulp of behandeling voor je klachten?',
    why: 'Sommige routes zijn er alleen als je in behandeling bent, omdat zorg en werk dan samengaan.',
    short: 'Behandeling',
    options: {
      'specialist-ggz': { label: 'Ja, bij een grote instelling voor psychische zorg (GGZ-instelling)', hint: 'Zoals een team dat je behandelt, of een FACT-team.' },
      'basic-ggz': { label: 'Ja, bij een psycholoog of een praktijk (basis-GGZ)' },
      gp: { label: 'Ja, bij de huisarts of de praktijkondersteuner (POH-GGZ)' },
      none: { label: 'Nee, nu niet' },
    },
  },
  work: {
    title: 'Heb je nu werk of volg je een opleiding?',
    why: 'Heb je werk, dan zijn er routes om je werk te houden of terug te gaan. Heb je geen werk, dan helpen andere routes je op weg.',
    short: 'Werk of opleiding',
    options: {
      none: { label: 'Nee, ik heb geen werk' },
      employed: { label: 'Ja, ik heb werk' },
      'sick-listed': { label: 'Ik heb werk, maar ik ben ziek gemeld' },
      'in-education': { label: 'Ik volg een opleiding' },
      'dropped-out': { label: 'Ik ben gestopt met school, zonder diploma' },
    },
  },
  benefit: {
    title: 'Krijg je een uitkering?',
    hint: 'Weet je het niet precies? Kijk in je brieven, of kies "Ik weet het niet".',
    // 004:2210-2211: the benefit decides which routes are open.
    why: 'Welke routes je kunt volgen, hangt af van je uitkering. UWV en de gemeente hebben elk eigen hulp. Je antwoord verandert niets aan je uitkering.',
    short: 'Uitkering',
    options: {
      none: { label: 'Nee, ik krijg geen uitkering' },
      wage: { label: 'Nee, ik krijg loon van mijn werkgever' },
      // Plain words first, the official name after it (issue 15). What each one is for comes
      // from the hints these replace; the seeds name the benefits together (004:1338).
      bijstand: { label: 'Ja, van de gemeente (bijstand)' },
      ww: { label: 'Ja, van UWV: ik heb geen werk meer (WW)' },
      ziektewet: { label: 'Ja, van UWV: ik ben ziek en heb geen baas (Ziektewet)' },
      'wia-wga': { label: 'Ja, van UWV: ik kan door ziekte minder werken (WIA: WGA)', hint: 'Voor een deel, of voor een tijd.' },
      'wia-iva': { label: 'Ja, van UWV: ik kan door ziekte niet meer werken (WIA: IVA)', hint: 'Helemaal, en dat blijft zo.' },
      wao: { label: 'Ja, van UWV: ik kan door ziekte niet (goed) werken (WAO)' },
      waz: { label: 'Ja, van UWV: ik was zelfstandig en kan door ziekte niet werken (WAZ)' },
      wajong: { label: 'Ja, van UWV: ik was al jong ziek of had een handicap (Wajong)' },
      'uwv-unknown': { label: 'Ja, van UWV, maar ik weet niet welke uitkering' },
      unknown: { label: 'Ik weet het niet' },
    },
  },
  municipality: {
    title: 'In welke gemeente woon je?',
    hint: 'Typ de naam van je gemeente of je postcode, bijvoorbeeld "Utrecht" of "3511".',
    // 004:2214: the offer in the region is one of the three deciding factors.
    why: 'Sommige routes zijn er alleen in bepaalde regio’s. Met je gemeente zoeken we je regio op. We bewaren je postcode niet.',
    short: 'Gemeente',
    skip: 'Dit wil ik niet invullen',
    skipped: 'Niet ingevuld',
  },
  careProvider: {
    title: 'Bij welke GGZ-instelling ben je in behandeling?',
    why: 'Sommige routes zijn er alleen bij bepaalde GGZ-instellingen.',
    short: 'GGZ-instelling',
    options: {
      dimence: { label: 'Dimence' },
      mediant: { label: 'Mediant' },
      yulius: { label: 'Yulius' },
      'vincent-van-gogh': { label: 'Vincent van Gogh' },
      other: { label: 'Een andere instelling of praktijk' },
      unknown: { label: 'Ik weet het niet' },
    },
  },
  careOverOneYear: {
    title: 'Ben je al langer dan een jaar in zorg?',
    hint: 'Tel alle hulp mee, ook begeleid wonen.',
    why: 'Sommige routes, zoals IPS, zijn vooral voor mensen die al langer in zorg zijn.',
    short: 'Langer dan een jaar in zorg',
    options: { yes: { label: 'Ja' }, no: { label: 'Nee' }, unknown: { label: 'Ik weet het niet' } },
  },
  dayActivities: {
    title: 'Ga je naar dagbesteding?',
    why: 'Sommige routes beginnen vanuit de dagbesteding en helpen je stap voor stap naar werk.',
    short: 'Dagbesteding',
    options: { yes: { label: 'Ja' }, no: { label: 'Nee' } },
  },
  multipleProblems: {
    title: 'Heb je naast je klachten ook andere problemen?',
    hint: 'Bijvoorbeeld schulden, of problemen met je woning.',
    why: 'Voor mensen in de bijstand met meer problemen tegelijk is er een aanpak waarin de gemeente en de GGZ samenwerken.',
    short: 'Andere problemen, zoals schulden of wonen',
    options: { yes: { label: 'Ja' }, no: { label: 'Nee' } },
  },
  targetGroupRegister: {
    title: 'Sta je op de lijst van UWV voor mensen die moeilijk werk vinden (doelgroepregister)?',
    // 004:1490-1491: the register's group, in its own words.
    hint: 'Op die lijst staan mensen die door ziekte of een handicap moeite hebben om werk te vinden of te houden.',
    why: 'Hulp van een jobcoach via de gemeente is er vaak voor mensen op die lijst.',
    short: 'Doelgroepregister',
    options: { yes: { label: 'Ja, ik sta op die lijst' }, no: { label: 'Nee' }, unknown: { label: 'Ik weet het niet' } },
  },
  age: {
    title: 'Hoe oud ben je?',
    why: 'Sommige routes hebben een leeftijdsgrens.',
    short: 'Leeftijd',
    skip: 'Dit wil ik niet invullen',
    skipped: 'Niet ingevuld',
  },
  goal: {
    title: 'Wat wil je bereiken?',
    hint: 'Kies wat nu het best past. Je mag het later veranderen.',
    // 003:99-101: paid work is not the only goal; volunteering or education can fit better.
    why: 'Niet iedereen wil meteen betaald werk. Vrijwilligerswerk of een opleiding kan ook een goede stap zijn.',
    short: 'Wat je wilt bereiken',
    options: {
      'paid-work': { label: 'Betaald werk' },
      education: { label: 'Een opleiding' },
      'keep-job': { label: 'Mijn werk houden of terug naar mijn werk' },
      volunteering: { label: 'Vrijwilligerswerk' },
      unsure: { label: 'Dat weet ik nog niet' },
    },
  },
  support: {
    title: 'Welke hulp zoek je?',
    hint: 'Kies alles wat bij je past. Je mag ook niets kiezen.',
    // 004:2289-2291: the wishes the stroomschema names.
    why: 'Routes helpen op verschillende manieren. Met je keuze zetten we de routes die het best passen bovenaan.',
    short: 'Hulp die je zoekt',
    options: {
      // Speed is asked once, by the pace question (004:2326-2327); an API client may still send it.
      'find-job-fast': { label: 'Snel een baan vinden' },
      explore: { label: 'Uitzoeken wat bij me past' },
      skills: { label: 'Vaardigheden leren' },
      confidence: { label: 'Meer vertrouwen in mezelf' },
      stepwise: { label: 'Stap voor stap, eerst oefenen' },
      peers: { label: 'Mensen ontmoeten die hetzelfde meemaken' },
      'on-the-job': { label: 'Hulp op de werkplek' },
      'treatment-and-work': { label: 'Mijn behandeling en werk samen' },
    },
  },
  pace: {
    title: 'In welk tempo wil je gaan?',
    // 003:92-94: own pace matters; forced choices can backfire.
    why: 'Je eigen tempo is belangrijk. Sommige routes gaan snel, andere geven je meer tijd.',
    short: 'Tempo',
    options: {
      fast: { label: 'Ik wil snel aan de slag' },
      'own-pace': { label: 'Rustig, in mijn eigen tempo' },
    },
  },
  priorities: {
    title: 'Wat vind je belangrijk?',
    hint: 'Kies alles wat voor jou zwaar weegt. Je mag ook niets kiezen.',
    // 003:86-131: financial security, own pace, peers; staying in care 003:230.
    why: 'Wat jij belangrijk vindt, bepaalt mee welke routes bovenaan staan.',
    short: 'Wat je belangrijk vindt',
    options: {
      'own-pace': { label: 'In mijn eigen tempo' },
      'income-security': { label: 'Zekerheid over mijn inkomen' },
      peers: { label: 'Mensen die hetzelfde meemaken' },
      'stay-in-care': { label: 'Mijn behandeling houden' },
      'fast-job': { label: 'Snel een baan' },
    },
  },
};
