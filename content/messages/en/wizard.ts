import type { wizard as nl } from '../nl/wizard';

/** English twin of nl/wizard.ts. */
export const wizard: typeof nl = {
  notFound: 'Page not found',
  questionTitle: '{step}: {title}',
  why: 'Why do we ask this?',
  because: 'This is about: {routes}.',
  corrupt: 'We could not read back your answers. You are starting again. Sorry for the trouble.',
  errors: {
    required: 'Choose an answer.',
    requiredText: 'Fill this in, or choose "I don’t want to fill this in".',
    'unknown-municipality': 'We don’t know this municipality or postcode. Check your spelling, or type your postcode (4 digits).',
    'age-not-a-number': 'Fill in your age in numbers, for example 34.',
    'age-too-low': 'This route finder is for people aged 15 and older.',
    'age-too-high': 'This route finder is for people up to and including 70 years old.',
    summaryTitle: 'Something went wrong',
  },
  check: {
    title: 'Check your answers',
    pageTitle: '{step}: Check your answers',
    intro: 'Is everything correct? Then we will show you which routes suit you. You can still change any answer.',
    change: 'Change',
    confirm: 'Next step: see your routes',
  },
  answers: {
    municipality: '{name} (region {region})',
    age: '{age} years',
    nothing: 'Nothing chosen',
  },
  cookies: {
    title: 'Your answers cannot be saved',
    lost: 'Your browser does not keep cookies from this website. Because of this, your answers are gone after every question, and you cannot continue.',
    oneCookie:
      'The route finder keeps your answers in one functional cookie, on your own device. Nothing about you is stored on our server, and we do not use cookies to track you.',
    whatNow: 'What can you do?',
    allow: 'Allow cookies for this website, in your browser settings.',
    privateWindow: 'Are you using a private or incognito window? Then open the route finder in a normal window.',
    restart: 'Start again',
  },
};
