import { describe, expect, it } from 'vitest';
import type { Answers } from '@/lib/answers/schema';
import { getCatalogue } from '@/lib/catalogue/load';
import { advise } from '@/lib/engine/advise';
import type { Locale } from '@/lib/i18n/locale';
import { QUESTION_IDS } from '@/lib/journey/questions';
import { journeyRuntime } from '@/lib/journey/runtime';
import { freshSession } from '@/lib/journey/session';
import { intakeSummary, SUMMARY_WIDTH } from '@/lib/intake/intake-summary';
import { PEOPLE } from '@/tests/support/personas';

/* The intake summary leads its advice with the recommended route (advice.route), as the advice page does. */

const { deps } = journeyRuntime();

function summaryOf(answers: Answers, locale: Locale = 'nl', chosenRoute?: string) {
  const catalogue = getCatalogue(locale);
  const context = { ...freshSession().context, answers, answered: QUESTION_IDS.filter((q) => deps.isAsked(q, answers)), chosenRoute: chosenRoute ?? null };
  const advice = advise(answers, catalogue, locale);
  const text = intakeSummary(context, advice, catalogue, deps.isAsked, '26 november 2026', 3, locale);
  return { text, flat: text.replace(/\n\s+/g, ' '), advice, catalogue };
}

/** Where a heading (a line of its own, in capitals) starts; -1 when absent. */
const at = (text: string, heading: string) => text.indexOf(`\n${heading}\n`);

describe('the intake summary leads with the recommended route', () => {
  it.each(['wgaGroningen', 'sickListedDenHaag', 'bijstandRotterdam', 'severeNoCareAmsterdam'] as const)('%s: first step, then, also possible, check first, before the signals and the lists', (who) => {
    const { text, flat, advice, catalogue } = summaryOf(PEOPLE[who]);
    const route = advice.route;
    const name = (id: string) => catalogue.routes.find((r) => r.id === id)!.name;
    // The advice starts with the first step: right after the answers, before everything else.
    const first = at(text, 'EERSTE STAP');
    expect(first).toBeGreaterThan(at(text, 'WENS'));
    const order = ['EERSTE STAP', 'DAARNA', 'OOK MOGELIJK', 'EERST NAGAAN', 'SIGNALEN', 'ROUTES DIE KUNNEN PASSEN'].map((h) => at(text, h)).filter((i) => i >= 0);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order[0]).toBe(first);
    expect(text.slice(first).split('\n')[2]).toMatch(new RegExp(`^- ${route.firstStep.title.slice(0, 20).replace(/[()]/g, '\\$&')}`));
    expect(flat).toContain(`${route.firstStep.title}. ${route.firstStep.why.map((w) => w.text).join(' ')}`);
    expect(flat).toContain(`Zo begin je: ${route.firstStep.howToStart}`);
    expect(at(text, 'DAARNA') >= 0).toBe(route.then.length > 0);
    for (const x of route.then) expect(flat).toContain(`- ${x.whenText}: ${name(x.id)}`);
    for (const x of route.alternatives) expect(flat).toContain(`- ${name(x.id)}. ${x.tradeOff}`);
    for (const x of route.checkFirst) expect(flat).toContain(`- ${x.text}`);
    // The rest: every fitting route by name, the first three of each list.
    expect(flat).toContain(`Aanbevolen (${advice.recommended.length}): `);
    for (const a of advice.recommended.slice(0, 3)) expect(flat.slice(flat.indexOf('ROUTES DIE KUNNEN PASSEN'))).toContain(a.name); // an index into flat, not into text
  });

  it('in a crisis: the help is the first step, nothing after it', () => {
    const { text, advice } = summaryOf(PEOPLE.crisis);
    expect(advice.route.firstStep.id).toBe('crisis-help');
    expect(at(text, 'LET OP')).toBeLessThan(at(text, 'EERSTE STAP'));
    expect(at(text, 'DAARNA')).toBe(-1);
    expect(at(text, 'OOK MOGELIJK')).toBe(-1);
  });

  it.each(Object.keys(PEOPLE) as (keyof typeof PEOPLE)[])('%s: lines of at most 78 characters, and about one A4 (70 lines) with a chosen route', (who) => {
    const answers = PEOPLE[who];
    const route = advise(answers, getCatalogue('nl'), 'nl').route;
    const { text } = summaryOf(answers, 'nl', route.alternatives[0]?.id ?? route.firstStep.id);
    for (const line of text.split('\n')) expect(line.length, line).toBeLessThanOrEqual(SUMMARY_WIDTH);
    expect(text.split('\n').length).toBeLessThanOrEqual(70);
  });
});
