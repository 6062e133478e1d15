/**
 * Finds a Chromium for Playwright: `CHROMIUM_PATH`, Playwright's own download, then a system Chromium or
 * Chrome. Prints the path it found; exits non-zero saying what to install otherwise. It never installs
 * anything: a test command should not change the machine. The Playwright config imports `findChromium()`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

function onPath(name: string): string | undefined {
  try {
    return (
      execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() ||
      undefined
    );
  } catch {
    return undefined;
  }
}

/** Path of a usable Chromium, or undefined. Never installs anything. */
export function findChromium(): string | undefined {
  const bundled = (() => {
    try {
      return chromium.executablePath();
    } catch {
      return undefined;
    }
  })();
  const candidates = [
    process.env.CHROMIUM_PATH,
    bundled,
    ...SYSTEM_BROWSERS,
    onPath('chromium'),
    onPath('chromium-browser'),
    onPath('google-chrome'),
  ];
  return candidates.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate)));
}

/** The Chromium {@link findChromium} finds; exits with what to install when there is none. */
export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  console.error(
    [
      'No Chromium or Chrome was found for the end-to-end tests.',
      'Install one of these, then run `npm test` again:',
      '  - Debian/Ubuntu: sudo apt-get install -y chromium',
      '  - anywhere with internet: npx playwright install chromium',
      '  - or point CHROMIUM_PATH at a Chromium/Chrome binary.',
    ].join('\n'),
  );
  process.exit(1);
}

if (import.meta.main) {
  console.log(`Chromium: ${ensureChromium()}`);
}
