import type { plan as nl } from '../nl/plan';

export const plan: typeof nl = {
  metaTitle: '{step}: Your plan',
  heading: 'Your plan: {name}',
  print: 'Print your plan',
  downloadPdf: 'Download as PDF',
  fileNote: 'You keep the file yourself, on your own device. Later, you open it again with “Open your plan” on the start page.',
  stepsHeading: 'What you are going to do',
  questionsHeading: 'Questions to take with you',
  questionsIntro: 'To your klantmanager (case manager), your therapist or the organisation that offers the route.',
  ifItFailsHeading: 'What if it does not work out?',
  situationHeading: 'My situation',
  madeWith: 'Made with Routewijzer werk, catalogue version {version} ({date}).',
  laterHeading: 'Later: how did it go?',
  laterText: 'Have you been at it for a while, or is the route finished? Tell us how it went. Then we look together at what you need now.',
  toEvaluation: 'To step 5: how did it go?',
  previousOther: '{previous}: choose another route',

  via: {
    uwv: 'your contact person at UWV',
    gemeente: 'your klantmanager (case manager) at the municipality (gemeente)',
    behandelaar: 'your therapist (behandelaar)',
    huisarts: 'your GP (huisarts)',
    self: 'the organisation itself',
    werkgever: 'your employer',
    bedrijfsarts: 'the company doctor (bedrijfsarts)',
  },
  steps: {
    check: 'Check: {text}',
    contact: 'Contact {who}. {how}',
    say: 'For example, say: “{say}”',
    bring: 'Take this plan with you to the conversation. Make agreements together: who does what, and when.',
    review: 'Agree when you will look at how it is going.',
  },
  questions: {
    duration: 'How long does this route take?',
    cost: 'Does this route cost me anything, for example the eigen risico (health insurance excess) or travel costs?',
    benefitUnknown: 'What happens to my benefit if I take part?',
    benefitKnown: 'What exactly does taking part mean for my benefit?',
    fallBack: 'Can I fall back on my benefit if work does not work out (yet)?',
    stillThere: 'Does {name} still exist, and can I take part?',
    inRegion: 'Is {name} available in my region?',
    contactPerson: 'Who is my regular contact person?',
  },
  ifItFails: {
    notAFailure:
      'Is it not working, or does it not suit you after all? That is not a failure. You have learned something about what suits you, and you can choose another route.',
    alternatives: 'Other routes that may suit you: {routes}.',
    worse: 'Are you feeling worse? Talk to your GP (huisarts) or therapist. In an emergency: call 113 (0800-0113), or 112 if you are in immediate danger.',
  },
  pdf: {
    title: 'My plan: {name}',
    subtitle: 'Made on {date} with Routewijzer werk (catalogue {version}, {catalogueDate}).',
    filename: 'my-plan-routewijzer-werk.pdf',
  },
};
