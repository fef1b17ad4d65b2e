import { getCatalogue } from '@/lib/catalogue/load';
import { machineDeps } from '@/lib/journey/deps';
import { createRouteMachine, type MachineDeps, type RouteMachine } from '@/machines/route-machine';

/** The statechart for the shipped catalogue, built once per server process. */
let cached: { machine: RouteMachine; deps: MachineDeps } | undefined;

export function journeyRuntime() {
  if (!cached) {
    const deps = machineDeps(getCatalogue('nl'));
    cached = { machine: createRouteMachine(deps), deps };
  }
  return cached;
}
