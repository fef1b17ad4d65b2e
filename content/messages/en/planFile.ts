import type { planFile as nl } from '../nl/planFile';

export const planFile: typeof nl = {
  save: 'Save your plan as a file',
  open: {
    title: 'Open your plan',
    intro: 'Did you save a plan before? Open it here. You then continue at step 5: how did it go, and what do you need now?',
    privacy: 'The file is only read to put your answers back on this device. We do not keep it on our server.',
    unchanged: 'Nothing has changed in what you had already filled in.',
    label: 'Choose the file with your plan',
    hint: 'It is called “plan-routewijzer-werk-” followed by a date. You usually find it in the Downloads folder, on a phone also through the Files app.',
    submit: 'Open my plan',
  },
  errors: {
    empty: 'You did not choose a file, or the file is empty.',
    'too-large': 'This file is too big ({kb} kB). A plan from Routewijzer werk is smaller than 1 MB. Choose the file you saved with us.',
    'not-json':
      'We cannot read this file: it is not a plan from Routewijzer werk (not valid JSON). Choose the file you saved with us, with a name that ends in .json.',
    'not-a-plan': 'This is not a plan from Routewijzer werk. Choose the file you saved with us.',
    'unknown-version': 'This plan has version {version}. We do not know that version. We can open version 1 and 2.',
    invalid: 'This plan has been changed and is no longer correct. It is about: {fields}. Use the file as you saved it with us.',
    'unknown-route': 'This plan names a route we do not know (“{route}”). Maybe the file was changed. Use the file as you saved it with us.',
    unknownVersionGeneral: 'This plan has a version we do not know. We can open version 1 and 2.',
    invalidGeneral: 'This plan has been changed and is no longer correct. Use the file as you saved it with us.',
    unknownRouteGeneral: 'This plan names a route we do not know. Maybe the file was changed. Use the file as you saved it with us.',
    wholeFile: '(the whole file)',
  },
};
