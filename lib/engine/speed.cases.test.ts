import { describe, expect, it } from 'vitest';
import type { Answers } from '@/lib/answers/schema';
import { loadCatalogue } from '@/lib/catalogue/load';
import { advise } from '@/lib/engine/advise';
import { phrases } from '@/lib/engine/phrases';
import { optionValues } from '@/lib/journey/forms';
import { PEOPLE } from '@/tests/support/personas';

/*
 * Issue 15: speed was asked three times ("Snel een baan vinden" under support, "Ik wil snel
 * aan de slag" under pace, "Snel een baan" among the priorities) and the reasons said it
 * three times. Tempo is one wish of stap 2, "Direct aan de slag of eerst nog vaardigheden
 * trainen?" (004:2326-2327); the pace question asks it, once, and each route says it at most
 * once (lib/engine/rank.ts, the pace weight).
 */

const catalogue = loadCatalogue();
const p = phrases('nl');
const SPEED = new Set([p.rank.paceFast(), p.rank.paceOwn(), p.labels.supportMatch['find-job-fast'], p.labels.priorityMatch['fast-job'], p.labels.priorityMatch['own-pace']]);

/** The 34-year-old in bijstand with specialist GGZ care, who wants to start soon, as an API client may send it: speed three times. */
const fastThreeTimes: Answers = {
  ...PEOPLE.bijstand28Utrecht,
  situation: { ...PEOPLE.bijstand28Utrecht.situation, age: 34, care: 'specialist-ggz', careProvider: 'other' },
  wish: { goal: 'paid-work', support: ['find-job-fast', 'skills'], pace: 'fast' },
  priorities: ['fast-job', 'income-security'],
};

describe('speed is asked once and said once', () => {
  it('the wizard asks it only as the pace: not as a kind of support, not as a priority', () => {
    expect(optionValues('pace')).toEqual(['fast', 'own-pace']);
    expect(optionValues('support')).not.toContain('find-job-fast');
    expect(optionValues('priorities')).not.toContain('fast-job');
    expect(optionValues('priorities')).not.toContain('own-pace');
  });

  it.each([
    ['asked once (the wizard)', { ...fastThreeTimes, wish: { ...fastThreeTimes.wish, support: ['skills'] }, priorities: ['income-security'] } as Answers],
    ['sent three times (an API client)', fastThreeTimes],
  ])('each route says it at most once, %s', (_, answers) => {
    const advice = advise(answers, catalogue, 'nl');
    const routes = [...advice.recommended, ...advice.conditional];
    const saying = routes.filter((r) => r.reasons.some((x) => SPEED.has(x.text)));
    // Speed still counts: some routes say they go fast (IPS does, 004:827-829).
    expect(saying.length).toBeGreaterThan(0);
    for (const r of routes) expect(r.reasons.filter((x) => SPEED.has(x.text)).length, r.id).toBeLessThanOrEqual(1);
    // The first step's reasons say it at most once too.
    expect(advice.route.firstStep.why.filter((w) => SPEED.has(w.text)).length).toBeLessThanOrEqual(1);
  });

  it('sent three times, speed weighs as much as asked once: the same order of routes', () => {
    const once: Answers = { ...fastThreeTimes, wish: { ...fastThreeTimes.wish, support: ['skills'] }, priorities: ['income-security'] };
    const ids = (a: Answers) => advise(a, catalogue, 'nl').recommended.map((r) => r.id);
    expect(ids(fastThreeTimes)).toEqual(ids(once));
  });
});
