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
  privacy: {
    title: 'Privacy statement',
    intro:
      'Your answers are about your health. That is special category personal data. That is why we are very careful with it. Here you can read exactly what happens.',
    translation: 'This statement is a translation of the Dutch text. If the two differ, the Dutch text applies.',
    whereHeading: 'Where your answers are kept',
    where:
      'Your answers are in a cookie on your own device. That cookie is called “routewijzer”. Your browser sends it along when you open a page of this website. Our server then uses your answers to make the page, and forgets them straight away. We do not store your answers on our server and we do not write them in log files.',
    keep: 'The cookie disappears when you close the browser. Want to continue later on the same device? Then choose “Keep on this device” yourself, with your advice or your plan. The cookie then stays for {days} days, and a second cookie, “routewijzer-bewaren”, remembers that choice. Only do that on your own device. Your plan as a file is meant for keeping it longer. Click “{clear}” at the bottom of every page to remove everything at once. Are you using someone else’s computer? Then delete your answers when you are done, and close the browser. Some browsers reopen your old tabs after closing, with their cookies.',
    notHeading: 'What we don’t do',
    notUrl: 'We never put your answers in a web address (URL).',
    notTracking: 'We use no advertising, no tracking cookies and no visitor statistics.',
    notThirdParty: 'We load nothing from other websites: no fonts, no scripts, no images.',
    notShare: 'We share nothing with your municipality (gemeente), UWV, your therapist or anyone else. You decide yourself what you show, for example your plan.',
    planHeading: 'Your plan',
    plan: 'When you print or download your plan, our server makes the file and sends it to you. The file does not stay with us.',
    planFile:
      'You can also save your plan as a file (JSON) on your own device. Do you open it again later through “Open your plan”? Then our server reads the file once, checks it and puts your answers back in the cookie on your device. We do not store the file.',
    meetingHeading: 'Intake and three-way meeting (driegesprek)',
    meeting:
      'In a three-way meeting (driegesprek) a second cookie is added, “routewijzer-gesprek” (with many agreements split over two cookies: “routewijzer-gesprek” and “routewijzer-gesprek.1”). It holds who takes part, who gave consent to share (with the date, and whether it was withdrawn), and the agreements. That cookie too is only on the device on which the meeting is held, lives as long as the first, and disappears with “{clear}”. A medical record does not belong in it. When a form of the meeting is not accepted, the cookie “routewijzer-concept” keeps what you typed for one minute, so that it stays in the form. You do the sharing yourself: by printing the plan, downloading it or saving it as a file, with the consent of everyone who takes part.',
    apiHeading: 'For organisations that use the API',
    api: 'What you send to the API, we only use to work out the advice. We do not store or log it.',
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
