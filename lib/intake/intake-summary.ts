import { isRouteToWork, type Catalogue, type Route } from '@/lib/catalogue/schema';
import type { Advice, RouteAdvice } from '@/lib/engine/advise';
import type { Locale } from '@/lib/i18n/locale';
import { andList, orList } from '@/lib/engine/labels';
import { translator } from '@/lib/i18n/translator';
import { isQuestionId, SITUATION_QUESTIONS, WISH_QUESTIONS, type IsAsked, type QuestionId } from '@/lib/journey/questions';
import { currentConsent, SHARE_ORDER, type Meeting } from '@/lib/meeting/meeting';
import type { Answers } from '@/lib/answers/schema';
import type { JourneyContext } from '@/machines/route-machine';

/*
 * The intake as plain text for a klantmanager's case system (issue 16):
 * - about the client, in the third person and in professional words (never "je");
 * - no hard line breaks: one line per paragraph or list item, so it wraps in any text box;
 *   sections are separated by an empty line, a heading is a line of its own;
 * - every route that fits, by name: the recommended ones and those that fit if a condition
 *   holds, with the first step, what comes after it, the alternatives and the chosen route;
 * - the driegesprek's agreements and the client's consent, as recorded on this device;
 * - the klantmanager's notes, when given (they are never stored: lib/intake/notes.ts);
 * - one A4 when printed (SUMMARY_A4_LINES at SUMMARY_PRINT_WIDTH characters a line).
 * Only what the intake holds: answers, the advice and the catalogue version. No medical detail
 * beyond the answers. Words come from the `intake` messages; route names from the catalogue.
 */

/** Characters on a printed line of the summary (9 pt on A4 with the page's margins). */
export const SUMMARY_PRINT_WIDTH = 95;
/** Printed lines on one A4 at that size. */
export const SUMMARY_A4_LINES = 72;

/** How many printed lines a text takes at `width` characters, wrapping at spaces as a browser does. */
export function printedLines(text: string, width = SUMMARY_PRINT_WIDTH): number {
  return text.split('\n').reduce((sum, line) => {
    let lines = 1;
    let at = 0;
    for (const word of line.split(' ')) {
      if (at > 0 && at + 1 + word.length > width) {
        lines += 1;
        at = 0;
      } else if (at > 0) at += 1;
      at += word.length;
      // A word longer than the line is broken (overflow-wrap: anywhere).
      for (; at > width; at -= width) lines += 1;
    }
    return sum + lines;
  }, 0);
}

export type SummaryInput = {
  context: JourneyContext;
  advice: Advice;
  catalogue: Catalogue;
  isAsked: IsAsked;
  /** The day, written out in the locale. */
  date: string;
  locale: Locale;
  /** The driegesprek on this device, if any. */
  meeting?: Meeting | null;
  /** The klantmanager's notes, as typed; empty or absent: none. */
  notes?: string;
};

type T = ReturnType<typeof translator<'intake'>>;

/** An answer in the intake's professional words, e.g. "basis-GGZ (psycholoog of praktijk)". */
export function professionalAnswer(q: QuestionId, answers: Answers, catalogue: Catalogue, t: T, locale: Locale): string {
  const s = answers.situation;
  const w = answers.wish;
  const value = (v: string) => t(`summary.values.${q}.${v}` as Parameters<T>[0]);
  switch (q) {
    case 'municipality': {
      const g = s.municipality ? catalogue.regions.gemeenten.get(s.municipality) : undefined;
      return g ? t('summary.municipality', { name: g.name, region: g.arbeidsmarktregio }) : t('summary.unknown');
    }
    case 'age':
      return s.age === undefined ? t('summary.unknown') : t('summary.age', { age: s.age });
    case 'support':
    case 'priorities': {
      const list = q === 'support' ? (w.support ?? []) : (answers.priorities ?? []);
      return list.length === 0 ? t('summary.nothingChosen') : andList(list.map(value), locale);
    }
    case 'goal':
      return w.goal ? value(w.goal) : t('summary.unknown');
    case 'pace':
      return w.pace ? value(w.pace) : t('summary.unknown');
    case 'crisis':
      return value(s.crisis ? 'yes' : 'no');
    default: {
      const v = s[q];
      if (v === undefined || v === null) return t('summary.unknown');
      if (typeof v === 'boolean') return value(v ? 'yes' : 'no');
      return value(String(v));
    }
  }
}

export function intakeSummary({ context, advice, catalogue, isAsked, date, locale, meeting, notes }: SummaryInput): string {
  const t = translator(locale, 'intake');
  const out: string[] = [];
  // A route name that ends in "?" or "." ends the sentence itself ("Coral 2.0: … of niet?").
  const tidy = (line: string) => line.replace(/([?!.])\.(?=\s|$)/g, '$1');
  const section = (heading: string, lines: string[]) => {
    if (lines.length > 0) out.push('', heading, ...lines.map(tidy));
  };
  const byId = new Map(catalogue.routes.map((r) => [r.id, r] as const));
  const name = (id: string) => byId.get(id)?.name ?? id;
  const via = (r: Route | undefined) => (r ? orList(r.access.via.map((v) => t(`summary.via.${v}`)), locale) : '');
  // An answer the wizard does not ask (veteran, from an API call or plan file) has its own label.
  const label = (path: string) => {
    const leaf = path.split('.').at(-1) ?? '';
    return (isQuestionId(leaf) ? t(`labels.${leaf}`) : t('summary.veteran')).toLowerCase();
  };
  const answerLines = (qs: readonly QuestionId[]) => {
    const shown = qs.filter((q) => q !== 'crisis' && context.answered.includes(q) && isAsked(q, context.answers));
    if (shown.length === 0) return [`- ${t('summary.notFilled')}`];
    return shown.map((q) => `- ${t(`labels.${q}`)}: ${professionalAnswer(q, context.answers, catalogue, t, locale)}`);
  };

  out.push(t('summary.title'), t('summary.date', { date, version: advice.catalogue.version, catalogueDate: advice.catalogue.date }));
  if (context.answers.situation.crisis) section(t('summary.attention'), [t('summary.crisis')]);
  section(t('summary.situation'), answerLines(SITUATION_QUESTIONS));
  section(t('summary.wish'), answerLines(WISH_QUESTIONS));

  // The advice: the first step, what comes after it, the alternatives, then what to check.
  const route = advice.route;
  const first = route.firstStep;
  const firstRoute = first.type === 'route' ? byId.get(first.id) : undefined;
  const stepName = firstRoute ? firstRoute.name : t(`summary.actions.${first.id}` as Parameters<T>[0]);
  const grounds = [...new Set(first.why.flatMap((w) => w.answers))].map(label);
  const adviceLines = [
    [
      t('summary.firstStep', { step: stepName }),
      grounds.length > 0 ? t('summary.because', { answers: andList(grounds, locale) }) : '',
      firstRoute ? t('summary.access', { via: via(firstRoute) }) : '',
    ]
      .filter(Boolean)
      .join(' '),
  ];
  if (route.then.length > 0) {
    adviceLines.push(t('summary.then', { steps: route.then.map((x) => t('summary.thenStep', { when: t(`summary.when.${x.when}` as Parameters<T>[0]), name: name(x.id) })).join('; ') }));
  }
  if (route.alternatives.length > 0) {
    adviceLines.push(t('summary.alternatives', { routes: route.alternatives.map((x) => t('summary.alternative', { name: name(x.id), via: via(byId.get(x.id)) })).join('; ') }));
  }
  // Beside the route (issue 18): what can be arranged around a job, the benefit's safety net,
  // kinds of help to ask for. Not routes: they are named apart from them.
  for (const [key, items] of [['instruments', route.instruments], ['safetyNets', route.safetyNets], ['askAbout', route.askAbout]] as const) {
    if (items.length > 0) adviceLines.push(t(`summary.beside.${key}`, { names: items.map((x) => name(x.id)).join('; ') }));
  }
  section(t('summary.advice'), adviceLines);

  // What to check, for the first step and the alternatives that fit only if a condition holds.
  const conditionalById = new Map(advice.conditional.map((a) => [a.id, a] as const));
  const checks = [first.type === 'route' ? first.id : '', ...route.alternatives.map((x) => x.id)]
    .map((id) => conditionalById.get(id))
    .filter((a): a is RouteAdvice => a !== undefined)
    .map((a) => {
      const on = [...new Set(a.reasons.filter((r) => r.type === 'check').flatMap((r) => r.answers))].map(label);
      return t('summary.check', { name: a.name, what: on.length > 0 ? andList(on, locale) : t('summary.checkAvailability'), who: via(byId.get(a.id)) });
    });
  section(t('summary.checkFirst'), checks.map((c) => `- ${c}`));

  // Every route to work that fits, by name: nothing hidden behind "and 3 more". What is not a
  // route (instruments, safety net, kinds of help) is named in the advice above.
  const names = (list: RouteAdvice[]) => list.map((a) => a.name).join('; ');
  const recommended = advice.recommended.filter((a) => isRouteToWork(a.kind));
  const conditional = advice.conditional.filter((a) => isRouteToWork(a.kind));
  section(t('summary.allFitting'), [
    `- ${t('summary.recommended', { count: recommended.length, routes: recommended.length ? names(recommended) : t('summary.noneRecommended') })}`,
    ...(conditional.length > 0 ? [`- ${t('summary.conditional', { count: conditional.length, routes: names(conditional) })}`] : []),
    `- ${context.chosenRoute ? t('summary.chosen', { name: name(context.chosenRoute) }) : t('summary.noChoice')}`,
  ]);
  if (context.history.length > 0) {
    section(
      t('summary.history'),
      context.history.map((h) => `- ${name(h.route)}: ${t(`summary.results.${h.result}`)} (${h.date})`),
    );
  }

  // The driegesprek: agreements and the client's consent, as recorded on this device.
  const agreements = meeting?.agreements ?? [];
  section(
    t('summary.agreements'),
    agreements.length > 0 ? agreements.map((a) => `- ${t('summary.agreement', { who: a.who, what: a.what, when: a.when })}`) : [t('summary.noAgreements')],
  );
  section(t('summary.consent'), [consentLine(meeting, t, locale)]);
  const typed = (notes ?? '').replace(/\r\n?/g, '\n').trim();
  if (typed) out.push('', t('summary.notes'), typed);
  return `${out.join('\n')}\n`;
}

function consentLine(meeting: Meeting | null | undefined, t: T, locale: Locale): string {
  if (!meeting) return t('summary.consentNone');
  const current = currentConsent(meeting, 'client');
  if (!current) {
    const last = meeting.consent.filter((c) => c.party === 'client').at(-1);
    return last?.revoked ? t('summary.consentRevoked', { date: last.revoked }) : t('summary.consentNone');
  }
  const items = SHARE_ORDER.filter((s) => meeting.share.includes(s)).map((s) => t(`summary.share.${s}`));
  const source = current.source === 'file' ? ` ${t('summary.consentFromFile')}` : '';
  return `${t('summary.consentGiven', { date: current.given, items: items.length ? andList(items, locale) : t('summary.nothingChosen') })}${source}`;
}
