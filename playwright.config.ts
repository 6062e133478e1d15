import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tools/find-chromium.ts';
import { freePort } from './tools/free-port.ts';

// Playwright loads the config in the main process and in every worker: the ports chosen by the main
// process are handed to the workers through the environment.
process.env.E2E_PORT ??= String(await freePort());
process.env.E2E_BASE_PORT ??= String(await freePort());
const PORT = process.env.E2E_PORT;
/** A second build made with a base path, served from a sub-path as GitHub Pages would. */
const BASE_PORT = process.env.E2E_BASE_PORT;
export const BASE_PATH = '/factsheet/';
const executablePath = findChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  // Two cores shared by two workers: generous per-test time, no wall-clock assertions.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: 'chromium', use: { browserName: 'chromium' }, testIgnore: /base-path\.spec\.ts/ },
    {
      name: 'base-path',
      use: { browserName: 'chromium', baseURL: `http://localhost:${BASE_PORT}${BASE_PATH}` },
      testMatch: /base-path\.spec\.ts/,
    },
  ],
  webServer: [
    {
      command: `node tools/serve.ts --dir dist --port ${PORT}`,
      url: `http://localhost:${PORT}/`,
      reuseExistingServer: false,
    },
    {
      command: `node tools/serve.ts --dir dist-base --port ${BASE_PORT} --base ${BASE_PATH}`,
      url: `http://localhost:${BASE_PORT}${BASE_PATH}`,
      reuseExistingServer: false,
    },
  ],
});
