import { UWV_BENEFITS, type Answers } from '@/lib/answers/schema';
import { isRouteToWork, type AskAt, type Catalogue, type Route } from '@/lib/catalogue/schema';
import type { Locale } from '@/lib/i18n/locale';
import type { Reason } from '@/lib/engine/evaluate';
import { phrases, type Phrases } from '@/lib/engine/phrases';

/*
 * The recommended route: one first step a person can take today, what comes after it, a few
 * real alternatives, tools to use alongside, and one list of what to check first.
 *
 * The first step is chosen by an explicit decision order taken from the stroomschema and the
 * seeds (docs/decision-order.md), not by summed scores. Scores (rank.ts) only order routes
 * that are equal under that order. Each branch below names the seed lines it rests on; the
 * persona table in route.test.ts has a row per branch that fails if it changes.
 *
 *  1. crisis                  → crisis-help, and nothing else (002:743, 002:1355, 002:1470-1477)
 *  2. employed or sick-listed → employer-and-bedrijfsarts (000:353, 000:351, 004:268-270)
 *  3. severe and in GGZ care  → the integrated offer of the person's own instelling: WABZ where
 *                               instelling and region match (004:1719-1720, 004:1737), Actief
 *                               herstel at own pace (004:1517-1521), else IPS via the team, else
 *                               ask-care-team (004:2231-2237, 000:220-222)
 *  4. severe, no GGZ care     → ask-huisarts (004:2233-2237, 004:2299-2305, 001:375)
 *  5. a UWV benefit           → Naar werk when ready, Werkfit maken when not (004:1335-1345,
 *                               004:1356, 004:2215-2229), else ask-uwv
 *  6. bijstand                → with other problems (debts, housing) and GGZ care: EXIT, the
 *                               gemeente and the GGZ-instelling together (002:640); else
 *                               a regional route that fits (004:2214), else the gemeente's
 *                               re-integratie (004:1728-1734, 004:2215-2229), else ask-gemeente
 *  7. no benefit / not known  → a regional route open to the person (004:2214), else
 *                               ask-gemeente (004:2228-2229, 004:2299-2305)
 */

export const ACTION_IDS = ['crisis-help', 'employer-and-bedrijfsarts', 'ask-gemeente', 'ask-uwv', 'ask-huisarts', 'ask-care-team'] as const;
export type ActionId = (typeof ACTION_IDS)[number];

export const DECISION_RULES = ['crisis', 'employee', 'severe-in-care', 'severe-no-care', 'uwv-benefit', 'bijstand', 'no-benefit'] as const;
export type DecisionRule = (typeof DECISION_RULES)[number];

/** When a then-step comes: a result from the assessment step, or a condition of its own. */
export const THEN_WHEN = ['job-found', 'ready-for-work', 'education-started', 'step-up', 'firm-wish', 'via-employer', 'via-gemeente', 'via-uwv', 'via-care-team'] as const;
export type ThenWhen = (typeof THEN_WHEN)[number];
const isThenWhen = (x: string): x is ThenWhen => (THEN_WHEN as readonly string[]).includes(x);

export type Why = { text: string; answers: string[]; sources: string[] };

export type FirstStep = {
  type: 'route' | 'action';
  id: string;
  title: string;
  /** 1–3 short reasons, the decision's own first. */
  why: Why[];
  howToStart: string;
};

/** A companion of the route (issue 18): what it is in a sentence, and what the person can say to ask for it. */
export type Companion = { id: string; why: string; say: string };

export type RecommendedRoute = {
  /** Which branch of the decision order chose the first step. */
  rule: DecisionRule;
  firstStep: FirstStep;
  then: { id: string; when: ThenWhen; whenText: string }[];
  alternatives: { id: string; tradeOff: string }[];
  alongside: { id: string; why: string }[];
  /** What an employer, gemeente or UWV can arrange around a job (kind instrument). */
  instruments: Companion[];
  /** Rules that protect a benefit while the person tries work (kind safety-net). */
  safetyNets: Companion[];
  /** Evidence-based kinds of help without a named provider: "vraag naar …" (kind kind-of-help). */
  askAbout: Companion[];
  checkFirst: { text: string; askAt: AskAt }[];
};

export const LIMITS = { why: 3, then: 2, alternatives: 3, alongside: 2, instruments: 4, safetyNets: 1, askAbout: 3, checkFirst: 4 } as const;

/** What route.ts needs of each judged route (advise.ts's judgement). */
export type Judgement = { route: Route; group: 'recommended' | 'conditional' | 'notSuitable'; score: number; reasons: Reason[] };

const SOURCES = {
  crisis: ['002:743', '002:1355', '002:1470-1477'],
  employee: ['000:353', '004:268-270'],
  employeeAtRisk: ['000:351', '004:268-270'],
  integrated: ['004:2231-2237'],
  integratedHere: ['004:1719-1720', '004:1737'],
  stepwise: ['004:1517-1521', '003:92-94'],
  severeNoCare: ['004:2233-2237', '004:2299-2305', '001:375'],
  uwv: ['004:2215-2229'],
  uwvReadiness: ['004:1335-1345', '004:1356'],
  bijstand: ['004:1728-1734', '004:2215-2229'],
  regional: ['004:2214'],
  noBenefit: ['004:2228-2229', '004:2299-2305'],
  /** Stepwise routes lead to paid work less often than IPS: once the wish is firm, IPS or WABZ. */
  firmWish: ['004:2064-2067', '004:162-167'],
  /** EXIT: bijstand with multiple problems incl. psychische klachten, Sociale Dienst and GGZ-instelling together. */
  exit: ['002:640'],
} as const;

/** Routes that serve people who already have work: after a job is found, never an alternative for someone without one. */
const forWorkers = (r: Route) => r.kind === 'workplace' || r.kind === 'jobcoaching';
const isTool = (r: Route) => r.kind === 'support-tool';
const WORK_GOALS = new Set(['paid-work', 'keep-job', 'education']);
/** Answers that say what a person wants, rather than who they are. */
const PERSONAL = new Set(['wish.goal', 'wish.support', 'wish.pace', 'priorities', 'situation.municipality']);

/** The first sentence of a text (a short cell or line where the whole text is too long). */
export const firstSentence = (text: string) => /^.*?[.!?](\s|$)/.exec(text)?.[0].trim() ?? text;
const paceOf = (r: Route) => ('value' in r.pace ? r.pace.value : undefined);
const supports = (r: Route, s: string) => r.supports.some((x) => x.value === s);
const careTied = (r: Route) => r.kind === 'integrated-care-work' || supports(r, 'treatment-and-work');
const EVIDENCE_ORDER = { strong: 3, moderate: 2, limited: 1, none: 0 } as const;

function askAtOf(r: Route): AskAt {
  const via = r.access.via[0];
  return via === undefined || via === 'self' ? 'provider' : via;
}

export function recommendRoute(a: Answers, judged: readonly Judgement[], catalogue: Catalogue, locale: Locale): RecommendedRoute {
  const p = phrases(locale);
  const s = a.situation;
  const byId = new Map(judged.map((j) => [j.route.id, j]));
  const fits = (id: string) => byId.get(id)?.group === 'recommended';
  const open = (id: string) => {
    const g = byId.get(id)?.group;
    return g === 'recommended' || g === 'conditional';
  };
  const why = (key: keyof Phrases['route']['why'], answers: string[], sources: readonly string[]): Why => ({ text: p.route.why[key](), answers, sources: [...sources] });
  const action = (id: ActionId, reasons: Why[]): FirstStep => ({
    type: 'action',
    id,
    title: p.route.action[id].title(),
    why: reasons,
    howToStart:
      id === 'crisis-help'
        ? p.route.action[id].how({ lines: catalogue.help.map((h) => `${h.name}${h.phone ? ` (${h.phone})` : ''}`).join('; ') })
        : p.route.action[id].how(),
  });
  const routeStep = (id: string, reasons: Why[]): FirstStep => {
    const j = byId.get(id)!;
    // What the person asked for (kind of support, pace, priorities, place) says why this route
    // rather than another; eligibility passes ("for people who want paid work. You want paid
    // work.") only repeat the answers back, and a reason on an answer the decision already
    // named would say the same thing twice.
    const named = new Set(reasons.flatMap((r) => r.answers));
    const personal = j.reasons.filter((r) => {
      const says = r.type === 'fits' && r.answers.length > 0 && r.answers.every((x) => PERSONAL.has(x) && !named.has(x));
      if (says) r.answers.forEach((x) => named.add(x));
      return says;
    });
    const how = j.route.access.how;
    return {
      type: 'route',
      id,
      title: j.route.name,
      why: [...reasons, ...personal.map((r) => ({ text: r.text, answers: r.answers, sources: r.sources }))].slice(0, LIMITS.why),
      howToStart: 'text' in how ? how.text : p.route.howUnknown({ who: p.labels.askAt[how.askAt] }),
    };
  };

  /*
   * A first step must say how to start: the route's own way in, or someone who can tell
   * (its link, or a party such as the gemeente). A route whose way in is unknown, that only
   * says "ask the provider" and names no link to that provider, is never the first step.
   */
  const canStart = (id: string) => {
    const r = byId.get(id)?.route;
    if (!r) return false;
    const how = r.access.how;
    return 'text' in how || how.askAt !== 'provider' || r.links.length > 0;
  };
  const fitsAndStarts = (id: string) => fits(id) && canStart(id);
  const openAndStarts = (id: string) => open(id) && canStart(id);

  const decided = decide();
  const first = decided.first;
  if (decided.rule === 'crisis') return { rule: 'crisis', firstStep: first, then: [], alternatives: [], alongside: [], instruments: [], safetyNets: [], askAbout: [], checkFirst: [] };

  const used = new Set<string>(first.type === 'route' ? [first.id] : []);
  const then = thenSteps().filter((t) => !used.has(t.id) && open(t.id)).slice(0, LIMITS.then);
  then.forEach((t) => used.add(t.id));

  const hasJob = s.work === 'employed' || s.work === 'sick-listed';
  const ranked = [...judged.filter((j) => j.group === 'recommended'), ...judged.filter((j) => j.group === 'conditional')];
  const alternatives = ranked
    .filter((j) => !used.has(j.route.id) && isRouteToWork(j.route.kind) && (hasJob || !forWorkers(j.route)))
    .slice(0, LIMITS.alternatives)
    .map((j) => ({ id: j.route.id, tradeOff: tradeOff(j.route) }));
  alternatives.forEach((x) => used.add(x.id));

  const workGoal = WORK_GOALS.has(a.wish.goal ?? '');
  const steps = [first.type === 'route' ? byId.get(first.id)?.route : undefined, ...then.map((t) => byId.get(t.id)?.route)].filter((r): r is Route => r !== undefined);
  const stepwiseOrOwnPace = steps.some((r) => r.kind === 'stepwise') || a.wish.pace === 'own-pace';
  const alongside = judged
    .filter((j) => j.group === 'recommended' && isTool(j.route) && !used.has(j.route.id))
    // Coral helps decide what to tell an employer (003:172-174): only for someone heading for work.
    .filter((j) => j.route.id !== 'coral' || workGoal)
    // Peer support (lotgenoten, ervaringsdeskundigen) goes beside a stepwise or own-pace route, or
    // when the person asks for peers: recognition and learning from each other on the way to
    // work, voluntary and at one's own pace (003:123-131; 001:1144-1148).
    .filter((j) => !supports(j.route, 'peers') || stepwiseOrOwnPace || wantsPeers())
    // Where it may go alongside, peer support goes first: people on their way to work often
    // need to share experiences with others who go through the same (003:125), which the other
    // tools do not give. A stable sort: the rest keep the advice's order.
    .sort((x, y) => Number(supports(y.route, 'peers')) - Number(supports(x.route, 'peers')))
    .slice(0, LIMITS.alongside)
    .map((j) => ({ id: j.route.id, why: firstSentence(j.route.summary.text) }));

  // Companions that are not routes (issue 18), each where the seeds place it. Ruled out by
  // their own eligibility means not shown; what is left is ordered as the advice orders it.
  const companion = (j: Judgement): Companion => ({ id: j.route.id, why: firstSentence(j.route.summary.text), say: j.route.access.say });
  const ofKind = (kind: Route['kind']) => ranked.filter((j) => j.route.kind === kind);
  // Instruments around a placement (proefplaatsing, loonkostensubsidie, no-riskpolis …) decide in
  // practice whether a placement happens (001:952, 002:625, 002:633, 004:2197-2199): shown to
  // someone heading for work, not while the first step is care (severe, no treatment yet).
  const instruments = workGoal && decided.rule !== 'severe-no-care' ? ofKind('instrument').slice(0, LIMITS.instruments).map(companion) : [];
  // Simpel Switchen: stepping from dagbesteding into work with the earlier benefit to fall back
  // on, also within Actief herstel (004:2178-2181, 003:115): shown where the person worries
  // about income, goes to dagbesteding, or the route is stepwise.
  const worriesAboutIncome = (a.priorities ?? []).includes('income-security') || s.dayActivities === true || steps.some((r) => r.kind === 'stepwise');
  const safetyNets = worriesAboutIncome ? ofKind('safety-net').slice(0, LIMITS.safetyNets).map(companion) : [];
  // Kinds of help shown to work for unemployed people with CMD, with no named Dutch provider:
  // "vraag naar …" (002:678-682). Only on the branches for people without work and without
  // severe complaints (the studies excluded clinical depression, 002:482).
  const unemployedRule = decided.rule === 'uwv-benefit' || decided.rule === 'bijstand' || decided.rule === 'no-benefit';
  const askAbout = unemployedRule ? ofKind('kind-of-help').slice(0, LIMITS.askAbout).map(companion) : [];

  // One merged list of what to check, from the first step and the alternatives, each said once.
  const seen = new Set<string>();
  const checkFirst: RecommendedRoute['checkFirst'] = [];
  // Then-steps come later, when their own moment comes: what to check for them can wait.
  for (const id of [first.type === 'route' ? first.id : undefined, ...alternatives.map((x) => x.id)]) {
    const j = id ? byId.get(id) : undefined;
    if (!j || j.group !== 'conditional') continue;
    for (const r of j.reasons.filter((x) => x.type === 'check')) {
      if (seen.has(r.text) || checkFirst.length >= LIMITS.checkFirst) continue;
      seen.add(r.text);
      checkFirst.push({ text: r.text, askAt: askAtOf(j.route) });
    }
  }
  return { rule: decided.rule, firstStep: first, then: then.map((t) => ({ ...t, whenText: p.route.when[t.when]() })), alternatives, alongside, instruments, safetyNets, askAbout, checkFirst };

  function wantsPeers() {
    return (a.priorities ?? []).includes('peers') || (a.wish.support ?? []).includes('peers');
  }

  function decide(): { rule: DecisionRule; first: FirstStep } {
    if (s.crisis) return { rule: 'crisis', first: action('crisis-help', [why('crisis', ['situation.crisis'], SOURCES.crisis)]) };

    if (s.work === 'sick-listed') return { rule: 'employee', first: action('employer-and-bedrijfsarts', [why('employee', ['situation.work'], SOURCES.employee)]) };
    if (s.work === 'employed') return { rule: 'employee', first: action('employer-and-bedrijfsarts', [why('employeeAtRisk', ['situation.work'], SOURCES.employeeAtRisk)]) };

    const inGgz = s.care === 'specialist-ggz' || s.care === 'basic-ggz';
    if (s.severity === 'severe' && inGgz) {
      // Asking for treatment and work together is what this reason already says.
      const asked = (a.wish.support ?? []).includes('treatment-and-work') ? ['wish.support'] : [];
      const reason = why('integrated', ['situation.severity', 'situation.care', ...asked], SOURCES.integrated);
      // WABZ passes only where the person's instelling and region are both named for it.
      if (fitsAndStarts('werk-als-beste-zorg')) return { rule: 'severe-in-care', first: routeStep('werk-als-beste-zorg', [reason, why('integratedHere', ['situation.careProvider', 'situation.municipality'], SOURCES.integratedHere)]) };
      if (fitsAndStarts('actief-herstel') && a.wish.pace !== 'fast') return { rule: 'severe-in-care', first: routeStep('actief-herstel', [why('stepwise', ['wish.pace', 'wish.support', 'situation.careProvider'], SOURCES.stepwise)]) };
      if (openAndStarts('ips')) return { rule: 'severe-in-care', first: routeStep('ips', [reason]) };
      const integrated = judged.find((j) => j.group === 'recommended' && j.route.kind === 'integrated-care-work' && canStart(j.route.id));
      if (integrated) return { rule: 'severe-in-care', first: routeStep(integrated.route.id, [reason]) };
      return { rule: 'severe-in-care', first: action('ask-care-team', [reason]) };
    }
    if (s.severity === 'severe' && (s.care === 'none' || s.care === 'gp')) {
      return { rule: 'severe-no-care', first: action('ask-huisarts', [why('severeNoCare', ['situation.severity', 'situation.care'], SOURCES.severeNoCare)]) };
    }

    const uwv = s.benefit === 'uwv-unknown' || (UWV_BENEFITS as readonly string[]).includes(s.benefit ?? '');
    if (uwv) {
      const reason = why('uwv', ['situation.benefit'], SOURCES.uwv);
      const ready = a.wish.pace === 'fast' || (a.wish.support ?? []).includes('find-job-fast');
      const order = ready ? ['naar-werk', 'werkfit-maken'] : ['werkfit-maken', 'naar-werk'];
      const pick = order.find(fitsAndStarts) ?? order.find(openAndStarts);
      if (pick) return { rule: 'uwv-benefit', first: routeStep(pick, [reason, why(pick === 'naar-werk' ? 'uwvReady' : 'uwvNotReady', ['wish.pace', 'wish.support'], SOURCES.uwvReadiness)]) };
      return { rule: 'uwv-benefit', first: action('ask-uwv', [reason]) };
    }

    const regional = regionalFit();
    if (s.benefit === 'bijstand') {
      const reason = why('bijstand', ['situation.benefit'], SOURCES.bijstand);
      // EXIT was made for bijstand clients with several problems at once, psychische klachten
      // among them, with the Sociale Dienst and a GGZ-instelling working closely together
      // (002:640). Whether a gemeente has it today the seeds do not say: open (it may be a
      // check) is enough, as for IPS via the team.
      if (s.multipleProblems === true && inGgz && openAndStarts('exit')) {
        return { rule: 'bijstand', first: routeStep('exit', [why('exit', ['situation.benefit', 'situation.multipleProblems', 'situation.care'], SOURCES.exit)]) };
      }
      if (regional) return { rule: 'bijstand', first: routeStep(regional.route.id, [why('regional', ['situation.municipality'], SOURCES.regional)]) };
      if (openAndStarts('gemeentelijke-re-integratie')) return { rule: 'bijstand', first: routeStep('gemeentelijke-re-integratie', [reason]) };
      return { rule: 'bijstand', first: action('ask-gemeente', [reason]) };
    }

    if (regional) return { rule: 'no-benefit', first: routeStep(regional.route.id, [why('regional', ['situation.municipality'], SOURCES.regional), why('noBenefitOpen', ['situation.benefit'], SOURCES.noBenefit)]) };
    return { rule: 'no-benefit', first: action('ask-gemeente', [why(s.benefit === 'none' ? 'noBenefit' : 'unknownBenefit', ['situation.benefit'], SOURCES.noBenefit)]) };
  }

  /** A regional route to work that fits the person in every respect, the one closest to their pace first. */
  function regionalFit(): Judgement | undefined {
    const candidates = judged.filter((j) => j.group === 'recommended' && j.route.regions.scope === 'regional' && isRouteToWork(j.route.kind) && !forWorkers(j.route) && canStart(j.route.id));
    const paceScore = (j: Judgement) => {
      const pace = paceOf(j.route);
      return pace === undefined || !a.wish.pace ? 0 : pace === 'both' || pace === a.wish.pace ? 1 : -1;
    };
    return candidates.sort((x, y) => paceScore(y) - paceScore(x) || y.score - x.score || (x.route.id < y.route.id ? -1 : 1))[0];
  }

  function thenSteps(): { id: string; when: ThenWhen }[] {
    if (first.type === 'route') {
      const route = byId.get(first.id)!.route;
      const follow = route.followUps.flatMap((f) => (isThenWhen(f.result) ? f.routes.map((id) => ({ id, when: f.result as ThenWhen })) : []));
      // From a stepwise start, IPS or WABZ once the wish for paid work is firm (004:2064-2067).
      const inCare = s.care === 'specialist-ggz' || s.care === 'basic-ggz';
      const integratedNext =
        route.kind === 'stepwise' && inCare
          ? ['werk-als-beste-zorg', 'ips'].filter(open).slice(0, 1).map((id) => ({ id, when: 'firm-wish' as const }))
          : [];
      // Follow-ups in the order a person meets them: being ready for work comes before a job.
      const order: Record<string, number> = { 'ready-for-work': 0, 'firm-wish': 1, 'education-started': 2, 'step-up': 3, 'job-found': 4 };
      return [...follow, ...integratedNext].sort((x, y) => (order[x.when] ?? 9) - (order[y.when] ?? 9));
    }
    const via = (kinds: (r: Route) => boolean, when: ThenWhen) =>
      judged.filter((j) => j.group === 'recommended' && kinds(j.route)).map((j) => ({ id: j.route.id, when }));
    switch (first.id as ActionId) {
      case 'employer-and-bedrijfsarts':
        return via((r) => r.kind === 'workplace' || r.kind === 'jobcoaching', 'via-employer');
      case 'ask-care-team':
        return ['ips', 'werk-als-beste-zorg'].filter(open).map((id) => ({ id, when: 'via-care-team' as const }));
      case 'ask-uwv':
        // Whatever UWV offers this person, also what may need checking first: asking UWV is the
        // way to find out. For WW that is UWV's online offer (002:389-407), which the seeds
        // describe as of 2014 and so is a check ("does it still exist?"), not a fit.
        return judged.filter((j) => j.group !== 'notSuitable' && j.route.kind === 'uwv-service').map((j) => ({ id: j.route.id, when: 'via-uwv' as const }));
      case 'ask-gemeente':
        return via((r) => r.kind === 'municipal-service', 'via-gemeente');
      default:
        return [];
    }
  }

  /** One sentence on how an alternative differs from the first step. */
  function tradeOff(alt: Route): string {
    const t = p.route.trade;
    const base = first.type === 'route' ? byId.get(first.id)!.route : undefined;
    const firstName = first.title;
    const diffs: string[] = [];
    const altPace = paceOf(alt);
    const basePace = base ? paceOf(base) : undefined;
    if (altPace && altPace !== basePace && altPace !== 'both') diffs.push(altPace === 'own-pace' ? t.ownPace() : t.fast());
    if (base && careTied(alt) !== careTied(base)) diffs.push(careTied(alt) ? t.withCare() : t.withoutCare());
    if (supports(alt, 'peers') && !(base && supports(base, 'peers'))) diffs.push(t.peers());
    if (base) {
      const d = EVIDENCE_ORDER[alt.evidence.level] - EVIDENCE_ORDER[base.evidence.level];
      if (d > 0) diffs.push(t.strongerEvidence());
      if (d < 0) diffs.push(t.weakerEvidence());
    }
    const who = p.route.who[alt.access.via[0] ?? 'provider']();
    if (diffs.length === 0) return t.same({ first: firstName, who });
    return t.sentence({ first: firstName, differences: [...diffs.slice(0, 2), t.via({ who })].join(', ') });
  }
}
