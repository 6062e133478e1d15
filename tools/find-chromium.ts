/** Finds a Chromium for Playwright: `CHROMIUM_PATH`, Playwright's own, then a system Chromium or Chrome; says
 * what to install otherwise. It never installs anything: a test command should not change the machine. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

/** Flags for headless Chromium here: no sandbox as root, and no background calls to a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const SYSTEM_BROWSERS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export function findChromium(): string | undefined {
  const dirs = (process.env.PATH ?? '').split(path.delimiter);
  return [
    process.env.CHROMIUM_PATH,
    chromium.executablePath(),
    ...dirs.flatMap((dir) => SYSTEM_BROWSERS.map((name) => path.join(dir, name))),
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ].find((candidate): candidate is string => Boolean(candidate && existsSync(candidate)));
}

/** The Chromium {@link findChromium} finds; exits with what to install when there is none. */
export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  console.error(`No Chromium or Chrome was found for the end-to-end tests.
Install one of these, then run \`npm test\` again:
  - Debian/Ubuntu: sudo apt-get install -y chromium
  - anywhere with internet: npx playwright install chromium
  - or point CHROMIUM_PATH at a Chromium/Chrome binary.`);
  process.exit(1);
}

if (import.meta.main) console.log(`Chromium: ${ensureChromium()}`);
