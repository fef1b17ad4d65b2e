import { createActor, type StateValue } from 'xstate';
import { createTestModel } from 'xstate/graph';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '@/lib/catalogue/load';
import { machineDeps } from '@/lib/journey/deps';
import { leafStateKeys } from '@/lib/journey/flow';
import { QUESTION_IDS, QUESTIONS, type QuestionId } from '@/lib/journey/questions';
import { createRouteMachine, type JourneyEvent, type JourneySnapshot, type Patch } from '@/machines/route-machine';

const catalogue = loadCatalogue();
const deps = machineDeps(catalogue);
const machine = createRouteMachine(deps);

const start = () => createActor(machine).start();
const at = (a: ReturnType<typeof start>) => JSON.stringify(a.getSnapshot().value);
const question = (q: QuestionId) =>
  JSON.stringify({ journey: { [['support', 'pace', 'priorities'].includes(q) ? 'wish' : 'situation']: q } });

/** Werkfit-maken persona (seed 004:1343): WIA, not yet ready for work, in Groningen. */
const werkfitPersona: [QuestionId, Patch][] = [
  ['crisis', { situation: { crisis: false } }],
  ['condition', { situation: { condition: 'mental-health' } }],
  ['severity', { situation: { severity: 'moderate' } }],
  ['care', { situation: { care: 'basic-ggz' } }],
  ['work', { situation: { work: 'none' } }],
  ['benefit', { situation: { benefit: 'wia-wga' } }],
  ['municipality', { situation: { municipality: '0014' } }],
  ['careProvider', { situation: { careProvider: 'other' } }],
  ['careOverOneYear', { situation: { careOverOneYear: false } }],
  ['dayActivities', { situation: { dayActivities: false } }],
  ['targetGroupRegister', { situation: { targetGroupRegister: 'no' } }],
  ['age', { situation: { age: 40 } }],
  ['goal', { wish: { goal: 'paid-work' } }],
  ['support', { wish: { support: ['skills', 'confidence'] } }],
  ['pace', { wish: { pace: 'own-pace' } }],
  ['priorities', { priorities: ['income-security'] }],
];

/** Answers the question the machine shows, from the persona, until the check page. */
function answerAll(a: ReturnType<typeof start>, persona = werkfitPersona) {
  for (let guard = 0; guard < 40 && !at(a).includes('check'); guard++) {
    const v = a.getSnapshot().value as { journey: Record<string, string> };
    const q = Object.values(v.journey)[0] as QuestionId;
    // A question the persona does not name (a new one) gets its registry's first choice.
    const patch = persona.find(([id]) => id === q)?.[1] ?? choices(q)[0]!;
    a.send({ type: 'answer.submit', question: q, patch });
  }
  expect(at(a)).toBe('{"journey":"check"}');
}

describe('route machine: examples', () => {
  it('starts at the crisis question of step 1', () => {
    expect(at(start())).toBe(question('crisis'));
  });

  it('walks situation → wish → check → process → action → assessment, and on to Naar werk after Werkfit', () => {
    const a = start();
    answerAll(a);
    const asked = a.getSnapshot().context.answered;
    expect(asked).toContain('benefit');
    expect(asked).not.toContain('dayActivities'); // only Actief herstel asks it, and that is ruled out by now
    a.send({ type: 'answers.confirm' });
    expect(at(a)).toBe('{"journey":"process"}');
    a.send({ type: 'route.choose', route: 'werkfit-maken' });
    expect(at(a)).toBe('{"journey":"action"}');
    a.send({ type: 'assessment.start' });
    expect(at(a)).toBe('{"journey":{"assessment":"report"}}');
    a.send({ type: 'result.report', result: 'ready-for-work', date: '2026-11-22' });
    expect(at(a)).toBe('{"journey":{"assessment":"decide"}}');
    expect(a.getSnapshot().context.suggested).toEqual(['naar-werk']);
    a.send({ type: 'assessment.continue', route: 'naar-werk' });
    const s = a.getSnapshot();
    expect(s.value).toEqual({ journey: 'action' });
    expect(s.context.chosenRoute).toBe('naar-werk');
    expect(s.context.history).toEqual([{ route: 'werkfit-maken', result: 'ready-for-work', date: '2026-11-22' }]);
  });

  it('suggests support to keep a job once one is found, and finishes when asked', () => {
    const a = start();
    answerAll(a);
    a.send({ type: 'answers.confirm' });
    a.send({ type: 'route.choose', route: 'naar-werk' });
    a.send({ type: 'assessment.start' });
    a.send({ type: 'result.report', result: 'job-found', date: '2026-11-22' });
    expect(a.getSnapshot().context.suggested).toEqual(['jobcoaching']);
    a.send({ type: 'assessment.finish' });
    expect(at(a)).toBe('{"journey":"done"}');
  });

  it('goes back to the action step while a route is still running, and to process to choose another after stopping', () => {
    const a = start();
    answerAll(a);
    a.send({ type: 'answers.confirm' });
    a.send({ type: 'route.choose', route: 'werkfit-maken' });
    a.send({ type: 'assessment.start' });
    a.send({ type: 'result.report', result: 'still-running', date: '2026-11-22' });
    expect(at(a)).toBe('{"journey":"action"}');
    a.send({ type: 'assessment.start' });
    a.send({ type: 'result.report', result: 'stopped', date: '2026-12-01' });
    a.send({ type: 'assessment.chooseOther' });
    expect(at(a)).toBe('{"journey":"process"}');
    expect(a.getSnapshot().context.history.map((h) => h.result)).toEqual(['still-running', 'stopped']);
  });

  it('sends a crisis answer to help first, then on to the next question, and does not ask again', () => {
    const a = start();
    a.send({ type: 'answer.submit', question: 'crisis', patch: { situation: { crisis: true } } });
    expect(at(a)).toBe('"help"');
    a.send({ type: 'help.continue' });
    expect(at(a)).toBe(question('condition'));
    a.send({ type: 'nav.back' });
    a.send({ type: 'answer.submit', question: 'crisis', patch: { situation: { crisis: true } } });
    expect(at(a)).toBe(question('condition'));
  });

  it('reaches help from any step and returns to where the person was', () => {
    const a = start();
    answerAll(a);
    a.send({ type: 'answers.confirm' });
    a.send({ type: 'crisis.report' });
    expect(at(a)).toBe('"help"');
    a.send({ type: 'help.continue' });
    expect(at(a)).toBe('{"journey":"process"}');
  });

  it('goes back over skipped questions only', () => {
    const a = start();
    answerAll(a);
    a.send({ type: 'nav.back' });
    expect(at(a)).toBe(question('priorities'));
    for (let i = 0; i < 4; i++) a.send({ type: 'nav.back' });
    const q = Object.values((a.getSnapshot().value as { journey: Record<string, string> }).journey)[0] as QuestionId;
    expect(deps.isAsked(q, a.getSnapshot().context.answers)).toBe(true);
  });

  it('returns to the check page after changing one answer, via questions that became relevant', () => {
    const a = start();
    answerAll(a);
    a.send({ type: 'answers.edit', question: 'pace' });
    expect(at(a)).toBe(question('pace'));
    a.send({ type: 'answer.submit', question: 'pace', patch: { wish: { pace: 'fast' } } });
    expect(at(a)).toBe('{"journey":"check"}');
    expect(a.getSnapshot().context.answers.wish.pace).toBe('fast');
  });

  it('stays on a question without an answer, and ignores an answer to another question', () => {
    const a = start();
    a.send({ type: 'nav.next' });
    expect(at(a)).toBe(question('crisis'));
    a.send({ type: 'answer.submit', question: 'benefit', patch: { situation: { benefit: 'ww' } } });
    expect(at(a)).toBe(question('crisis'));
    expect(a.getSnapshot().context.answers.situation.benefit).toBeUndefined();
  });

  it('forgets everything on reset', () => {
    const a = start();
    answerAll(a);
    a.send({ type: 'answers.reset' });
    expect(at(a)).toBe(question('crisis'));
    expect(a.getSnapshot().context.answered).toEqual([]);
  });

  it('does not leave the check page while asked questions are unanswered', () => {
    const snapshot = machine.resolveState({ value: { journey: 'check' }, context: createActor(machine).getSnapshot().context });
    const b = createActor(machine, { snapshot }).start();
    b.send({ type: 'answers.confirm' });
    expect(at(b)).toBe('{"journey":"check"}');
  });
});

/* ---------- generated paths ---------- */

/*
 * One answer per question is enough to reach every question state: bijstand makes the
 * doelgroepregister matter (jobcoaching), Enschede makes dagbesteding matter (Actief
 * herstel), severe complaints in the GGZ make provider and time in care matter. A question
 * not named here is answered with its registry's first choice.
 */
const chosen: Partial<Record<QuestionId, Patch[]>> = {
  crisis: [{ situation: { crisis: false } }, { situation: { crisis: true } }],
  condition: [{ situation: { condition: 'mental-health' } }],
  severity: [{ situation: { severity: 'severe' } }],
  care: [{ situation: { care: 'specialist-ggz' } }],
  work: [{ situation: { work: 'none' } }],
  benefit: [{ situation: { benefit: 'bijstand' } }],
  municipality: [{ situation: { municipality: '0153' } }],
  careProvider: [{ situation: { careProvider: 'mediant' } }],
  careOverOneYear: [{ situation: { careOverOneYear: true } }],
  dayActivities: [{ situation: { dayActivities: true } }],
  targetGroupRegister: [{ situation: { targetGroupRegister: 'yes' } }],
  age: [{ situation: { age: 30 } }],
  goal: [{ wish: { goal: 'paid-work' } }],
  support: [{ wish: { support: [] } }],
  pace: [{ wish: { pace: 'own-pace' } }],
  priorities: [{ priorities: [] }],
};

function choices(q: QuestionId): Patch[] {
  const named = chosen[q];
  if (named) return named;
  const def = QUESTIONS[q];
  switch (def.kind) {
    case 'radio':
      return [def.choices[0]!.patch];
    case 'checkbox':
      return [def.patch([])];
    case 'municipality':
      return [{ situation: { municipality: '0153' } }];
    case 'age':
      return [{ situation: { age: def.min } }];
  }
}

function eventsFor(s: JourneySnapshot): JourneyEvent[] {
  const v = s.value as StateValue;
  const common: JourneyEvent[] = [{ type: 'nav.back' }, { type: 'crisis.report' }];
  if (v === 'help') return [{ type: 'help.continue' }];
  const journey = (v as { journey: StateValue }).journey;
  if (typeof journey === 'object') {
    const [step, sub] = Object.entries(journey)[0] as [string, string];
    if (step === 'situation' || step === 'wish') {
      const q = sub as QuestionId;
      return [...choices(q).map((patch) => ({ type: 'answer.submit' as const, question: q, patch })), ...common];
    }
    if (sub === 'report') return [{ type: 'result.report', result: 'ready-for-work', date: '2026-11-22' }, { type: 'result.report', result: 'still-running', date: '2026-11-22' }, ...common];
    return [{ type: 'assessment.continue', route: 'naar-werk' }, { type: 'assessment.chooseOther' }, { type: 'assessment.finish' }, ...common];
  }
  switch (journey) {
    case 'check':
      return [{ type: 'answers.confirm' }, { type: 'answers.edit', question: 'benefit' }, ...common];
    case 'process':
      return [{ type: 'route.choose', route: 'werkfit-maken' }, { type: 'priorities.set', priorities: ['own-pace'] }, ...common];
    case 'action':
      return [{ type: 'assessment.start' }, ...common];
    default:
      return common;
  }
}

/**
 * createTestModel adds a bare `{ type }` event for every event a state accepts that the
 * `events` function does not list; those payload-less events would blow the graph up (and
 * test nothing real), so only the listed events are followed.
 */
const only = (list: (s: JourneySnapshot) => JourneyEvent[]) => (s: JourneySnapshot, e: JourneyEvent) =>
  list(s).some((x) => JSON.stringify(x) === JSON.stringify(e));

const serialize = (s: JourneySnapshot) => {
  const c = s.context;
  return JSON.stringify([s.value, c.answers, c.answered.length, c.returnToCheck, c.crisisAcknowledged, c.helpFrom, c.chosenRoute, c.lastResult]);
};

const leafStates = () => leafStateKeys(machine);

const flat = (v: StateValue): string =>
  typeof v === 'string' ? v : Object.entries(v).map(([k, sub]) => `${k}.${flat(sub as StateValue)}`)[0]!;

function checkInvariants(s: JourneySnapshot) {
  const c = s.context;
  const v = flat(s.value);
  const step = v.split('.')[1];
  if (step === 'situation' || step === 'wish') expect(deps.isAsked(v.split('.')[2] as QuestionId, c.answers), v).toBe(true);
  if (['process', 'action', 'assessment', 'done'].includes(step ?? '')) {
    for (const q of QUESTION_IDS) if (deps.isAsked(q, c.answers)) expect(c.answered, `${v}: ${q}`).toContain(q);
  }
  if (['action', 'assessment', 'done'].includes(step ?? '')) expect(c.chosenRoute).not.toBeNull();
}

describe('route machine: generated paths', () => {
  let paths: ReturnType<ReturnType<typeof createTestModel<typeof machine>>['getShortestPaths']> = [];
  beforeAll(() => {
    paths = createTestModel(machine, { events: eventsFor, filterEvents: only(eventsFor) as never, serializeState: serialize as never }).getShortestPaths();
    // Walking the whole graph is CPU work: on a busy machine it takes longer than the default 10 s.
  }, 120_000);

  it('reaches every state of the statechart', () => {
    // Paths that are a prefix of a longer path are dropped by xstate/graph, so count every
    // state passed on the way, not only where each path ends.
    const reached = new Set(paths.flatMap((p) => [p.state, ...p.steps.map((s) => s.state)].map((s) => flat(s.value))));
    for (const leaf of leafStates()) expect(reached, `not reached: ${leaf}`).toContain(leaf);
  });

  it('keeps its invariants on every shortest path, replayed on a live actor', () => {
    expect(paths.length).toBeGreaterThan(20);
    const checked = new Set<string>();
    for (const path of paths) {
      const a = start();
      for (const step of path.steps.slice(1)) {
        a.send(step.event);
        const s = a.getSnapshot();
        const key = serialize(s);
        if (!checked.has(key)) {
          checkInvariants(s);
          checked.add(key);
        }
      }
      expect(serialize(a.getSnapshot())).toBe(serialize(path.state));
    }
    expect(checked.size).toBeGreaterThan(100);
  });

  it('finds simple paths from the check page to the end of an assessment, all ending in done', () => {
    const a = start();
    answerAll(a);
    // Forward moves and the assessment loop only: going back through every question would
    // make the number of cycle-free paths explode without testing anything new.
    const loop = (s: JourneySnapshot): JourneyEvent[] => {
      switch (flat(s.value)) {
        case 'journey.check':
          return [{ type: 'answers.confirm' }];
        case 'journey.process':
          return [{ type: 'route.choose', route: 'werkfit-maken' }];
        case 'journey.action':
          return [{ type: 'assessment.start' }];
        case 'journey.assessment.report':
          return [
            { type: 'result.report', result: 'ready-for-work', date: '2026-11-22' },
            { type: 'result.report', result: 'still-running', date: '2026-11-22' },
          ];
        case 'journey.assessment.decide':
          return [{ type: 'assessment.continue', route: 'naar-werk' }, { type: 'assessment.chooseOther' }, { type: 'assessment.finish' }];
        default:
          return [];
      }
    };
    const afterAnswers = createTestModel(machine, { events: loop, filterEvents: only(loop) as never, serializeState: serialize as never });
    const simple = afterAnswers.getSimplePaths({ fromState: a.getSnapshot(), toState: (s) => flat(s.value) === 'journey.done' });
    expect(simple.length).toBeGreaterThan(0);
    for (const p of simple) {
      expect(flat(p.state.value)).toBe('journey.done');
      expect(p.state.context.history.length).toBeGreaterThan(0);
    }
  });
});
