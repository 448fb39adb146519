import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

// We always drive the system Chromium (never a Playwright-downloaded browser).
// Run `node scripts/ensure-tools.mjs chromium` (done by `npm run test:e2e`) to install/verify it.
const executablePath = chromiumPath();
if (!executablePath) {
  throw new Error(
    'Chromium not found. Run `node scripts/ensure-tools.mjs chromium`, ' +
      '`sudo apt-get install -y chromium`, or set CHROMIUM_PATH=/path/to/chrome.',
  );
}

// KL_PORT lets two checkouts on one machine run their e2e tests side by side.
const PORT = Number(process.env.KL_PORT ?? 4321);
const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  use: {
    baseURL: BASE_URL,
    timezoneId: 'UTC',
    locale: 'en-US',
    trace: 'retain-on-failure',
    // Requests a service worker answers bypass page.route, which tests rely on to cut off
    // code (resilience.spec): the worker is allowed only in the specs about it (offline).
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath, args: chromiumArgs },
      },
    },
  ],
  // Serves the already-built dist/ (run `npm run build` first).
  webServer: {
    command: `npx astro preview --port ${PORT} --host 127.0.0.1`,
    url: `${BASE_URL}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
