/** Words on every page: header, footer, step names, language switch. */
export const common = {
  siteName: 'Routewijzer werk',
  description: 'Vind de route naar werk die bij jou past, als je psychische klachten hebt. Gratis, vrijwillig, en er wordt niets bewaard.',
  titleTemplate: '%s – Routewijzer werk',
  /** Metadata (lib/site/metadata.ts): the share image's text and each public page's description. */
  shareImageAlt: 'Routewijzer werk: vind de route naar werk die bij je past',
  pageDescription: {
    aanbod: 'Alle routes naar werk voor mensen met psychische klachten: wat ze bieden, voor wie, waar, en wat onderzoek erover zegt.',
    results: 'Wat onderzoek zegt over de routes naar werk: de uitkomsten per route naast elkaar, met de bronnen.',
    map: 'Het stroomschema: welke vragen leiden naar welke route naar werk, en waarom.',
    privacy: 'Wat Routewijzer werk met je antwoorden doet: ze blijven in je browser, we bewaren niets op onze server.',
    accessibility: 'Hoe Routewijzer werk toegankelijk is, wat nog niet goed werkt en waar je dat meldt.',
    sources: 'De bronnen achter de routes en adviezen van Routewijzer werk: wetten, regelingen en onderzoek.',
    help: 'Direct hulp nodig? Hier vind je wie je nu kunt bellen of appen.',
    news: 'Wat er nieuw is in Routewijzer werk: nieuwe routes, bronnen en veranderingen.',
  },
  skipLink: 'Naar de inhoud',
  help: 'Hulp nodig?',
  quickExit: 'Snel weg',
  quickExitHint: 'Verlaat deze website meteen.',
  /** Added to the quick exit's description once scripts run (GOV.UK's exit-this-page shortcut). */
  quickExitShortcut: 'Of druk 3 keer snel op de Shift-toets.',
  /** The row under the header: the other language and "Hulp nodig?". */
  toolsNav: 'Taal en hulp',
  clear: 'Wis mijn antwoorden',
  footerNote: 'Je antwoorden blijven in deze browser. We bewaren niets op onze server.',
  /** components/common/keep-on-device.tsx: how long this device keeps the answers. */
  keep: {
    heading: 'Later verder op dit apparaat?',
    session: 'Je antwoorden verdwijnen als je de browser sluit.',
    warning: 'Is dit je eigen apparaat? Dan kun je ze bewaren. Doe dat niet op een computer van een ander.',
    keep: 'Bewaar op dit apparaat ({days} dagen)',
    kept: 'Je antwoorden blijven {days} dagen op dit apparaat. Ook als je de browser sluit.',
    stop: 'Niet meer bewaren na het sluiten',
  },
  footerNav: 'Over deze website',
  footerLinks: {
    help: 'Direct hulp',
    privacy: 'Privacy',
    accessibility: 'Toegankelijkheid',
    sources: 'Bronnen',
    map: 'Stroomschema',
    routes: 'Alle routes',
    news: 'Wat is nieuw',
  },
  /** The link to the other language, written in that language. */
  otherLanguage: 'English',
  otherLanguageLabel: 'This website in English',
  steps: {
    '1': 'Jouw situatie',
    '2': 'Jouw wens',
    '3': 'Routes die passen',
    '4': 'Aan de slag',
    '5': 'Hoe ging het?',
  },
  stepOf: 'Stap {n} van 5',
  /** On a question page, instead of the step: the questions for this person, recounted as questions drop out. */
  questionOf: 'Vraag {n} van {total}',
  previous: 'Vorige stap',
  /** The back link at the top of a question page. */
  back: 'Terug',
  /** The main button of a question page. */
  continue: 'Doorgaan',
  readAloud: 'Lees voor',
  stopReading: 'Stop met voorlezen',
  /** The page title when a form came back with errors; with an empty title, what screen readers hear before a field's error (FieldError). */
  errorPrefix: 'Fout: {title}',
};
