import type { Locale } from '@/lib/i18n/locale';
import { resultLabel, stepTitle, eventLabel, type MapStep, type StepEdge, type StroomschemaData } from '@/lib/map/stroomschema';
import { translator } from '@/lib/i18n/translator';
import { andList } from '@/lib/engine/labels';

/*
 * Places the stroomschema on a narrow, tall canvas: one column, so it scales down to a
 * 320 px screen without sideways scrolling. The viewBox is 320 units wide; the page caps
 * the drawing at 26rem, so text of 16 units is at least 14 px on a 320 px screen (the main
 * column there is 288 px) and about 20 px on a desktop. Text is wrapped here, by a
 * conservative estimate of character width, because SVG does not wrap.
 */

export const WIDTH = 320;
export const FONT = 16;
export const TITLE_FONT = 17;
/** Average glyph width of the system sans-serif at 1em, rounded up (Dutch and English text). */
const CHAR_EM = 0.56;
const PAD = 10;
const LINE = 21;

export type Shape =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; tone: 'step' | 'point' | 'end' }
  | { kind: 'text'; x: number; y: number; text: string; size: number; bold: boolean }
  | { kind: 'arrow'; x1: number; y1: number; x2: number; y2: number };

export type MapLayout = { width: number; height: number; shapes: Shape[] };

/** Greedy word wrap to lines of at most `max` characters; longer words are cut. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word.length > max) {
      if (line) {
        lines.push(line);
        line = '';
      }
      lines.push(word.slice(0, max - 1) + '-');
      word = word.slice(max - 1);
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= max) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export const maxChars = (width: number, size: number) => Math.floor(width / (size * CHAR_EM));

/** "Stap 2: Jouw wens"; the steps without a number (check, done) have their title only. */
export function stepHeading(step: MapStep, locale: Locale): string {
  const title = stepTitle(step.id, locale);
  return step.number ? translator(locale, 'map')('stepHeading', { n: step.number, title }) : title;
}

export function edgeText(edge: StepEdge, steps: readonly MapStep[], locale: Locale): string {
  const to = steps.find((s) => s.id === edge.to);
  const where = to ? stepHeading(to, locale) : edge.to;
  return `${where} (${edge.events.map((e) => eventLabel(e, locale) ?? e).join(', ')})`;
}

/** The route names for ids, as one list in the data's language ("a, b en c"). */
export function routeNames(data: StroomschemaData): (ids: readonly string[]) => string {
  const names = new Map(data.routes.map((r) => [r.id, r.name]));
  return (ids) => andList(ids.map((id) => names.get(id) ?? id), data.locale);
}

/** What the catalogue adds to steps 3 and 5: routes that are not open now, and follow-ups. */
export function stepNotes(step: MapStep, data: StroomschemaData): string[] {
  const t = translator(data.locale, 'map');
  const names = new Map(data.routes.map((r) => [r.id, r.name]));
  const name = routeNames(data);
  if (step.id === 'process') {
    const ended = data.routes.filter((r) => r.availability === 'ended' || r.availability === 'not-an-offer').map((r) => r.id);
    const unclear = data.routes.filter((r) => r.availability === 'unclear').map((r) => r.id);
    return [
      t('notes.order'),
      t('notes.all', { count: data.routes.length, names: name(data.routes.map((r) => r.id)) }),
      ...(ended.length ? [t('notes.ended', { names: name(ended) })] : []),
      ...(unclear.length ? [t('notes.unclear', { names: name(unclear) })] : []),
    ];
  }
  if (step.id === 'wish') {
    // rank.ts: support, pace and priorities weigh in the order, never in who may take part.
    return [t('notes.wish')];
  }
  if (step.id === 'assessment') {
    return data.followUps.map((f) =>
      t('notes.followUp', { route: names.get(f.route) ?? f.route, result: resultLabel(f.result, data.locale), routes: name(f.routes) }),
    );
  }
  return [];
}

/** Narrow (phones, one column) or wide (from 640 px, decision points in two columns). */
export type LayoutOptions = { width: number; columns: number };
export const NARROW: LayoutOptions = { width: WIDTH, columns: 1 };
export const WIDE: LayoutOptions = { width: 640, columns: 2 };

export function layoutMap(data: StroomschemaData, { width, columns }: LayoutOptions = NARROW): MapLayout {
  const t = translator(data.locale, 'map');
  const name = routeNames(data);
  const shapes: Shape[] = [];
  let y = 4;
  /** Adds wrapped lines at the cursor `at` (moved down) into `into`. */
  const lines = (into: Shape[], at: { y: number }, x: number, w: number, s: string, size = FONT, bold = false) => {
    // Bold glyphs run about a tenth wider.
    for (const l of wrap(s, maxChars(w, bold ? size * 1.1 : size))) {
      at.y += LINE;
      into.push({ kind: 'text', x, y: at.y, text: l, size, bold });
    }
  };
  const text = (x: number, w: number, s: string, size = FONT, bold = false) => {
    const at = { y };
    lines(shapes, at, x, w, s, size, bold);
    y = at.y;
  };

  data.steps.forEach((step, i) => {
    const top = y;
    const boxX = 2;
    const boxW = width - 4;
    const rect: Shape = { kind: 'rect', x: boxX, y: top, w: boxW, h: 0, tone: step.number ? 'step' : 'end' };
    shapes.push(rect);
    text(boxX + PAD, boxW - 2 * PAD, stepHeading(step, data.locale), TITLE_FONT, true);
    // Decision points go into the shortest column, in order.
    const GAP = 8;
    const colW = (boxW - 12 - GAP * (columns - 1)) / columns;
    const colY = Array.from({ length: columns }, () => y);
    for (const p of step.decisions) {
      const c = colY.indexOf(Math.min(...colY));
      const at = { y: colY[c]! + 8 };
      const pTop = at.y;
      const inner: Shape = { kind: 'rect', x: boxX + 6 + c * (colW + GAP), y: pTop, w: colW, h: 0, tone: 'point' };
      shapes.push(inner);
      const x = inner.x + PAD;
      const w = colW - 2 * PAD;
      lines(shapes, at, x, w, p.title, FONT, true);
      for (const b of p.branches) {
        const n = b.fits.length + b.check.length;
        at.y += 4;
        lines(shapes, at, x, w, t('branchCount', { label: b.label, count: n }), FONT, true);
        if (b.out.length) lines(shapes, at, x + 8, w - 8, t('out', { names: name(b.out) }));
        if (b.check.length) lines(shapes, at, x + 8, w - 8, t('check', { names: name(b.check) }));
      }
      at.y += PAD;
      inner.h = at.y - pTop;
      colY[c] = at.y;
    }
    y = Math.max(y, ...colY);
    for (const note of stepNotes(step, data)) {
      y += 4;
      text(boxX + PAD, boxW - 2 * PAD, note);
    }
    const out = data.edges.filter((e) => e.from === step.id);
    for (const e of out) text(boxX + PAD, boxW - 2 * PAD, `→ ${edgeText(e, data.steps, data.locale)}`);
    y += PAD;
    rect.h = y - top;
    if (i < data.steps.length - 1) {
      shapes.push({ kind: 'arrow', x1: width / 2, y1: y, x2: width / 2, y2: y + 22 });
      y += 26;
    }
  });
  return { width, height: Math.ceil(y + 4), shapes };
}
