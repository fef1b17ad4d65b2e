import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answers, Priority } from '@/lib/answers/schema';
import { loadCatalogue } from '@/lib/catalogue/load';
import { advise } from '@/lib/engine/advise';
import type { SignalId } from '@/lib/engine/signals';
import { adviceLayout, priorityEffect, type PriorityEffect } from '@/lib/engine/advice-view';
import { PEOPLE } from '@/tests/support/personas';

/* One row per person; each names the seed lines behind what the advice screens show first. */

const catalogue = loadCatalogue();
const inCrisis = (a: Answers): Answers => ({ ...a, situation: { ...a.situation, crisis: true } });

const layoutRows: { name: string; seeds: string[]; answers: Answers; crisisFirst: boolean; goodToKnow?: SignalId }[] = [
  { name: 'acute distress: the help lines first, every route folded', seeds: ['002:834', '002:1355'], answers: PEOPLE.crisis, crisisFirst: true },
  {
    name: 'in crisis with light complaints: still help first, the online routes are not for now',
    seeds: ['002:743', '002:1470-1477'],
    answers: inCrisis(PEOPLE.sickListedDenHaag),
    crisisFirst: true,
  },
  { name: 'no crisis: the recommended route first, nothing folded for it', seeds: ['002:834'], answers: PEOPLE.wgaGroningen, crisisFirst: false },
  {
    name: 'in crisis and severe without care: the gap is good to know, the help comes first',
    seeds: ['002:834', '002:1355'],
    answers: inCrisis(PEOPLE.severeNoCareAmsterdam),
    crisisFirst: true,
    goodToKnow: 'gap-severe-no-care',
  },
];

const priorityRows: { name: string; seeds: string[]; answers: Answers; priorities: Priority[]; effect: PriorityEffect }[] = [
  { name: 'no priority chosen: nothing to say', seeds: ['003:86-131'], answers: PEOPLE.droppedOut19Amsterdam, priorities: [], effect: 'none' },
  { name: 'peer support brings the clubhuis forward among equals', seeds: ['003:86-131'], answers: PEOPLE.droppedOut19Amsterdam, priorities: ['peers'], effect: 'changed' },
  // Tempo is asked once, as the pace (004:2326-2327): "fast-job" from an API client is not weighed again.
  { name: 'a fast job is the pace, asked once: for the sick-listed employee who chose her own pace it reorders nothing', seeds: ['004:2326-2327', '003:92-94'], answers: PEOPLE.sickListedDenHaag, priorities: ['fast-job'], effect: 'same' },
  { name: 'the decision order wins: the care provider’s own route stays first', seeds: ['003:86-131', '004:2231-2233'], answers: PEOPLE.epaDimenceEnschede, priorities: ['peers'], effect: 'same' },
];

describe('adviceLayout', () => {
  it.each(layoutRows)('$name', ({ answers, crisisFirst, goodToKnow }) => {
    const advice = advise(answers, catalogue, 'nl');
    const layout = adviceLayout(advice);
    expect(layout.crisisFirst).toBe(crisisFirst);
    expect(layout.urgent.map((s) => s.id)).toEqual(crisisFirst ? ['crisis'] : []);
    expect(layout.goodToKnow.map((s) => s.id)).not.toContain('crisis');
    if (goodToKnow) expect(layout.goodToKnow.map((s) => s.id)).toContain(goodToKnow);
    expect([...layout.urgent, ...layout.goodToKnow]).toHaveLength(advice.signals.length);
  });
});

describe('priorityEffect', () => {
  it.each(priorityRows)('$name', ({ answers, priorities, effect }) => {
    const weighed = { ...answers, priorities };
    expect(priorityEffect(weighed, advise(weighed, catalogue, 'nl'), catalogue, 'nl')).toBe(effect);
  });
});

it('cites only seed lines that exist', () => {
  const dir = path.join(process.cwd(), 'content/seeds');
  const lengths = new Map(readdirSync(dir).map((f) => [f.slice(0, 3), readFileSync(path.join(dir, f), 'utf8').split('\n').length]));
  for (const ref of [...layoutRows, ...priorityRows].flatMap((r) => r.seeds)) {
    const [, file, from, to] = /^(\d{3}):(\d+)(?:-(\d+))?$/.exec(ref)!;
    expect(Number(to ?? from), ref).toBeLessThanOrEqual(lengths.get(file!) ?? 0);
  }
});
