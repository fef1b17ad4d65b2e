import { describe, expect, it } from 'vitest';
import type { Answers } from '@/lib/answers/schema';
import { loadCatalogue } from '@/lib/catalogue/load';
import { advise } from '@/lib/engine/advise';
import { phrases } from '@/lib/engine/phrases';

/*
 * Issue 15: "Weet ik nog niet" is a good answer. For a 19-year-old who dropped out of school
 * and does not know yet what he wants, "Jij weet nog niet wat je wilt. Bespreek of het bij
 * jouw wens past." came about 9 times. Routes made for finding out what you want fit that
 * answer and say so once, as a reason in their favour:
 *   - Sterk met Werk of Scholing: young people "die vastlopen en begeleiding willen bij het
 *     vinden van een passende opleiding of werk" (004:1458-1459);
 *   - De Harde Leerschool: "Centrale begrippen zijn zelfinzicht, zelfvertrouwen" (004:1533-1535);
 *   - Clubhuis de Waterheuvel: a "tussenstap ... naar betaald (beschut) werk" (004:1503-1509);
 * and the stroomschema's wish "uitzoeken wat het beste past" (004:2289-2290).
 */

const catalogue = loadCatalogue();
const p = phrases('nl');
const WARNING = 'Jij weet nog niet wat je wilt. Bespreek of het bij jouw wens past.';

/** The 19-year-old dropout in Amsterdam, unsure what he wants, as the wizard asks him. */
const dropout19: Answers = {
  situation: { crisis: false, condition: 'mental-health', severity: 'moderate', care: 'gp', work: 'dropped-out', benefit: 'none', municipality: '0363', age: 19 },
  wish: { goal: 'unsure', support: ['explore'], pace: 'own-pace' },
  priorities: ['peers'],
};

describe('the unsure 19-year-old dropout (004:1458-1459, 004:1533-1535, 004:2289-2290)', () => {
  const advice = advise(dropout19, catalogue, 'nl');
  const byId = new Map([...advice.recommended, ...advice.conditional].map((r) => [r.id, r]));

  it.each(['sterk-met-werk-of-scholing', 'de-harde-leerschool', 'clubhuis-de-waterheuvel'])('%s fits him, because it helps him find out, said once and not as a warning', (id) => {
    const r = byId.get(id)!;
    expect(advice.recommended.map((x) => x.id)).toContain(id);
    expect(r.reasons.filter((x) => x.text === p.rank.unsureFits())).toEqual([expect.objectContaining({ type: 'fits', answers: ['wish.goal'] })]);
    // "Uitzoeken wat bij me past", ticked too, is the same thing: not a second reason.
    expect(r.reasons.filter((x) => x.text === p.labels.supportMatch.explore)).toEqual([]);
    expect(r.reasons.some((x) => x.text.includes(WARNING))).toBe(false);
  });

  it('the first step and every alternative are routes that help him find out, with nothing to check about his wish', () => {
    expect(advice.route.firstStep).toMatchObject({ type: 'route', id: 'clubhuis-de-waterheuvel' });
    expect(advice.route.alternatives.map((x) => x.id).slice(0, 2)).toEqual(['de-harde-leerschool', 'sterk-met-werk-of-scholing']);
    expect(advice.route.checkFirst.some((c) => c.text.includes(WARNING))).toBe(false);
  });

  it('the warning is left only for routes made for a firm wish, at most once each, and far fewer than 9 times', () => {
    const routes = [...advice.recommended, ...advice.conditional];
    for (const r of routes) expect(r.reasons.filter((x) => x.text.includes(WARNING)).length, r.id).toBeLessThanOrEqual(1);
    const count = routes.filter((r) => r.reasons.some((x) => x.text.includes(WARNING))).length;
    expect(count).toBeLessThanOrEqual(6);
    for (const r of routes.filter((x) => x.reasons.some((y) => y.text.includes(WARNING)))) expect(advice.conditional.map((x) => x.id), r.id).toContain(r.id);
  });
});
