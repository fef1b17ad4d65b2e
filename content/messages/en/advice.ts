import type { advice as nl } from '../nl/advice';

export const advice: typeof nl = {
  metaTitle: '{step}: Routes that suit you',
  heading: 'Routes to work that suit you',
  choiceHeading: 'What is this about?',
  problem:
    'Work can be good for your recovery, if the work suits you. There are many routes to work. Which one suits you depends on your symptoms, the help you get, your benefit, what you want and where you live.',
  decision:
    '<strong>The choice you make now:</strong> which route do you want to start with? You choose yourself. Talk about your choice with your klantmanager (case manager), therapist or GP (huisarts): this advice does not replace a conversation.',
  notYet: 'Don’t want to choose yet? That’s fine. Your answers stay saved on this device, also when you close the window.',
  recommendedHeading: 'This suits you best ({count})',
  noneRecommended:
    'We found no route that surely suits you. Look below under “Might also suit you”, and ask your municipality (gemeente) or therapist what there is for you.',
  prioritiesHeading: 'What is important to you?',
  prioritiesIntro: 'Choose what matters most to you. Then we put the routes in a new order.',
  reorder: 'Put the routes in order',
  disclosureHeading: 'Not sure whether to tell people about your mental health problems?',
  conditionalHeading: 'Might also suit you ({count})',
  conditionalIntro: 'These routes may suit you. First check the points listed with each route.',
  notSuitableHeading: 'What does not suit you',
  notSuitableSummary: 'See {count, plural, one {# route that does not suit you} other {# routes that do not suit you}}, and why',
  allRoutes: '<link>See all routes</link>, also the ones that do not suit you.',
  sources:
    'This information comes from five reports about work and mental health problems (2015–2025). Updated on {date} (version {version}). <link>See the sources</link>.',

  card: {
    checks: 'Check this first',
    fits: 'Why this suits you',
    start: 'How to start',
    askAt: 'Don’t know who to ask? Ask {who}.',
    say: 'What you can say:',
    quote: '“{say}”',
    more: 'More about {name}: how long, who pays, figures',
    choose: 'Choose this route',
  },

  details: {
    offers: 'What you do there',
    forWhom: 'Who it is for',
    duration: 'How long',
    funder: 'Who pays',
    cost: 'Does it cost you anything?',
    benefit: 'What happens to your benefit?',
    figures: 'What the figures say',
    prosCons: 'For and against',
    pro: 'Advantage:',
    con: 'Disadvantage:',
    experiences: 'What it is like to take part',
    available: 'Is it available now?',
    linkFromSource: '(link from the source)',
    sources: 'Sources of this information',
  },

  figures: {
    none: 'There are no figures about this route yet.',
    who: 'Who: {population}.',
    whoWhen: 'Who: {population}, {timeframe}.',
    comparison: 'For comparison, {label}: about {value} in 100.',
    source: 'Source: {study}, {year}; {studyType}.',
    sourcePeople: 'Source: {study}, {year}; {studyType}, {n} people.',
    yearUnknown: 'year unknown',
  },

  signals: {
    allHelp: 'See all the help you can get now',
  },
};
