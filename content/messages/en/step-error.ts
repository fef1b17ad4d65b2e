import type { stepError as nl } from '../nl/step-error';

export const stepError: typeof nl = {
  heading: 'That did not work just now',
  text: 'We could not load this step. Maybe your internet connection is down. Your answers are not lost: they are on this device.',
  retry: 'Try again',
};
