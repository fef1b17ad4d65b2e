import type { evaluation as nl } from '../nl/evaluation';

export const evaluation: typeof nl = {
  results: {
    'job-found': { label: 'I found work', past: 'found work' },
    'ready-for-work': { label: 'I am ready to start working', past: 'ready to start working' },
    'education-started': { label: 'I started a course or training', past: 'started a course or training' },
    'step-up': { label: 'I am a step further and want to take a next step', past: 'a step further' },
    stopped: { label: 'The route stopped, or did not suit me', past: 'stopped' },
    'could-not-start': { label: 'I could not start, for example because of a waiting list or because I was not accepted', past: 'could not start' },
    'not-available': { label: 'The route was not there (any more), or not near me', past: 'not available' },
    'still-running': { label: 'I am still working on it', past: 'still working on it' },
  },
  opened: 'Your plan is open. You continue at step 5.',
  openedMigrated: 'Your plan is open (it was made with an older version and has been updated). You continue at step 5.',
  history: 'Your routes so far',
  done: {
    heading: 'You have finished your route',
    text: 'Well done. Save your plan, so you have everything together if you want something new later.',
    home: 'To the start page',
  },
  decide: {
    heading: 'Finish or continue?',
    outcome: '{route}: {result}. What do you need now?',
    nextHeading: 'A next route that follows on from this',
    continue: 'Continue with {route}',
    noNext: 'There is no route that follows on from this result by default. That is all right: below are other routes that suit you.',
    alternativesHeading: 'Other routes that suit you',
    alternativesIntro: 'These routes were in your plan as also possible. Each one says what is different.',
    notAvailable: 'Ask your municipality (gemeente) or UWV which guidance to work there is near you. Not everything is in our sources.',
    saveHeading: 'Save your updated plan',
    saveText: 'The file holds your answers, including about your health. It goes to the Downloads folder of this device. Keep it somewhere only you can open. Are you using a computer you share with others? Then put the file on your own phone or USB stick and delete it from this computer afterwards.',
    other: 'Choose another route',
    finish: 'Finish: I do not need anything else now',
  },
  report: {
    heading: 'How is it going with {route}?',
    intro: 'Tell us what happened. Then we look at what you need now: finish, or continue with a next step.',
    required: 'Choose an answer.',
  },
};
