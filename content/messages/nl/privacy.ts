/**
 * The privacy statement (app/privacy/page.tsx). Every sentence about what happens must be true
 * of the code: lib/journey/cookie.ts, lib/meeting/, lib/map/filter-cookie.ts,
 * lib/plan/error-query.ts, server.mjs (logs a failed request's path and error, never a body or
 * cookie; tests/e2e/server-logs.spec.ts searches the logs for answers). The controller
 * and its contacts come from the organisation's configuration (lib/site/organisation.ts); facts
 * about the law cite content/public-sources.yaml (pub:avg, pub:telecommunicatiewet, pub:ap-klacht).
 */
export const privacy = {
  title: 'Privacyverklaring',
  intro:
    'Je antwoorden gaan over je gezondheid. Dat zijn bijzondere persoonsgegevens. Daarom gaan we er heel zuinig mee om. Hier lees je precies wat er gebeurt.',
  /** Which text applies: this statement also exists in English, as a translation. */
  translation: 'Deze verklaring staat ook in het Engels. Dat is een vertaling: als de twee verschillen, geldt de Nederlandse tekst.',
  controllerHeading: 'Wie is verantwoordelijk?',
  controller:
    '<strong>{name}</strong> biedt deze routewijzer aan. Die organisatie is verantwoordelijk voor wat er met je gegevens gebeurt. In de wet heet dat de verwerkingsverantwoordelijke.',
  controllerWhat: 'wie verantwoordelijk is voor je gegevens (de verwerkingsverantwoordelijke)',
  contact: 'Algemene vragen: <link>{email}</link>.',
  privacyContact: 'Vragen over je privacy stel je aan de privacycontactpersoon of de functionaris gegevensbescherming (FG): <link>{email}</link>.',
  privacyContactWhat: 'het e-mailadres voor vragen over privacy (de privacycontactpersoon of de functionaris gegevensbescherming)',
  whereHeading: 'Waar je antwoorden staan',
  where:
    'Je antwoorden staan in een cookie op je eigen apparaat. Dat cookie heet “routewijzer”. Je browser stuurt het mee als je een pagina van deze website opent. Onze server gebruikt je antwoorden dan om de pagina te maken, en vergeet ze meteen weer. We bewaren je antwoorden niet op onze server en we schrijven ze niet in logbestanden.',
  keep: 'Het cookie verdwijnt als je de browser sluit. Wil je later op hetzelfde apparaat verder? Kies dan zelf “Bewaar op dit apparaat”, bij je advies of je plan. Dan blijft het cookie {days} dagen, en een tweede cookie, “routewijzer-bewaren”, onthoudt die keuze. Doe dat alleen op je eigen apparaat. Voor langer bewaren is je plan als bestand bedoeld. Klik op “{clear}” onderaan elke pagina om alles meteen te verwijderen. Gebruik je een computer van iemand anders? Wis dan je antwoorden als je klaar bent, en sluit de browser. Sommige browsers openen na het sluiten je oude tabbladen weer, met hun cookies.',
  shortHeading: 'Cookies die maar kort blijven',
  short: 'Soms zet de routewijzer nog een cookie op je apparaat. Ook die lezen alleen deze website en onze server bewaart ze niet:',
  filterCookie: '“routewijzer-filter”: als je de lijst met routes filtert op plaats, leeftijd of uitkering. Het verdwijnt na een uur, als je de browser sluit, of als je “{clearFilters}” kiest.',
  planErrorCookie: '“routewijzer-planfout”: als je plan-bestand niet gelezen kan worden. Het onthoudt één minuut wat er mis was, om dat op de pagina te laten zien.',
  serverHeading: 'Wat de server wel ziet',
  server:
    'Als je een pagina opent, krijgt de server je IP-adres en je cookies. Dat is nodig om je de pagina te sturen. De routewijzer schrijft dat niet op. Gaat er op de server iets mis, dan schrijft hij op wat er misging en bij welke pagina, maar niet je antwoorden.',
  serverProxy: 'De organisatie die de routewijzer aanbiedt, kan er een eigen server voor zetten, bijvoorbeeld voor de beveiliging. Wat die bijhoudt, kun je aan de organisatie vragen.',
  notHeading: 'Wat we niet doen',
  notUrl: 'We zetten je antwoorden nooit in een internetadres (URL).',
  notTracking: 'We gebruiken geen advertenties, geen volgcookies en geen bezoekersstatistieken.',
  notThirdParty: 'We laden niets van andere websites: geen lettertypes, geen scripts, geen plaatjes.',
  notShare: 'We delen niets met je gemeente, UWV, je behandelaar of anderen. Jij beslist zelf wat je laat zien, bijvoorbeeld je plan.',
  planHeading: 'Je plan',
  plan: 'Als je je plan print of downloadt, maakt onze server het bestand en stuurt het naar jou. Het bestand blijft niet bij ons.',
  planFile:
    'Je kunt je plan ook bewaren als bestand (JSON) op je eigen apparaat. Open je het later weer via “Open je plan”? Dan leest onze server het bestand één keer, controleert het en zet je antwoorden terug in het cookie op je apparaat. We bewaren het bestand niet.',
  meetingHeading: 'Intake en driegesprek',
  meeting:
    'Bij een driegesprek komt er een tweede cookie bij, “routewijzer-gesprek” (bij veel afspraken verdeeld over twee cookies: “routewijzer-gesprek” en “routewijzer-gesprek.1”). Daarin staan wie meedoet (met de namen en contactgegevens die jullie invullen), wat er gedeeld wordt, of de klant toestemming gaf en wie van de anderen akkoord is (met de datum, en of die is ingetrokken), en de afspraken. Ook dat cookie staat alleen op het apparaat waarop het gesprek wordt gevoerd, leeft even lang als het eerste, en verdwijnt met “{clear}”. Een medisch dossier hoort er niet in. Wordt een formulier van het driegesprek niet geaccepteerd, dan bewaart het cookie “routewijzer-concept” één minuut wat je typte, zodat het in het formulier blijft staan. Delen doe je zelf: door het plan te printen, te downloaden of als bestand te bewaren, met toestemming van iedereen die meedoet.',
  apiHeading: 'Voor organisaties die de API gebruiken',
  api: 'Wat je naar de API stuurt, gebruiken we alleen om het advies te berekenen. We bewaren en loggen het niet.',
  basisHeading: 'Waarom dit mag',
  basisCookies:
    'De cookies zijn nodig om de routewijzer te laten werken: zonder cookie onthoudt hij je antwoorden niet van de ene pagina naar de volgende. Voor zulke cookies hoeft een website geen toestemming te vragen (<law>Telecommunicatiewet, artikel 11.7a</law>).',
  basisOwn: 'Je antwoorden vul je zelf in, en je kunt ze op elk moment wissen.',
  basis: 'De grondslag uit de privacywet die de organisatie hiervoor gebruikt:',
  basisWhat: 'op welke grondslag uit de privacywet (AVG) de organisatie je gegevens gebruikt',
  rightsHeading: 'Je rechten',
  rights:
    'De privacywet (<law>AVG</law>) geeft je rechten over je gegevens. Op onze server wordt niets over je bewaard. We weten dus niet wie je bent, en we kunnen je antwoorden niet opzoeken. Je regelt je rechten daarom zelf, op je eigen apparaat:',
  rightAccess: 'Inzien: op de pagina <link>Controleer je antwoorden</link> zie je wat je hebt ingevuld.',
  rightCorrect: 'Verbeteren: op die pagina kun je je antwoorden veranderen.',
  rightDelete: 'Verwijderen: met “{clear}” onderaan elke pagina wis je alles meteen. Ook als je de browser sluit, verdwijnen je antwoorden, tenzij je ze op dit apparaat bewaart.',
  rightPortable: 'Meenemen: bewaar je plan als bestand. Dat bestand is van jou; je kunt het zelf aan iemand anders geven.',
  rightObject: 'Bezwaar maken of stoppen: stop met de routewijzer en wis je antwoorden. Daarna gebeurt er niets meer met je gegevens.',
  rightsAsk: 'Heb je toch een vraag of een verzoek over je gegevens? Mail dan naar <link>{email}</link>. De organisatie moet binnen een maand antwoorden (<law>AVG, artikel 12</law>).',
  rightsAskNoContact: 'Heb je toch een vraag of een verzoek over je gegevens? Stel die aan de organisatie die deze routewijzer aanbiedt. Die moet binnen een maand antwoorden (<law>AVG, artikel 12</law>).',
  complaintHeading: 'Een klacht',
  complaint:
    'Ben je het niet eens met hoe er met je gegevens wordt omgegaan? Meld dat eerst bij de organisatie. Kom je er samen niet uit? Dan kun je een klacht indienen bij de <link>Autoriteit Persoonsgegevens</link>. Dat is de toezichthouder voor privacy in Nederland (<law>AVG, artikel 77</law>).',
};
