import { describe, expect, it } from 'vitest';
import { MAX_AGE, MIN_AGE } from '@/lib/answers/schema';
import { loadCatalogue } from '@/lib/catalogue/load';
import type { Route, Test } from '@/lib/catalogue/schema';
import { layoutMap, maxChars, stepHeading, WIDE, wrap, WIDTH } from '@/lib/map/layout';
import { BRANCH_VALUES, eventLabel, FIVE_STEPS, OTHER_REGION, stroomschema, type EnumDecision, type Verdict } from '@/lib/map/stroomschema';
import { createRouteMachine } from '@/machines/route-machine';

/*
 * The map must say what the catalogue says. These tests recompute each branch straight
 * from the eligibility data (not through the engine the map uses), so a change to a route
 * file, to the engine or to the map code that makes them disagree fails here.
 */

const catalogue = loadCatalogue();
const data = stroomschema(catalogue, 'nl');
const points = data.steps.flatMap((s) => s.decisions);
const point = (id: string) => points.find((p) => p.id === id)!;

type V = string | boolean;
const kleene = (v: V, t: { in: readonly V[]; ask?: readonly V[] }): Verdict => (t.in.includes(v) ? 'fits' : t.ask?.includes(v) ? 'check' : 'out');
const worst = (xs: Verdict[]): Verdict => (xs.includes('out') ? 'out' : xs.includes('check') ? 'check' : 'fits');
const best = (xs: Verdict[]): Verdict => (xs.includes('fits') ? 'fits' : xs.includes('check') ? 'check' : 'out');

/** What the route's data says for one answer value, every other answer unknown. */
function expected(route: Route, dim: EnumDecision, value: string): Verdict {
  const crit = route.eligibility[dim];
  const own: Verdict = 'in' in crit ? kleene(value, crit as { in: string[]; ask?: string[] }) : 'fits';
  // Combined criteria that test this answer: other tests are unknown, so at best "check".
  const field = dim as Test['field'];
  const others = route.eligibility.other
    .filter((c) => c.anyOf.flat().some((t) => t.field === field))
    .map((c) => best(c.anyOf.map((clause) => worst(clause.map((t) => (t.field === field ? kleene(value, t) : 'check'))))));
  return worst([own, ...others]);
}

const verdictIn = (b: { fits: string[]; check: string[]; out: string[] }, id: string): Verdict | undefined =>
  b.fits.includes(id) ? 'fits' : b.check.includes(id) ? 'check' : b.out.includes(id) ? 'out' : undefined;

describe('the stroomschema data', () => {
  it('has every step of the statechart, the five numbered in order', () => {
    const machine = createRouteMachine({ isAsked: () => true, followUps: () => [] });
    const states = Object.entries(machine.root.states.journey!.states)
      .filter(([, n]) => n.type !== 'history')
      .map(([k]) => k);
    expect(data.steps.map((s) => s.id)).toEqual(states);
    expect(data.steps.filter((s) => s.number).map((s) => [s.id, s.number])).toEqual(FIVE_STEPS.map((s, i) => [s, i + 1]));
    expect(data.steps.find((s) => s.id === 'situation')!.questions).toEqual(Object.keys(machine.root.states.journey!.states.situation!.states));
  });

  it('draws the arrows of the statechart, each with a label', () => {
    const pairs = data.edges.map((e) => `${e.from}>${e.to}`);
    for (const p of ['situation>wish', 'wish>check', 'check>process', 'process>action', 'action>assessment', 'assessment>action', 'assessment>process', 'assessment>done']) {
      expect(pairs).toContain(p);
    }
    for (const e of [...data.edges.flatMap((x) => x.events), ...data.everywhere.map((x) => x.event)]) for (const locale of ['nl', 'en'] as const) expect(eventLabel(e, locale), `${locale} ${e}`).toBeDefined();
    expect(data.everywhere).toContainEqual({ event: 'crisis.report', to: 'help' });
  });

  it('has the decision points of the stroomschema', () => {
    expect(points.map((p) => p.id).sort()).toEqual(['age', 'benefit', 'care', 'condition', 'goal', 'region', 'severity', 'work']);
  });

  it('puts every route in exactly one place under every branch', () => {
    const ids = catalogue.routes.map((r) => r.id).sort();
    for (const p of points) {
      for (const b of p.branches) expect([...b.fits, ...b.check, ...b.out].sort(), `${p.id}/${b.id}`).toEqual(ids);
    }
  });

  for (const dim of Object.keys(BRANCH_VALUES) as EnumDecision[]) {
    it(`${dim}: every route sits under the branches its eligibility data allows`, () => {
      const p = point(dim);
      expect(p.branches.map((b) => b.id)).toEqual([...BRANCH_VALUES[dim]]);
      for (const b of p.branches) for (const r of catalogue.routes) expect(verdictIn(b, r.id), `${dim}=${b.id} ${r.id}`).toBe(expected(r, dim, b.id));
      expect(p.silent.sort()).toEqual(catalogue.routes.filter((r) => 'unknown' in r.eligibility[dim]).map((r) => r.id).sort());
    });
  }

  it('region: regional routes only under their own regions; the rest everywhere', () => {
    const p = point('region');
    const named = new Set(catalogue.routes.flatMap((r) => (r.regions.scope === 'regional' ? r.regions.arbeidsmarktregios : [])));
    expect(p.branches.map((b) => b.id)).toEqual([...[...named].sort((a, b) => a.localeCompare(b, 'nl')), OTHER_REGION]);
    for (const b of p.branches) {
      for (const r of catalogue.routes) {
        const want: Verdict =
          r.regions.scope !== 'regional' ? 'fits' : !r.regions.arbeidsmarktregios.includes(b.id) ? 'out' : r.regions.gemeenten ? 'check' : 'fits';
        expect(verdictIn(b, r.id), `${b.id} ${r.id}`).toBe(want);
      }
    }
  });

  it('age: the bands cover every age once, and each age in a band gets the verdict the data gives', () => {
    const bands = point('age').branches;
    const covered = bands.flatMap((b) => {
      const [from, to] = b.id.split('-').map(Number) as [number, number];
      return Array.from({ length: to - from + 1 }, (_, i) => from + i);
    });
    expect(covered).toEqual(Array.from({ length: MAX_AGE - MIN_AGE + 1 }, (_, i) => MIN_AGE + i));
    for (const b of bands) {
      const [from, to] = b.id.split('-').map(Number) as [number, number];
      for (let age = from; age <= to; age++) {
        for (const r of catalogue.routes) {
          const a = r.eligibility.age;
          const want: Verdict =
            !('min' in a || 'max' in a) ? 'fits'
            : (a.min !== undefined && age < a.min) || (a.max !== undefined && age > a.max) ? 'out'
            : a.askAges?.includes(age) ? 'check'
            : 'fits';
          expect(verdictIn(b, r.id), `${age} ${r.id}`).toBe(want);
        }
      }
    }
  });

  it('lists every follow-up of the catalogue at the assessment step', () => {
    const n = catalogue.routes.reduce((s, r) => s + r.followUps.length, 0);
    expect(data.followUps).toHaveLength(n);
    expect(n).toBeGreaterThan(0);
  });
});

describe('the layout', () => {
  const layout = layoutMap(data);
  const texts = layout.shapes.flatMap((s) => (s.kind === 'text' ? [s] : []));

  it('is one column 320 units wide, with text of at least 16 units (14 px on a 320 px screen)', () => {
    expect(layout.width).toBe(WIDTH);
    expect(Math.min(...texts.map((t) => t.size))).toBeGreaterThanOrEqual(16);
    for (const t of texts) expect(t.x + t.text.length * t.size * 0.56, t.text).toBeLessThanOrEqual(WIDTH);
    for (const s of layout.shapes) if (s.kind === 'rect') expect(s.y + s.h).toBeLessThanOrEqual(layout.height);
  });

  it('wide: two columns of decision points that never overlap, text inside 640 units', () => {
    const wide = layoutMap(data, WIDE);
    expect(wide.width).toBe(640);
    for (const t of wide.shapes) if (t.kind === 'text') expect(t.x + t.text.length * t.size * 0.56, t.text).toBeLessThanOrEqual(640);
    const points = wide.shapes.flatMap((s) => (s.kind === 'rect' && s.tone === 'point' ? [s] : []));
    expect(new Set(points.map((p) => p.x)).size).toBe(2);
    for (const a of points) {
      for (const b of points) {
        if (a === b) continue;
        const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
        expect(apart).toBe(true);
      }
    }
    expect(wide.height).toBeLessThan(layout.height);
  });

  it('wraps words and cuts the ones that are too long', () => {
    expect(wrap('een twee drie vier', 9)).toEqual(['een twee', 'drie vier']);
    expect(wrap('arbeidsmarktregio', 8)).toEqual(['arbeids-', 'marktre-', 'gio']);
    expect(maxChars(280, 16)).toBe(31);
  });
});

describe('the stroomschema in English', () => {
  const en = stroomschema(loadCatalogue({ locale: 'en' }), 'en');
  const enPoint = (id: string) => en.steps.flatMap((s) => s.decisions).find((p) => p.id === id)!;

  it('has the same steps, branches and verdicts as the Dutch, with English labels', () => {
    expect(en.locale).toBe('en');
    expect(en.steps.map((s) => [s.id, s.decisions.map((p) => p.branches.map((b) => [b.id, b.fits, b.check, b.out]))])).toEqual(
      data.steps.map((s) => [s.id, s.decisions.map((p) => p.branches.map((b) => [b.id, b.fits, b.check, b.out]))]),
    );
    expect(stepHeading(en.steps.find((s) => s.id === 'wish')!, 'en')).toBe('Step 2: Your wish');
    expect(enPoint('goal').title).toBe('What do you want to achieve?');
    expect(enPoint('benefit').branches.find((b) => b.id === 'bijstand')!.label).toBe('Yes, from the municipality (bijstand)');
    expect(enPoint('region').branches.map((b) => b.label)).toContain('Region Midden-Utrecht');
    expect(enPoint('region').branches.at(-1)!.label).toBe('Another region');
    expect(enPoint('age').branches.map((b) => b.label)).toContain('28 to 70 years');
    expect(eventLabel('crisis.report', 'en')).toBe('help right now');
    expect(eventLabel('no.such-event', 'en')).toBeUndefined();
  });

  it('draws English words only, within the same width', () => {
    const layout = layoutMap(en);
    const words = layout.shapes.flatMap((s) => (s.kind === 'text' ? [s.text] : [])).join(' ');
    expect(words).toContain('Drops out:');
    expect(words).not.toMatch(/Valt af|Vraag na|mogelijk|Stap \d/);
    for (const t of layout.shapes) if (t.kind === 'text') expect(t.x + t.text.length * t.size * 0.56, t.text).toBeLessThanOrEqual(WIDTH);
  });
});
