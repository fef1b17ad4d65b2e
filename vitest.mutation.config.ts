import path from 'node:path';
import { defineConfig } from 'vitest/config';

/*
 * The unit suite as the mutation run (stryker.config.mjs, `npm run mutation`) uses it.
 * Stryker runs the covering tests once per mutant, and on a 2-core machine every test file
 * it loads costs a second or two (the catalogue is read and parsed at the top of most of
 * them). So the score is what the mutated folders' own tests catch: the tests of
 * lib/engine, lib/journey, machines and the plan file. The engine is also exercised by
 * the plan, intake, meeting, API and component tests; they are left out here, so they can
 * only make the real score higher than the reported one, never lower.
 * Property tests try a tenth of their cases (tests/support/property-runs.ts), which can
 * likewise only lower the score. The shipped catalogue is read once per run, not once per
 * test file and mutant (tests/support/catalogue-cache.ts).
 */
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\/lib\/catalogue\/load$/, replacement: path.resolve(import.meta.dirname, 'tests/support/catalogue-cache.ts') },
      { find: '@', replacement: path.resolve(import.meta.dirname) },
    ],
  },
  test: {
    include: [
      'lib/engine/**/*.test.ts',
      'lib/journey/**/*.test.ts',
      'machines/**/*.test.ts',
      'lib/plan/file.test.ts',
      'lib/plan/file.cases.test.ts',
      'lib/plan/consent-file.test.ts',
    ],
    environment: 'node',
    env: { PROPERTY_RUNS_DIVISOR: '10' },
    // Test files share a worker's module cache, so the catalogue is not read again for each.
    isolate: false,
    pool: 'threads',
    // A mutant can make a test slow; Stryker's own timeout (timeoutMS) decides.
    testTimeout: 120_000,
  },
});
