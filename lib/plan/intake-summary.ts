import type { Catalogue } from '@/lib/catalogue/schema';
import type { Advice } from '@/lib/engine/advise';
import type { Locale } from '@/lib/i18n/locale';
import { translator } from '@/lib/i18n/translator';
import { answerText } from '@/lib/journey/answer-labels';
import { SITUATION_QUESTIONS, WISH_QUESTIONS, type IsAsked, type QuestionId } from '@/lib/journey/questions';
import type { JourneyContext } from '@/machines/route-machine';

/*
 * The intake as plain text for a case system: no markup, lines of at most 78 characters,
 * one A4 when printed (the page prints it in a monospace font). Only what the intake holds:
 * answers, the advice and the catalogue version. No medical detail beyond the answers.
 * Words come from the `intake` messages and the questions' short labels from `questions`;
 * route names and reasons are those of the advice and catalogue passed in (same language).
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
  locale: Locale = 'nl',
): string {
  const t = translator(locale, 'intake');
  const tq = translator(locale, 'questions');
  const lines: string[] = [];
  const item = (text: string, bullet = '- ') => lines.push(...wrap(`${bullet}${text}`, SUMMARY_WIDTH, ' '.repeat(bullet.length)));
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
  if (advice.signals.length > 0) {
    heading(t('summary.signals'));
    for (const s of advice.signals.slice(0, 3)) item(`${s.title}: ${s.actions[0] ?? s.text}`);
  }
  heading(t('summary.recommended', { count: advice.recommended.length }));
  if (advice.recommended.length === 0) item(t('summary.noneRecommended'));
  advice.recommended.slice(0, max).forEach((a, i) => {
    const fits = a.reasons.filter((r) => r.type === 'fits').slice(0, 2).map((r) => r.text);
    item(`${a.name}${fits.length ? `. ${fits.join(' ')}` : ''}`, `${i + 1}. `);
  });
  if (advice.recommended.length > max) item(t('summary.more', { count: advice.recommended.length - max }));
  if (advice.conditional.length > 0) {
    heading(t('summary.conditional'));
    for (const a of advice.conditional.slice(0, max)) {
      const check = a.reasons.find((r) => r.type === 'check');
      item(`${a.name}${check ? `: ${check.text}` : ''}`);
    }
  }
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
