import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { defineConfig, devices } from '@playwright/test';

/*
 * Browser tests run against the production build (`next build` first, see package.json)
 * served by server.mjs on loopback only. Chromium comes from Debian (/usr/bin/chromium); set
 * CHROMIUM_PATH to use another browser binary, e.g. on a laptop.
 */

const PORT = Number(process.env.E2E_PORT ?? 3107);
/**
 * The deployment under test (tests/e2e/deployment.env): the server gets it, and so does the
 * build (package.json, test:e2e), because the public pages are prerendered with it.
 */
const deployment = parseEnv(readFileSync(path.join(import.meta.dirname, 'tests/e2e/deployment.env'), 'utf8')) as Record<string, string>;
/** The public base URL (ROUTEWIJZER_BASE_URL, lib/site/base-url.ts). */
export const E2E_BASE_URL = deployment.ROUTEWIJZER_BASE_URL!;
/** The deploying organisation (lib/site/organisation.ts). */
export const E2E_ORGANISATION = {
  ROUTEWIJZER_ORG_NAME: deployment.ROUTEWIJZER_ORG_NAME!,
  ROUTEWIJZER_ORG_EMAIL: deployment.ROUTEWIJZER_ORG_EMAIL!,
  ROUTEWIJZER_ORG_PRIVACY_EMAIL: deployment.ROUTEWIJZER_ORG_PRIVACY_EMAIL!,
};
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'nl-NL',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // The production server (server.mjs: Next's handler with our own HTTP timeouts), as deployed.
    command: `node server.mjs --hostname 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/api/v1/openapi.json`,
    reuseExistingServer: false,
    env: deployment,
    stdout: 'pipe',
    stderr: 'pipe',
    timeout: 60_000,
  },
});
