/** The portable plan: saving it as a file, opening it again (app/plan/openen), and why a file is refused (lib/plan/file.ts). */
export const planFile = {
  save: 'Bewaar je plan als bestand',
  open: {
    title: 'Open je plan',
    intro: 'Heb je eerder een plan opgeslagen? Open het hier. Je gaat dan verder bij stap 5: hoe ging het, en wat is er nu nodig?',
    privacy: 'Het bestand wordt alleen gelezen om je antwoorden terug te zetten op dit apparaat. We bewaren het niet op onze server.',
    unchanged: 'Er is niets veranderd aan wat je al had ingevuld.',
    label: 'Kies het bestand met je plan',
    hint: 'Het heet “plan-routewijzer-werk-” met een datum erachter. Je vindt het meestal in de map Downloads, op een telefoon ook via de app Bestanden.',
    submit: 'Open mijn plan',
  },
  /** By PlanFileError code. */
  errors: {
    empty: 'Je hebt geen bestand gekozen, of het bestand is leeg.',
    'too-large': 'Dit bestand is te groot ({kb} kB). Een plan van Routewijzer werk is kleiner dan 1 MB. Kies het bestand dat je bij ons hebt opgeslagen.',
    'not-json':
      'Dit bestand kunnen we niet lezen: het is geen plan van Routewijzer werk (geen geldige JSON). Kies het bestand dat je bij ons hebt opgeslagen, met een naam die eindigt op .json.',
    'not-a-plan': 'Dit is geen plan van Routewijzer werk. Kies het bestand dat je bij ons hebt opgeslagen.',
    'unknown-version': 'Dit plan heeft versie {version}. Die versie kennen we niet. We kunnen versie 1 en 2 openen.',
    invalid: 'Dit plan is veranderd en klopt niet meer. Het gaat om: {fields}. Gebruik het bestand zoals je het bij ons hebt opgeslagen.',
    'unknown-route': 'Dit plan noemt een route die we niet kennen (“{route}”). Misschien is het bestand aangepast. Gebruik het bestand zoals je het bij ons hebt opgeslagen.',
    unknownVersionGeneral: 'Dit plan heeft een versie die we niet kennen. We kunnen versie 1 en 2 openen.',
    invalidGeneral: 'Dit plan is veranderd en klopt niet meer. Gebruik het bestand zoals je het bij ons hebt opgeslagen.',
    unknownRouteGeneral: 'Dit plan noemt een route die we niet kennen. Misschien is het bestand aangepast. Gebruik het bestand zoals je het bij ons hebt opgeslagen.',
    /** In `invalid`: the problem is the file as a whole, not one field. */
    wholeFile: '(het hele bestand)',
  },
};
