/** The start page (app/page.tsx). */
export const start = {
  title: 'Routewijzer werk: welke route naar werk past bij jou?',
  heading: 'Welke route naar werk past bij jou?',
  intro: 'Heb je psychische klachten en wil je aan het werk, of je werk houden? Er is veel hulp. Deze routewijzer helpt je kiezen wat bij jou past.',
  points: {
    questions: 'Je beantwoordt vragen over je situatie en over wat je wilt. Dat duurt ongeveer 10 minuten.',
    explain: 'Je krijgt uitleg over de routes die bij je passen, waarom, en hoe je begint.',
    free: 'Het is gratis en je zit nergens aan vast. Je kunt altijd stoppen.',
    private:
      'Je antwoorden blijven in je eigen browser, tot je die sluit. Wil je later verder? Dan kies je zelf om ze op je apparaat te bewaren, of je bewaart je plan als bestand. We bewaren niets op onze server en we delen niets met anderen.',
  },
  sharedDevice: 'Gebruik je een computer van iemand anders? Klik dan aan het eind op “Wis mijn antwoorden” en sluit de browser.',
  start: 'Start',
  resume: 'Ben je al eerder begonnen? Dan ga je verder waar je was.',
  planHeading: 'Heb je al een plan?',
  plan: 'Heb je je plan als bestand bewaard? <link>Open je plan</link> en vertel hoe het ging.',
  professionalsHeading: 'Voor klantmanagers en behandelaars',
  intake: '<link>Intake</link>: alle vragen op één scherm, met het advies dat meeverandert.',
  meeting: '<link>Driegesprek</link>: klant, klantmanager en behandelaar samen, met toestemming en afspraken.',
  help: 'Gaat het nu niet goed met je? <link>Hier vind je direct hulp</link>.',
};
