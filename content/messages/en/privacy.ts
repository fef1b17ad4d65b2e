import type { privacy as nl } from '../nl/privacy';

/** The privacy statement (app/privacy/page.tsx), in English. */
export const privacy: typeof nl = {
  title: 'Privacy statement',
  intro:
    'Your answers are about your health. That is special category personal data. That is why we are very careful with it. Here you can read exactly what happens.',
  translation: 'This statement is a translation of the Dutch text. If the two differ, the Dutch text applies.',
  controllerHeading: 'Who is responsible?',
  controller:
    '<strong>{name}</strong> offers this route finder. That organisation is responsible for what happens to your data. In law it is called the controller (verwerkingsverantwoordelijke).',
  controllerWhat: 'who is responsible for your data (the controller)',
  contact: 'General questions: <link>{email}</link>.',
  privacyContact: 'Questions about your privacy go to the privacy contact or the data protection officer (functionaris gegevensbescherming, FG): <link>{email}</link>.',
  privacyContactWhat: 'the email address for privacy questions (the privacy contact or the data protection officer)',
  whereHeading: 'Where your answers are kept',
  where:
    'Your answers are in a cookie on your own device. That cookie is called “routewijzer”. Your browser sends it along when you open a page of this website. Our server then uses your answers to make the page, and forgets them straight away. We do not store your answers on our server and we do not write them in log files.',
  keep: 'The cookie disappears when you close the browser. Want to continue later on the same device? Then choose “Keep on this device” yourself, with your advice or your plan. The cookie then stays for {days} days, and a second cookie, “routewijzer-bewaren”, remembers that choice. Only do that on your own device. Your plan as a file is meant for keeping it longer. Click “{clear}” at the bottom of every page to remove everything at once. Are you using someone else’s computer? Then delete your answers when you are done, and close the browser. Some browsers reopen your old tabs after closing, with their cookies.',
  shortHeading: 'Cookies that stay only a short time',
  short: 'Sometimes the route finder puts another cookie on your device. Only this website reads them too, and our server does not store them:',
  filterCookie: '“routewijzer-filter”: when you filter the list of routes by place, age or benefit. It disappears after an hour, when you close the browser, or when you choose “{clearFilters}”.',
  planErrorCookie: '“routewijzer-planfout”: when your plan file cannot be read. It remembers for one minute what was wrong, to show that on the page.',
  serverHeading: 'What the server does see',
  server:
    'When you open a page, the server gets your IP address and your cookies. That is needed to send you the page. The route finder does not write that down. If something goes wrong on the server, it writes down what went wrong and on which page, but not your answers.',
  serverProxy: 'The organisation that offers the route finder may put a server of its own in front of it, for example for security. You can ask the organisation what that server records.',
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
    'In a three-way meeting (driegesprek) a second cookie is added, “routewijzer-gesprek” (with many agreements split over two cookies: “routewijzer-gesprek” and “routewijzer-gesprek.1”). It holds who takes part (with the names and contact details you fill in), what is shared, whether the client gave consent and which of the others agree (with the date, and whether it was withdrawn), and the agreements. That cookie too is only on the device on which the meeting is held, lives as long as the first, and disappears with “{clear}”. A medical record does not belong in it. When a form of the meeting is not accepted, the cookie “routewijzer-concept” keeps what you typed for one minute, so that it stays in the form. You do the sharing yourself: by printing the plan, downloading it or saving it as a file, with the consent of everyone who takes part.',
  apiHeading: 'For organisations that use the API',
  api: 'What you send to the API, we only use to work out the advice. We do not store or log it.',
  basisHeading: 'Why this is allowed',
  basisCookies:
    'The cookies are needed for the route finder to work: without a cookie it cannot remember your answers from one page to the next. A website need not ask consent for such cookies (<law>Telecommunicatiewet (Telecommunications Act), article 11.7a</law>).',
  basisOwn: 'You fill in your answers yourself, and you can delete them at any moment.',
  basis: 'The legal basis from the privacy law that the organisation uses for this:',
  basisWhat: 'on which legal basis from the privacy law (GDPR, in Dutch AVG) the organisation uses your data',
  rightsHeading: 'Your rights',
  rights:
    'The privacy law (<law>GDPR, in Dutch AVG</law>) gives you rights over your data. Nothing about you is stored on our server. So we do not know who you are, and we cannot look up your answers. That is why you use your rights yourself, on your own device:',
  rightAccess: 'See your data: the page <link>Check your answers</link> shows what you filled in.',
  rightCorrect: 'Correct it: on that page you can change your answers.',
  rightDelete: 'Delete it: “{clear}” at the bottom of every page deletes everything at once. Closing the browser also deletes your answers, unless you keep them on this device.',
  rightPortable: 'Take it with you: save your plan as a file. That file is yours; you can give it to someone else yourself.',
  rightObject: 'Object or stop: stop using the route finder and delete your answers. After that, nothing more happens to your data.',
  rightsAsk: 'Do you still have a question or a request about your data? Email <link>{email}</link>. The organisation must answer within a month (<law>GDPR, article 12</law>).',
  rightsAskNoContact: 'Do you still have a question or a request about your data? Ask the organisation that offers this route finder. It must answer within a month (<law>GDPR, article 12</law>).',
  complaintHeading: 'A complaint',
  complaint:
    'Do you disagree with how your data is handled? Tell the organisation first. If you cannot work it out together, you can file a complaint with the <link>Autoriteit Persoonsgegevens</link>, the Dutch Data Protection Authority (<law>GDPR, article 77</law>).',
};
