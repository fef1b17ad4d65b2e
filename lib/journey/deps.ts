import type { Catalogue, Result } from '@/lib/catalogue/schema';
import { makeIsAsked } from '@/lib/journey/is-asked';
import type { MachineDeps } from '@/machines/route-machine';

/** What the statechart needs from the catalogue: which questions matter, where to go next. */
export function machineDeps(catalogue: Catalogue): MachineDeps {
  return {
    isAsked: makeIsAsked(catalogue),
    followUps: (route: string, result: Result) =>
      catalogue.routes
        .find((r) => r.id === route)
        ?.followUps.filter((f) => f.result === result)
        .flatMap((f) => f.routes) ?? [],
  };
}
