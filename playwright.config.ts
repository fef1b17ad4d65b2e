import { defineConfig, devices } from '@playwright/test';

/*
 * Browser tests run against the production build (`next build` first, see package.json)
 * served by server.mjs on loopback only. Chromium comes from Debian (/usr/bin/chromium); set
 * CHROMIUM_PATH to use another browser binary, e.g. on a laptop.
 */

const PORT = Number(process.env.E2E_PORT ?? 3107);
/** The public base URL the test server is configured with (ROUTEWIJZER_BASE_URL, lib/site/base-url.ts). */
export const E2E_BASE_URL = 'https://routewijzer.example.nl';
/**
 * The deploying organisation the test server is configured with (lib/site/organisation.ts): a
 * name and two addresses, and on purpose nothing else, so that /over and /privacy show both the
 * configured facts and the "not set" notes (tests/e2e/trust.spec.ts).
 */
export const E2E_ORGANISATION = {
  ROUTEWIJZER_ORG_NAME: 'Gemeente Proefstad (testomgeving)',
  ROUTEWIJZER_ORG_EMAIL: 'routewijzer@proefstad.example.nl',
  ROUTEWIJZER_ORG_PRIVACY_EMAIL: 'privacy@proefstad.example.nl',
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
    env: { ROUTEWIJZER_BASE_URL: E2E_BASE_URL, ...E2E_ORGANISATION },
    stdout: 'pipe',
    stderr: 'pipe',
    timeout: 60_000,
  },
});
