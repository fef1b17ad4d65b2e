import { stepError } from './step-error';

/**
 * The information pages: what is new (/nieuw), sources (/bronnen), immediate help (/hulp),
 * accessibility, answers deleted (/gewist), page not found and a step that failed.
 */
export const pages = {
  news: {
    title: 'Wat is nieuw',
    versionHeading: 'Welke versie je ziet',
    version:
      'De informatie over de {count} routes is versie {version}. We hebben alles laatst nagekeken op <time>{date}</time>. <link>Bekijk de bronnen</link>.',
    websiteHeading: 'Wat er veranderd is aan de website',
    entry: '<time>{date}</time>: {title}',
    routesHeading: 'Wat er veranderd is aan de routes',
    change: 'Versie {version} (<time>{date}</time>): {text}',
    proposeHeading: 'Een verandering voorstellen',
    propose: 'Mist er een route, of klopt er iets niet? Dan horen we dat graag. Geef dan door:',
    proposeWhich: 'over welke route het gaat, of de naam van de nieuwe route;',
    proposeWhat: 'wat er anders moet;',
    proposeWhere: 'waar het staat: een rapport met de bladzijde, of een openbare website van bijvoorbeeld UWV of de gemeente.',
    noSource:
      'Zonder bron passen we niets aan. Elk feit in de routewijzer heeft een bron, en een computer controleert dat. Weten we iets niet, dan schrijven we “onbekend”.',
    maintainers: 'Voor beheerders: een route is één bestand. Hoe je er een toevoegt, staat in de handleiding <code>docs/content.md</code> bij de broncode.',
  },
  sources: {
    title: 'Bronnen',
    heading: 'Waar deze informatie vandaan komt',
    intro:
      'Alles wat we over de {count} routes zeggen, komt uit de vijf rapporten hieronder. Bij elke route staat uit welke regels van welk rapport een feit komt. Zeggen de rapporten iets niet, dan schrijven we “onbekend” en waar je het kunt navragen.',
    checked: 'Laatst nagekeken: {date} (versie {version}).',
    reports: 'De rapporten',
    report: '<strong>{title}</strong>. {publisher}, {year}.',
    other: 'Andere bronnen',
    publisher: '({publisher})',
    regions: 'Gemeenten en regio’s',
    regionsText:
      'Welke gemeente bij welke arbeidsmarktregio hoort, komt van het CBS (Gebieden in Nederland 2026). Welke postcode bij welke gemeente hoort, komt van PDOK (Kadaster, BAG), stand 1 oktober 2026.',
    changes: 'Wat er veranderd is',
    change: 'Versie {version} ({date}): {text}',
  },
  help: {
    title: 'Direct hulp',
    heading: 'Praat er nu over met iemand',
    intro:
      'Het is goed dat je dit laat weten. Gaat het nu heel slecht met je? Dan is het belangrijk dat je eerst hulp krijgt. Je hoeft dit niet alleen te doen.',
    call: 'Bel {phone}',
    continueHeading: 'Verder met de routewijzer',
    continueText: 'Wil je later verder? Je antwoorden blijven bewaard op dit apparaat. Je kunt ook nu verder gaan.',
    continue: 'Verder met de vragen',
  },
  accessibility: {
    title: 'Toegankelijkheidsverklaring',
    intro:
      'We willen dat iedereen deze routewijzer kan gebruiken. We bouwen daarom volgens de richtlijnen voor toegankelijkheid: WCAG 2.2, niveau AA.',
    translation: 'Deze verklaring staat ook in het Engels. Dat is een vertaling: als de twee verschillen, geldt de Nederlandse tekst.',
    doHeading: 'Wat we doen',
    axe: 'Elke pagina wordt bij elke wijziging automatisch getest met axe op de regels van WCAG 2.2 A en AA.',
    keyboard: 'Je kunt alles met het toetsenbord doen. Je ziet altijd waar je bent.',
    narrow: 'De pagina’s werken op een smalle telefoon (320 pixels breed) en als je tekst groter maakt.',
    noScript: 'Alles werkt ook als JavaScript uit staat.',
    readAloud: 'Met de knop “{readAloud}” leest je browser de tekst hardop voor.',
    plain: 'We schrijven in eenvoudige taal.',
    notYetHeading: 'Wat nog niet goed is',
    notYet:
      '“{readAloud}” werkt alleen in browsers die spraak ondersteunen, en alleen met JavaScript aan. Zonder JavaScript haalt “{quickExit}” deze website niet uit de geschiedenis van je browser. Automatische tests vinden niet alle problemen; deze website is nog niet door mensen met een beperking getest.',
    foundHeading: 'Iets gevonden?',
    found: 'Loop je ergens tegenaan? Laat het ons weten, dan lossen we het op.',
  },
  cleared: {
    title: 'Je antwoorden zijn gewist',
    text: 'Er staat niets meer van je antwoorden op dit apparaat. Wil je opnieuw beginnen?',
    restart: 'Opnieuw beginnen',
  },
  notFound: {
    title: 'Deze pagina bestaat niet',
    text: 'Misschien is de link oud of klopt er een letter niet. Je antwoorden zijn niet weg.',
    home: 'Naar het begin van de routewijzer',
  },
  stepError,
};
