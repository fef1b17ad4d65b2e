// Mutation testing (issue 14): `npm run mutation`. Not part of `npm test`; see docs/quality.md.
// Another folder for a second report (e.g. before and after a change): STRYKER_REPORT_DIR=reports/other.
const reportDir = process.env.STRYKER_REPORT_DIR ?? 'reports/mutation';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  // The vitest runner, adapted to Vitest 5 on Node 20 (see the file).
  plugins: ['@stryker-mutator/vitest-runner', './scripts/stryker-vitest5-runner.mjs'],
  testRunner: 'vitest5',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  // No checker: @stryker-mutator/typescript-checker drives the TypeScript JS API, which the
  // native TypeScript 7 compiler does not have. Mutants that would not compile run anyway;
  // the tests kill them or they count against the score, never in its favour.
  checkers: [],
  // Stryker rewrites the sandbox's tsconfig.json with the same JS API (ts.parseConfigFileTextToJson)
  // and crashes on TypeScript 7. Ours has no `extends` or `references` that leave the project, so
  // there is nothing to rewrite: point Stryker at a file that does not exist and it skips the step.
  tsconfigFile: 'tsconfig.stryker-skip.json',
  mutate: [
    'lib/engine/**/*.ts',
    'lib/journey/**/*.ts',
    'machines/**/*.ts',
    'lib/plan/file.ts',
    '!**/*.test.ts',
  ],
  coverageAnalysis: 'perTest',
  // Two cores here; on a bigger machine pass --concurrency N.
  concurrency: 1,
  timeoutMS: 30_000,
  // The load on a shared machine stretches test times; a generous factor keeps slow runs from counting as timeouts.
  timeoutFactor: 3,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `${reportDir}/index.html` },
  jsonReporter: { fileName: `${reportDir}/mutation.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: false, reportScoreTable: true },
  // The sandbox is a copy of the project; what the unit tests never read need not be copied.
  ignorePatterns: ['.next', 'reports', 'test-results', 'playwright-report', 'coverage', 'tests/e2e', 'public', 'bench', '.bench', '.ci'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  thresholds: { high: 90, low: 80, break: 80 },
};
