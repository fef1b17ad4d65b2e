import type { evaluation as nl } from '../nl/evaluation';

export const evaluation: typeof nl = {
  results: {
    'job-found': { label: 'I found work', past: 'found work' },
    'ready-for-work': { label: 'I am ready to start working', past: 'ready to start working' },
    'education-started': { label: 'I started a course or training', past: 'started a course or training' },
    'step-up': { label: 'I am a step further and want to take a next step', past: 'a step further' },
    stopped: { label: 'The route stopped, or did not suit me', past: 'stopped' },
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
    noNext: 'There is no route that follows on from this result by default. Choose another route yourself, or finish.',
    other: 'Choose another route',
    finish: 'Finish: I do not need anything else now',
  },
  report: {
    heading: 'How is it going with {route}?',
    intro: 'Tell us what happened. Then we look at what you need now: finish, or continue with a next step.',
    required: 'Choose an answer.',
  },
};
