import type { Answers } from '@/lib/answers/schema';
import type { Catalogue } from '@/lib/catalogue/schema';
import type { Gemeente } from '@/lib/regions/regions';
import type { CriterionResult } from '@/lib/engine/evaluate';
import { andList } from '@/lib/engine/labels';

/*
 * Signals: things a person must hear besides the list of routes. `crisis` always comes
 * first; the gap signals say where the Dutch offer does not reach (004:2206-2237,
 * 004:2299-2305) and what to do about it.
 */

export const SIGNAL_IDS = [
  'crisis',
  'gap-no-benefit',
  'gap-severe-no-care',
  'gap-severe-no-integrated-offer',
  'no-regional-offer',
  'region-unknown',
] as const;
export type SignalId = (typeof SIGNAL_IDS)[number];

export type Signal = {
  id: SignalId;
  title: string;
  text: string;
  /** What to do, one step a line. */
  actions: string[];
  answers: string[];
  sources: string[];
  /** Routes the signal is about, e.g. regional routes elsewhere. */
  routes?: string[];
};

export type RouteVerdict = {
  id: string;
  name: string;
  group: 'recommended' | 'conditional' | 'notSuitable';
  kind: string;
  regional: boolean;
  /** It passes because it is tied to the person's care provider. */
  providerConfirmed: boolean;
  /** It fails on the region alone: it would fit if the person lived elsewhere. */
  failsOnRegionAlone: boolean;
};

export function signals(a: Answers, gemeente: Gemeente | undefined, verdicts: readonly RouteVerdict[], catalogue: Catalogue): Signal[] {
  const s = a.situation;
  const out: Signal[] = [];

  if (s.crisis) {
    out.push({
      id: 'crisis',
      title: 'Zorg eerst goed voor jezelf',
      text: 'Je zei dat het nu heel slecht met je gaat. Praat er eerst over met iemand die je direct kan helpen. Werk komt later.',
      actions: catalogue.help.map((h) => `${h.name}: ${h.when}${h.phone ? ` Bel ${h.phone}.` : ''}`),
      answers: ['situation.crisis'],
      sources: ['002:743', '002:1355', ...catalogue.help.flatMap((h) => h.src.filter((x) => x.startsWith('pub:')))],
    });
  }

  if (s.benefit === 'none') {
    out.push({
      id: 'gap-no-benefit',
      title: 'Zonder uitkering hangt het af van je gemeente',
      text: 'Je hebt geen uitkering. Of je dan begeleiding naar werk krijgt, verschilt per gemeente. Sommige gemeenten helpen ook mensen zonder uitkering.',
      actions: [
        'Vraag bij je gemeente (het Werkplein of het wijkteam) of je begeleiding naar werk kunt krijgen, ook zonder uitkering.',
        'Zeg erbij dat je psychische klachten hebt en welke hulp je zoekt.',
        'Ben je in behandeling? Vraag ook je behandelaar wat er bij jou in de buurt is.',
      ],
      answers: ['situation.benefit'],
      sources: ['004:2228-2229', '004:1728-1734', '004:2299-2305'],
    });
  }

  const severe = s.severity === 'severe';
  if (severe && (s.care === 'none' || s.care === 'gp')) {
    out.push({
      id: 'gap-severe-no-care',
      title: 'Bij ernstige klachten helpt zorg en werk samen',
      text:
        'Bij ernstige klachten werken routes waarin zorg en werk samengaan het best, zoals IPS. Daarvoor moet je in behandeling zijn bij de GGZ. Mensen met ernstige klachten die geen behandeling hebben, krijgen nu vaak niet de hulp die ze nodig hebben.',
      actions: [
        'Praat met je huisarts over je klachten en over werk. Vraag of een verwijzing naar de GGZ bij je past.',
        'Vraag bij je gemeente naar begeleiding naar werk die rekening houdt met psychische klachten.',
      ],
      answers: ['situation.severity', 'situation.care'],
      sources: ['004:2231-2237', '004:2299-2305', '001:375'],
    });
  }

  const inGgz = s.care === 'specialist-ggz' || s.care === 'basic-ggz';
  const integrated = verdicts.filter((v) => v.kind === 'integrated-care-work');
  // An integrated offer is only sure when it is tied to where you live or to your provider;
  // whether IPS or IRB is there depends on your GGZ-instelling (004:2231-2237), so those
  // still leave the question to ask.
  const confirmed = (v: RouteVerdict) =>
    v.group === 'recommended' && (v.regional || v.providerConfirmed);
  if (severe && inGgz && !integrated.some(confirmed)) {
    out.push({
      id: 'gap-severe-no-integrated-offer',
      title: 'Vraag je behandelaar naar zorg en werk samen',
      text:
        'Bij ernstige klachten passen routes waarin zorg en werk samengaan het best. Of die er voor jou zijn, hangt af van de GGZ-instelling waar je in behandeling bent.',
      actions: ['Vraag je behandelaar of jullie IPS hebben, of een andere aanpak waarin behandeling en werk samengaan.'],
      answers: ['situation.severity', 'situation.care'],
      sources: ['004:2231-2237'],
      routes: integrated.filter((v) => v.group !== 'notSuitable').map((v) => v.id),
    });
  }

  if (!gemeente) {
    const regional = verdicts.filter((v) => v.regional && v.group === 'conditional').map((v) => v.id);
    out.push({
      id: 'region-unknown',
      title: 'Je hebt niet gezegd waar je woont',
      text: 'Sommige routes zijn er alleen in bepaalde regio’s. Die staan nu bij "misschien ook iets voor jou".',
      actions: ['Vul je gemeente of postcode in om te zien wat er bij jou in de buurt is.'],
      answers: ['situation.municipality'],
      sources: ['004:2214'],
      routes: regional,
    });
  } else {
    // Regional routes that fail on region alone, while nothing regional fits here.
    const elsewhere = verdicts.filter(
      (v) =>
        v.regional &&
        v.group === 'notSuitable' &&
        v.failsOnRegionAlone,
    );
    const regionalHere = verdicts.some((v) => v.regional && v.group !== 'notSuitable');
    if (elsewhere.length > 0 && !regionalHere) {
      out.push({
        id: 'no-regional-offer',
        title: `Geen speciaal aanbod gevonden in de regio ${gemeente.arbeidsmarktregio}`,
        text: `Er zijn routes die bij je zouden passen, maar die er alleen in andere regio’s zijn: ${andList(elsewhere.map((v) => v.name))}. In jouw regio vonden we zo’n aanbod niet. Dat betekent niet dat er niets is: niet alles staat in onze bronnen.`,
        actions: [`Vraag bij de gemeente ${gemeente.name} welke begeleiding naar werk er is voor mensen met psychische klachten.`],
        answers: ['situation.municipality'],
        sources: ['004:2214'],
        routes: elsewhere.map((v) => v.id),
      });
    }
  }
  return out;
}
