import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.ts';

const PORT = 4329;
/** A second build made with a base path, served from a sub-path as GitHub Pages would. */
const BASE_PORT = 4330;
export const BASE_PATH = '/factsheet/';
const executablePath = findChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  // Two cores shared by two workers and Lighthouse: generous per-test time, no wall-clock assertions.
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
      command: `node scripts/serve.ts --dir dist --port ${PORT}`,
      url: `http://localhost:${PORT}/`,
      reuseExistingServer: false,
    },
    {
      command: `node scripts/serve.ts --dir dist-base --port ${BASE_PORT} --base ${BASE_PATH}`,
      url: `http://localhost:${BASE_PORT}${BASE_PATH}`,
      reuseExistingServer: false,
    },
  ],
});
