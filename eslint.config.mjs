// ESLint for the whole repo, run by `npm run lint` (part of `npm test`) at zero warnings.
//
// Why the plugins come from `routewijzer-lint` (tools/lint): the project type-checks with
// TypeScript 7, the native compiler, which has no JavaScript API. typescript-eslint parses with
// that API and accepts TypeScript <6.1, so tools/lint is a local `file:` package that depends on
// typescript@6.0.3 (the last JS release, which reads this tsconfig as 7 does). npm nests that
// typescript under tools/lint/node_modules, because the root asks for ^7: `tsc` stays 7 and
// eslint gets 6. ts-api-utils (used by typescript-eslint) accepts any typescript >=4.8, so npm
// would hoist it to the root next to typescript 7 and it would crash on load; the root's
// `overrides` entry pins its typescript to 6.0.3, which makes npm nest it under tools/lint too.
// Making typescript-eslint a root devDependency fails instead: npm refuses a peer that conflicts
// with the root's typescript ^7, overridden or not, and an aliased typescript@5 would not be the
// `typescript` that typescript-eslint requires.
import { createTypeScriptImportResolver, importX, layersPlugin, nextPlugin, reactHooks, tseslint } from 'routewijzer-lint';

const SOURCES = ['**/*.{ts,tsx,mts}'];

/** Everything that may use next/link or next/navigation: the locale-aware wrappers. */
const NAVIGATION_WRAPPERS = ['lib/i18n/**', 'components/common/link.tsx'];
const NAVIGATION = [
  { name: 'next/link', message: 'Use Link from @/components/common/link: it adds the /en prefix.' },
  {
    name: 'next/navigation',
    message: 'Use @/lib/i18n/server (localRedirect, RedirectType, notFound): it keeps the language. Only lib/i18n and components/common/link.tsx wrap next/navigation.',
  },
  {
    name: 'next-intl/server',
    message: 'Use getTranslations from @/lib/i18n/server: it keeps parsed messages across requests, where next-intl parses them again for each.',
  },
];
const ENGINE_PACKAGES = ['next', 'next/*', 'react', 'react/*', 'react-dom', 'react-dom/*', 'xstate', 'xstate/*', 'next-intl', 'next-intl/*'];

export default tseslint.config(
  { ignores: ['.next/**', '.bench/**', 'node_modules/**', 'tools/**', 'bench/**', 'test-results/**', 'playwright-report/**', '.stryker-tmp/**', 'reports/**', '.catalogue-cache/**', 'next-env.d.ts', 'clients/typescript/api.d.ts'] },
  {
    files: SOURCES,
    // Syntax-only rules: the type-aware set (recommendedTypeChecked) runs with TypeScript 6 too,
    // but took ~8 minutes on the shared build machine and flagged mostly `any` from JSON.parse in
    // tests (150 of 212 findings on 2026-12-02). Worth turning on once those are typed.
    extends: [tseslint.configs.recommended],
    plugins: { '@next/next': nextPlugin, 'react-hooks': reactHooks, 'import-x': importX, layers: layersPlugin },
    settings: {
      // import-x reads only .js files for no-cycle unless told which extensions and parser to use.
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
      ...reactHooks.configs.flat.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      'import-x/no-duplicates': 'error',
      'layers/no-folder-cycle': 'error',
      '@typescript-eslint/no-restricted-imports': ['error', { paths: NAVIGATION }],
    },
  },
  {
    files: ['lib/engine/**'],
    ignores: ['lib/engine/**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: NAVIGATION, patterns: [{ group: ENGINE_PACKAGES, message: 'The engine is pure: no Next, React, XState or next-intl in lib/engine.' }] },
      ],
    },
  },
  {
    files: ['lib/**'],
    ignores: ['lib/**/*.test.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { zones: [{ target: './lib', from: ['./app', './components'], message: 'lib/ is below the UI: move the shared code into lib/.' }] },
      ],
    },
  },
  { files: NAVIGATION_WRAPPERS, rules: { '@typescript-eslint/no-restricted-imports': 'off' } },
  {
    // The statechart needs the question ids and nothing that computes advice or holds words:
    // loading it must not load the engine, the catalogue or the message files.
    files: ['machines/route-machine.ts'],
    rules: {
      'layers/no-runtime-reach': [
        'error',
        { forbid: ['lib/engine', 'lib/catalogue', 'lib/i18n', 'content', 'next', 'next-intl', 'react'], why: 'the machine imports only question ids.' },
      ],
    },
  },
  {
    // Tests poke at parsed JSON and YAML on purpose (breaking a content file, reading examples).
    files: ['**/*.test.{ts,tsx}', 'tests/**', 'lib/catalogue/content-fixture.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.{mjs,cjs,js}'],
    extends: [tseslint.configs.recommended],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
