import type { pages as nl } from '../nl/pages';
import { stepError } from './step-error';

export const pages: typeof nl = {
  news: {
    title: 'What’s new',
    versionHeading: 'Which version you see',
    version:
      'The information about the {count} routes is version {version}. We last checked everything on <time>{date}</time>. <link>See the sources</link>.',
    websiteHeading: 'What changed on the website',
    entry: '<time>{date}</time>: {title}',
    routesHeading: 'What changed in the routes',
    change: 'Version {version} (<time>{date}</time>): {text}',
    proposeHeading: 'Suggest a change',
    propose: 'Is a route missing, or is something wrong? We would like to hear about it. Please tell us:',
    proposeWhich: 'which route it is about, or the name of the new route;',
    proposeWhat: 'what needs to change;',
    proposeWhere: 'where it is written: a report with the page, or a public website of, for example, UWV or the municipality (gemeente).',
    noSource:
      'Without a source we change nothing. Every fact in the route finder has a source, and a computer checks that. If we don’t know something, we write “unknown”.',
    maintainers: 'For maintainers: a route is one file. How to add one is in the manual <code>docs/content.md</code> with the source code.',
  },
  sources: {
    title: 'Sources',
    heading: 'Where this information comes from',
    intro:
      'Everything we say about the {count} routes comes from the five reports below. Each route shows which lines of which report a fact comes from. If the reports don’t say something, we write “unknown” and where you can ask.',
    checked: 'Last checked: {date} (version {version}).',
    reports: 'The reports',
    report: '<strong>{title}</strong>. {publisher}, {year}.',
    other: 'Other sources',
    publisher: '({publisher})',
    regions: 'Municipalities and regions',
    regionsText:
      'Which municipality (gemeente) belongs to which labour market region (arbeidsmarktregio) comes from CBS, Statistics Netherlands (Gebieden in Nederland 2026). Which postcode belongs to which municipality comes from PDOK (Kadaster, BAG), as of 1 October 2026.',
    changes: 'What changed',
    change: 'Version {version} ({date}): {text}',
  },
  help: {
    title: 'Help right now',
    heading: 'Talk to someone about it now',
    intro:
      'It is good that you let us know. Are you doing very badly right now? Then it is important that you get help first. You don’t have to do this alone.',
    call: 'Call {phone}',
    continueHeading: 'Continue with the route finder',
    continueText: 'Want to continue later? Your answers stay saved on this device. You can also continue now.',
    continue: 'Continue with the questions',
  },
  accessibility: {
    title: 'Accessibility statement',
    intro:
      'We want everyone to be able to use this route finder. That is why we build it following the accessibility guidelines: WCAG 2.2, level AA.',
    translation: 'This statement is a translation of the Dutch text. If the two differ, the Dutch text applies.',
    doHeading: 'What we do',
    axe: 'Every page is tested automatically with axe against the rules of WCAG 2.2 A and AA on every change.',
    keyboard: 'You can do everything with the keyboard. You always see where you are.',
    narrow: 'The pages work on a narrow phone (320 pixels wide) and when you make text larger.',
    noScript: 'Everything also works when JavaScript is turned off.',
    readAloud: 'With the “{readAloud}” button, your browser reads the text out loud.',
    plain: 'We write in plain language.',
    notYetHeading: 'What is not right yet',
    notYet:
      '“{readAloud}” only works in browsers that support speech, and only with JavaScript on. Without JavaScript, “{quickExit}” does not remove this website from your browser’s history. Automatic tests do not find all problems; this website has not yet been tested by people with a disability.',
    foundHeading: 'Found something?',
    found: 'Do you run into a problem? Let us know, and we will fix it.',
  },
  cleared: {
    title: 'Your answers have been deleted',
    text: 'Nothing of your answers is left on this device. Do you want to start again?',
    restart: 'Start again',
  },
  notFound: {
    title: 'This page does not exist',
    text: 'Maybe the link is old or a letter is wrong. Your answers are not gone.',
    home: 'Go to the start of the route finder',
  },
  stepError,
};
