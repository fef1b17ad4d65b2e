import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '@/lib/catalogue/load';
import { advise } from '@/lib/engine/advise';
import { PEOPLE } from '@/tests/support/personas';
import { ROUTE_ROWS } from '@/tests/support/route-personas';

/*
 * The recommended route, one row per person (tests/support/route-personas.ts). Each row cites
 * the seed lines behind its first step, its then-steps and the routes that must not appear
 * anywhere in the route; the last test checks those lines exist. A change to the decision
 * order (route.ts, docs/decision-order.md) fails the row of the branch it touches.
 */

const catalogue = loadCatalogue();

const rows = ROUTE_ROWS;

describe('the recommended route, person by person', () => {
  it('has at least 20 people', () => expect(rows.length).toBeGreaterThanOrEqual(20));

  for (const row of rows) {
    it(row.name, () => {
      const { route } = advise(row.answers, catalogue, 'nl');
      expect(route.rule).toBe(row.rule);
      expect(route.firstStep.id).toBe(row.first);
      for (const id of row.then ?? []) expect(route.then.map((t) => t.id)).toContain(id);
      for (const id of row.alternatives ?? []) expect(route.alternatives.map((x) => x.id)).toContain(id);
      const all = [route.firstStep.id, ...route.then.map((t) => t.id), ...route.alternatives.map((x) => x.id), ...route.alongside.map((x) => x.id)];
      for (const id of row.absent ?? []) expect(all, `${id} in the route`).not.toContain(id);
    });
  }

  it('cites seed lines that exist', () => {
    const dir = path.join(process.cwd(), 'content/seeds');
    const lines = Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => [f.slice(0, 3), readFileSync(path.join(dir, f), 'utf8').split('\n').length]));
    for (const row of rows)
      for (const ref of row.seeds) {
        const m = /^(\d{3}):(\d+)(?:-(\d+))?$/.exec(ref);
        expect(m, `${row.name}: ${ref}`).not.toBeNull();
        expect(Number(m![3] ?? m![2]), `${row.name}: ${ref}`).toBeLessThanOrEqual(lines[m![1]!]!);
      }
  });
});

describe('what each part of the route says', () => {
  it('a crisis gives crisis-help with the help lines, and nothing after it', () => {
    const { route } = advise(PEOPLE.crisis, catalogue, 'nl');
    expect(route.firstStep).toMatchObject({ type: 'action', id: 'crisis-help' });
    for (const h of catalogue.help) expect(route.firstStep.howToStart).toContain(h.name);
    expect([route.then, route.alternatives, route.alongside, route.checkFirst]).toEqual([[], [], [], []]);
    expect(route.firstStep.why.map((w) => w.text).join(' ')).not.toMatch(/snel/i);
  });

  it('a route as first step says how to start, and why in 1–3 reasons that do not repeat themselves', () => {
    for (const answers of Object.values(PEOPLE)) {
      const { route } = advise(answers, catalogue, 'nl');
      expect(route.firstStep.howToStart.length).toBeGreaterThan(20);
      expect(route.firstStep.why.length).toBeGreaterThanOrEqual(1);
      expect(route.firstStep.why.length).toBeLessThanOrEqual(3);
      expect(new Set(route.firstStep.why.map((w) => w.text)).size).toBe(route.firstStep.why.length);
    }
  });

  it('each alternative has one trade-off sentence naming the first step', () => {
    const { route } = advise(PEOPLE.bijstand28Utrecht, catalogue, 'nl');
    expect(route.alternatives.length).toBeGreaterThan(0);
    for (const alt of route.alternatives) expect(alt.tradeOff).toContain(route.firstStep.title);
  });

  it('routes for people with a job are never an alternative for someone without one', () => {
    const { route } = advise(PEOPLE.bijstand28Utrecht, catalogue, 'nl');
    const byId = new Map(catalogue.routes.map((r) => [r.id, r]));
    for (const alt of route.alternatives) expect(['workplace', 'jobcoaching']).not.toContain(byId.get(alt.id)!.kind);
  });

  it('Coral goes alongside only for someone heading for work', () => {
    const volunteering = { ...PEOPLE.bijstand28Utrecht, wish: { ...PEOPLE.bijstand28Utrecht.wish, goal: 'volunteering' as const } };
    expect(advise(volunteering, catalogue, 'nl').route.alongside.map((x) => x.id)).not.toContain('coral');
  });

  it('speaks English for an English catalogue', async () => {
    const { getCatalogue } = await import('@/lib/catalogue/load');
    const { route } = advise(PEOPLE.sickListedDenHaag, getCatalogue('en'), 'en');
    expect(route.firstStep.title).toMatch(/company doctor/);
  });
});
