import { createActor, type AnyStateMachine, type EventFromLogic, type SnapshotFrom } from 'xstate';

/*
 * xstate's getNextSnapshot(machine, snapshot, event), without its fixed cost. getNextSnapshot
 * builds a throwaway actor on every call, and an actor's constructor works out the machine's
 * initial state: about 35 µs of a 38 µs transition of the route machine. The wizard walks the
 * statechart on every page (which question may show, "vraag 3 van 17", where "vorige" goes),
 * some 20 to 40 transitions per request.
 *
 * This keeps one inert scope per machine, built as xstate 5's createInertActorScope builds it
 * (an actor that is never started, and nothing that runs an action), and gives it the
 * snapshot before each transition as getNextSnapshot does. Safe to share because:
 * - a transition is synchronous, so no two calls use the scope at once;
 * - the route machine invokes and spawns no actors, so nothing collects in the scope's system;
 * - the scope lets go of the snapshot (a person's answers) as soon as the transition is done.
 * next-snapshot.test.ts holds the result equal to getNextSnapshot's, state and context, on random
 * journeys and every event the pages send through it.
 */

type Scope = Parameters<AnyStateMachine['transition']>[2];
type Held = { self: { _snapshot: unknown }; scope: Scope };
const scopes = new WeakMap<AnyStateMachine, Held>();

function scopeOf(machine: AnyStateMachine): Held {
  let held = scopes.get(machine);
  if (!held) {
    const self = createActor(machine);
    const noop = () => {};
    const scope = { self, defer: noop, id: '', logger: noop, sessionId: '', stopChild: noop, system: self.system, emit: noop, actionExecutor: noop };
    held = { self: self as unknown as Held['self'], scope: scope as unknown as Scope };
    scopes.set(machine, held);
  }
  return held;
}

/** The snapshot after `event`, as getNextSnapshot(machine, snapshot, event) gives it. */
export function nextSnapshot<M extends AnyStateMachine>(machine: M, snapshot: SnapshotFrom<M>, event: EventFromLogic<M>): SnapshotFrom<M> {
  const { self, scope } = scopeOf(machine);
  self._snapshot = snapshot;
  try {
    return machine.transition(snapshot, event, scope) as SnapshotFrom<M>;
  } finally {
    self._snapshot = undefined;
  }
}

/** What the shared scope holds between calls (next-snapshot.test.ts: nothing, so no answers stay in memory). */
export const heldSnapshot = (machine: AnyStateMachine): unknown => scopes.get(machine)?.self._snapshot;
