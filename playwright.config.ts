import { defineConfig } from '@playwright/test';
import { BASE_SITE, SITE } from './tests/support/builds.ts';
import { CHROMIUM_ARGS, findChromium } from './tools/find-chromium.ts';
import { freePort } from './tools/free-port.ts';

// Playwright loads the config in the main process and in every worker: the ports chosen by the main
// process are handed to the workers through the environment.
const PORT = (process.env.E2E_PORT ??= String(await freePort()));
const BASE_PORT = (process.env.E2E_BASE_PORT ??= String(await freePort()));
const executablePath = findChromium();

/** Each build served as a static host would, with page addresses relative to `baseURL`. */
const serve = (port: string, build: typeof SITE) => ({
  command: `node tools/serve.ts --dir ${build.dir} --port ${port} --base ${build.base}`,
  url: `http://localhost:${port}${build.base}`,
});

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  // Two cores shared by two workers: generous per-test time, no wall-clock assertions.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://localhost:${PORT}${SITE.base}`,
    screenshot: 'only-on-failure',
    // No view transitions or animations: Chromium can report a skipped cross-document transition as a
    // page error when a test navigates quickly, and no test is about motion.
    contextOptions: { reducedMotion: 'reduce' },
    // The offline copy's service worker would copy the whole site in the background of every test;
    // only the offline test (which allows it) is about it.
    serviceWorkers: 'block',
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'chromium', use: { browserName: 'chromium' }, testIgnore: /base-path\.spec\.ts/ },
    {
      name: 'base-path',
      use: { browserName: 'chromium', baseURL: `http://localhost:${BASE_PORT}${BASE_SITE.base}` },
      testMatch: /base-path\.spec\.ts/,
    },
  ],
  webServer: [serve(PORT, SITE), serve(BASE_PORT, BASE_SITE)],
});
