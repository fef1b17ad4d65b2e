/**
 * How many cases a fast-check property tries. `npm test` tries `n`. The mutation run
 * (vitest.mutation.config.ts) sets PROPERTY_RUNS_DIVISOR, because it repeats the covering
 * tests once per mutant: fewer cases there can only let a mutant survive, never kill one
 * that the full run would not, so the score it reports is, if anything, too low.
 */
export function runs(n: number): number {
  const divisor = Number(process.env.PROPERTY_RUNS_DIVISOR ?? '1');
  return divisor > 1 ? Math.max(25, Math.ceil(n / divisor)) : n;
}
