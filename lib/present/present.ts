import type { AnswerBenefit } from '@/lib/answers/schema';
import { isUnknown, type CatalogueMeta, type EvidenceLevel, type FactOrUnknown, type Kind, type Outcome, type Route, type StudyType } from '@/lib/catalogue/schema';
import { parseSeedRef, publicRefId } from '@/lib/catalogue/sources';
import { messages } from '@/content/messages';
import type { Locale } from '@/lib/i18n/locale';
import { phrases } from '@/lib/engine/phrases';

/*
 * How catalogue facts read on a page, in the interface's language (content/messages/{nl,en}/engine.ts,
 * `present`). A fact the sources are silent on always reads "Onbekend. Vraag het na bij …":
 * never a guess. Pass the catalogue of the same language (getCatalogue(locale)) for the facts.
 * The named Dutch records (kindLabel …) are kept for code that has no language yet; use
 * presentLabels(locale) for another language.
 */

export function factText(f: FactOrUnknown, locale: Locale): string {
  if (!isUnknown(f)) return f.text;
  const p = phrases(locale);
  return p.present.unknown({ who: p.labels.askAt[f.askAt] });
}

export type PresentLabels = {
  kind: Record<Kind, string>;
  evidence: Record<EvidenceLevel, string>;
  studyType: Record<StudyType, string>;
};

/** The names of kinds, evidence levels and study types in a language. */
export function presentLabels(locale: Locale): PresentLabels {
  const p = messages[locale].engine.present;
  return { kind: p.kind, evidence: p.evidence, studyType: p.studyType };
}

/**
 * A figure's number as people read it: rounded ("49"), or a range when the source gives
 * one ("67–75"), never one end of a range alone. `exact` keeps the decimals ("48.8").
 */
export function figureValue(o: Pick<Outcome, 'value' | 'max'>, { exact = false } = {}): string {
  const n = (x: number) => String(exact ? x : Math.round(x));
  return o.max === undefined ? n(o.value) : `${n(o.value)}–${n(o.max)}`;
}

/** The same with the percent sign on each end: "49%", "67%–75%". */
export function figurePercent(o: Pick<Outcome, 'value' | 'max'>, options: { exact?: boolean } = {}): string {
  return figureValue(o, options)
    .split('–')
    .map((x) => `${x}%`)
    .join('–');
}

/** "Ongeveer 49 van de 100 mensen vonden betaald werk."; a range reads "Ongeveer 67–75 van de 100 …". */
export function figureSentence(o: Outcome, locale: Locale): string {
  return phrases(locale).present.figure({ value: figureValue(o), text: o.text });
}

/** Duration lines for this person: their benefit's maximum first, then the general facts. */
export function durationLines(route: Route, benefit: AnswerBenefit | undefined, locale: Locale): string[] {
  const lines: string[] = [];
  const own = route.duration.perBenefit.find((d) => benefit !== undefined && (d.benefits as readonly string[]).includes(benefit));
  if (own) lines.push(own.text);
  else for (const d of route.duration.perBenefit) lines.push(d.text);
  if (!isUnknown(route.duration.general) || lines.length === 0) lines.push(factText(route.duration.general, locale));
  if (!isUnknown(route.duration.hours)) lines.push(route.duration.hours.text);
  return lines;
}

export function costText(route: Route, locale: Locale): string {
  return 'free' in route.costToYou ? route.costToYou.text : factText(route.costToYou, locale);
}

/** "Deskresearch (2025), regel 1438–1440" for a seed ref; the source's title for pub:… */
export function sourceLabel(ref: string, meta: CatalogueMeta, publicTitles: ReadonlyMap<string, string>, locale: Locale): string {
  const seed = parseSeedRef(ref);
  if (seed) {
    const s = meta.seeds[seed.seed];
    const p = phrases(locale).present;
    const values = { title: s?.title ?? seed.seed, year: String(s?.year ?? '?'), from: String(seed.from), to: String(seed.to) };
    return seed.from === seed.to ? p.sourceLine(values) : p.sourceLines(values);
  }
  const id = publicRefId(ref);
  return (id && publicTitles.get(id)) ?? ref;
}

/** All distinct source refs in a route, for its source list. */
export function routeSources(route: Route): string[] {
  const out = new Set<string>();
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'src' && Array.isArray(x)) x.forEach((r) => out.add(String(r)));
        else walk(x);
      }
    }
  };
  walk(route);
  return [...out].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
