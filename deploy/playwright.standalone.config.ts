import path from 'node:path';
import { defineConfig } from '@playwright/test';
import base from '../playwright.config';

/*
 * The browser tests against what is deployed: the standalone folder (`npm run build`, which
 * runs deploy/standalone.mjs after `next build`), started by its own copy of server.mjs, as the
 * Dockerfile starts it. `npm run test:e2e:standalone`; one file:
 * `npx playwright test -c deploy/playwright.standalone.config.ts tests/e2e/journeys.spec.ts`.
 * Tests that start a server of their own (scripts/lib/server.ts) still start the project's.
 */
const PORT = Number(process.env.E2E_PORT ?? 3107);
const root = path.resolve(import.meta.dirname, '..');
const server = base.webServer;
if (!server || Array.isArray(server)) throw new Error('playwright.config.ts should start one web server');

export default defineConfig({
  ...base,
  testDir: path.join(root, 'tests/e2e'),
  webServer: {
    ...server,
    command: `node ${path.join(root, '.next/standalone/server.mjs')} --hostname 127.0.0.1 --port ${PORT}`,
    // Not the project folder: the standalone server must find everything in its own.
    cwd: '/',
  },
});
