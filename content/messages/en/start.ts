import type { start as nl } from '../nl/start';

export const start: typeof nl = {
  title: 'Route finder for work: which route to work suits you?',
  heading: 'Which route to work suits you?',
  intro: 'Do you have mental health problems and want to work, or keep your job? There is a lot of help. This route finder helps you choose what suits you.',
  points: {
    questions: 'You answer questions about your situation and what you want. It takes about 10 minutes.',
    explain: 'You get an explanation of the routes that suit you, why, and how to start.',
    free: 'It is free and you are not tied to anything. You can stop at any time.',
    private:
      'Your answers stay in your own browser until you close it. Want to continue later? Then you choose to keep them on your device, or you save your plan as a file. We store nothing on our server and share nothing with others.',
  },
  sharedDevice: 'Are you using someone else’s computer? Then click “Delete my answers” at the end and close the browser.',
  start: 'Start',
  resume: 'Did you start before? Then you continue where you left off.',
  planHeading: 'Do you already have a plan?',
  plan: 'Did you save your plan as a file? <link>Open your plan</link> and tell us how it went.',
  professionalsHeading: 'For klantmanagers and therapists',
  intake: '<link>Intake</link>: all questions on one screen, with advice that changes along.',
  meeting: '<link>Three-way meeting</link> (driegesprek): client, klantmanager and therapist together, with consent and agreements.',
  help: 'Are you not doing well right now? <link>Find help right away</link>.',
};
