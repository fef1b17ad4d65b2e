/**
 * The wizard around the questions (app/vragen, app/controleren, components/wizard): form
 * errors, the error summary, the check page, the cookie message and answer labels.
 */
export const wizard = {
  notFound: 'Pagina niet gevonden',
  /** Page title of a question: "Vraag 1 van 12: Hoe gaat het nu met je?" */
  questionTitle: '{step}: {title}',
  why: 'Waarom vragen we dit?',
  /** Under "Waarom vragen we dit?": the routes that make this question matter. */
  because: 'Het gaat om: {routes}.',
  corrupt: 'We konden je antwoorden niet teruglezen. Je begint opnieuw. Sorry voor het ongemak.',
  errors: {
    required: 'Kies een antwoord.',
    requiredText: 'Vul dit in, of kies "Dit wil ik niet invullen".',
    'unknown-municipality': 'We kennen deze gemeente of postcode niet. Kijk of je het goed hebt geschreven, of typ je postcode (4 cijfers).',
    'age-not-a-number': 'Vul je leeftijd in met cijfers, bijvoorbeeld 34.',
    'age-too-low': 'Deze routewijzer is voor mensen van 15 jaar en ouder.',
    'age-too-high': 'Deze routewijzer is voor mensen tot en met 70 jaar.',
    summaryTitle: 'Er ging iets mis',
  },
  check: {
    title: 'Controleer je antwoorden',
    pageTitle: '{step}: Controleer je antwoorden',
    intro: 'Klopt alles? Dan laten we zien welke routes bij je passen. Je kunt elk antwoord nog veranderen.',
    change: 'Wijzig',
    confirm: 'Volgende stap: bekijk je routes',
  },
  /** How an answer reads on the check page and in the plan. */
  answers: {
    municipality: '{name} (regio {region})',
    age: '{age} jaar',
    nothing: 'Niets gekozen',
  },
  cookies: {
    title: 'Je antwoorden kunnen niet worden bewaard',
    lost: 'Je browser bewaart geen cookies van deze website. Daardoor zijn je antwoorden na elke vraag weer weg, en kun je niet verder.',
    oneCookie:
      'De routewijzer bewaart je antwoorden in één functionele cookie, op je eigen apparaat. Er staat niets over jou op onze server, en we gebruiken geen cookies om je te volgen.',
    whatNow: 'Wat kun je doen?',
    allow: 'Sta cookies toe voor deze website, in de instellingen van je browser.',
    privateWindow: 'Gebruik je een privévenster of incognitovenster? Open de routewijzer dan in een gewoon venster.',
    restart: 'Opnieuw beginnen',
  },
};
