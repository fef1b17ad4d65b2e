import type { Catalogue } from '@/lib/catalogue/schema';
import type { Advice } from '@/lib/engine/advise';
import type { Locale } from '@/lib/i18n/locale';
import { andList } from '@/lib/engine/labels';
import { translator } from '@/lib/i18n/translator';
import { whomToAsk } from '@/lib/plan/check-first';
import { answerText } from '@/lib/journey/answer-labels';
import { SITUATION_QUESTIONS, WISH_QUESTIONS, type IsAsked, type QuestionId } from '@/lib/journey/questions';
import type { JourneyContext } from '@/machines/route-machine';

/*
 * The intake as plain text for a case system: no markup, lines of at most 78 characters,
 * one A4 when printed (the page prints it in a monospace font). Only what the intake holds:
 * answers, the advice and the catalogue version. No medical detail beyond the answers.
 * Words come from the `intake` messages and the questions' short labels from `questions`;
 * route names and reasons are those of the advice and catalogue passed in (same language).
 *
 * The advice comes as on the advice page: the recommended route first (advice.route: the
 * first step, then, the alternatives with their trade-off, what to check first), then the
 * signals and the ranked lists.
 */

export const SUMMARY_WIDTH = 78;

/** Wraps a line at word boundaries; continuation lines get `indent`. */
export function wrap(text: string, width = SUMMARY_WIDTH, indent = ''): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length > width && line) {
      out.push(line);
      line = `${indent}${word}`;
    } else line = candidate;
  }
  if (line) out.push(line);
  return out.flatMap((l) => (l.length > width ? (l.match(new RegExp(`.{1,${width}}`, 'g')) ?? [l]) : [l]));
}

export function intakeSummary(
  context: JourneyContext,
  advice: Advice,
  catalogue: Catalogue,
  isAsked: IsAsked,
  date: string,
  max = 3,
  locale: Locale,
): string {
  const t = translator(locale, 'intake');
  const tq = translator(locale, 'questions');
  const lines: string[] = [];
  const item = (text: string, bullet = '- ') => lines.push(...wrap(`${bullet}${text}`, SUMMARY_WIDTH, ' '.repeat(bullet.length)));
  const indented = (text: string, indent = '  ') => lines.push(...wrap(text, SUMMARY_WIDTH - indent.length).map((l) => `${indent}${l}`));
  const heading = (text: string) => lines.push('', text.toUpperCase());
  const answers = (qs: readonly QuestionId[]) => {
    const shown = qs.filter((q) => q !== 'crisis' && context.answered.includes(q) && isAsked(q, context.answers));
    if (shown.length === 0) item(t('summary.notFilled'));
    for (const q of shown) item(`${tq(`${q}.short`)}: ${answerText(q, context.answers, catalogue.regions, locale)}`);
  };
  const name = (id: string) => catalogue.routes.find((r) => r.id === id)?.name ?? id;

  lines.push(t('summary.title'));
  lines.push(...wrap(t('summary.date', { date, version: advice.catalogue.version, catalogueDate: advice.catalogue.date })));
  if (context.answers.situation.crisis) {
    heading(t('summary.attention'));
    item(t('summary.crisis'));
  }
  heading(t('summary.situation'));
  answers(SITUATION_QUESTIONS);
  heading(t('summary.wish'));
  answers(WISH_QUESTIONS);
  const route = advice.route;
  heading(t('summary.firstStep'));
  item(`${route.firstStep.title}. ${route.firstStep.why.map((w) => w.text).join(' ')}`);
  indented(t('summary.howToStart', { how: route.firstStep.howToStart }));
  if (route.then.length > 0) {
    heading(t('summary.then'));
    for (const x of route.then) item(`${x.whenText}: ${name(x.id)}`);
  }
  if (route.alternatives.length > 0) {
    heading(t('summary.alternatives'));
    for (const x of route.alternatives) item(`${name(x.id)}. ${x.tradeOff}`);
  }
  if (route.checkFirst.length > 0) {
    heading(t('summary.checkFirst'));
    for (const x of route.checkFirst) {
      const who = whomToAsk(x.text, x.askAt, locale);
      item(who ? t('summary.check', { text: x.text, who }) : x.text);
    }
  }
  if (advice.signals.length > 0) {
    heading(t('summary.signals'));
    for (const s of advice.signals.slice(0, 3)) item(`${s.title}: ${s.actions[0] ?? s.text}`);
  }
  // Every route that may fit, by name: why the first step and the alternatives fit, and what
  // to check for them, is said above (and the summary stays on one A4).
  heading(t('summary.allFitting'));
  const names = (list: { name: string }[]) => {
    const shown = list.slice(0, max).map((a) => a.name);
    return andList(list.length > max ? [...shown, t('summary.more', { count: list.length - max })] : shown, locale);
  };
  item(t('summary.recommended', { count: advice.recommended.length, routes: advice.recommended.length ? names(advice.recommended) : t('summary.noneRecommended') }));
  if (advice.conditional.length > 0) item(t('summary.conditional', { count: advice.conditional.length, routes: names(advice.conditional) }));
  if (context.chosenRoute) {
    heading(t('summary.chosen'));
    item(name(context.chosenRoute));
  }
  if (context.history.length > 0) {
    heading(t('summary.history'));
    for (const h of context.history) item(`${name(h.route)}: ${t(`summary.results.${h.result}`)} (${h.date})`);
  }
  return `${lines.join('\n')}\n`;
}
