import type { AnswerBenefit } from '@/lib/answers/schema';
import { isUnknown, type CatalogueMeta, type EvidenceLevel, type FactOrUnknown, type Kind, type Outcome, type Route, type StudyType } from '@/lib/catalogue/schema';
import { parseSeedRef, publicRefId } from '@/lib/catalogue/sources';
import { askAtLabel } from '@/lib/engine/labels';

/*
 * How catalogue facts read on a page. A fact the sources are silent on always reads
 * "Onbekend. Vraag het na bij …": never a guess.
 */

export function factText(f: FactOrUnknown): string {
  return isUnknown(f) ? `Onbekend. Vraag het na bij ${askAtLabel[f.askAt]}.` : f.text;
}

export const kindLabel: Record<Kind, string> = {
  'uwv-service': 'Hulp van UWV',
  'municipal-service': 'Hulp van de gemeente',
  'integrated-care-work': 'Zorg en werk samen',
  jobcoaching: 'Jobcoaching',
  stepwise: 'Stap voor stap naar werk',
  training: 'Training',
  workplace: 'Aanpak op de werkplek',
  'support-tool': 'Hulpmiddel',
};

export const evidenceLabel: Record<EvidenceLevel, string> = {
  strong: 'Sterk bewijs',
  moderate: 'Redelijk bewijs',
  limited: 'Weinig bewijs',
  none: 'Nog geen bewijs',
};

export const studyTypeLabel: Record<StudyType, string> = {
  'meta-analysis': 'meta-analyse (veel studies samen)',
  review: 'overzicht van studies',
  rct: 'gerandomiseerd onderzoek',
  controlled: 'onderzoek met vergelijkingsgroep',
  cohort: 'volgonderzoek, zonder vergelijkingsgroep',
  monitoring: 'cijfers uit de praktijk',
  evaluation: 'evaluatie, zonder vergelijkingsgroep',
  feasibility: 'haalbaarheidsonderzoek',
};

/** "Ongeveer 49 van de 100 mensen vonden betaald werk." */
export function figureSentence(o: Outcome): string {
  return `Ongeveer ${Math.round(o.value)} van de 100 mensen ${o.text}.`;
}

/** Duration lines for this person: their benefit's maximum first, then the general facts. */
export function durationLines(route: Route, benefit: AnswerBenefit | undefined): string[] {
  const lines: string[] = [];
  const own = route.duration.perBenefit.find((d) => benefit !== undefined && (d.benefits as readonly string[]).includes(benefit));
  if (own) lines.push(own.text);
  else for (const d of route.duration.perBenefit) lines.push(d.text);
  if (!isUnknown(route.duration.general) || lines.length === 0) lines.push(factText(route.duration.general));
  if (!isUnknown(route.duration.hours)) lines.push(route.duration.hours.text);
  return lines;
}

export function costText(route: Route): string {
  return 'free' in route.costToYou ? route.costToYou.text : factText(route.costToYou);
}

/** "Deskresearch (2025), regel 1438–1440" for a seed ref; the source's title for pub:… */
export function sourceLabel(ref: string, meta: CatalogueMeta, publicTitles: ReadonlyMap<string, string>): string {
  const seed = parseSeedRef(ref);
  if (seed) {
    const s = meta.seeds[seed.seed];
    const lines = seed.from === seed.to ? `regel ${seed.from}` : `regels ${seed.from}–${seed.to}`;
    return `${s?.title ?? seed.seed} (${s?.year ?? '?'}), ${lines}`;
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
