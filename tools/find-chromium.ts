/**
 * Finds a Chromium for Playwright: Playwright's own download, then a system Chromium or Chrome. When none
 * is found and we are root on Debian, installs Debian's `chromium` with apt. Prints the path it found;
 * exits non-zero with instructions otherwise. The Playwright config imports `findChromium()`.
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

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Finds a Chromium, installing Debian's package when that is possible; exits with advice otherwise. */
export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  if (isRoot && existsSync('/etc/debian_version') && onPath('apt-get')) {
    console.log('No Chromium found: installing Debian\'s "chromium" package with apt-get…');
    const apt = (...args: string[]) =>
      execFileSync('apt-get', args, {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    try {
      apt('install', '-y', '--no-install-recommends', 'chromium');
    } catch {
      apt('update');
      apt('install', '-y', '--no-install-recommends', 'chromium');
    }
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error(
    [
      'No Chromium or Chrome was found for the end-to-end tests.',
      'Do one of these, then run `npm test` again:',
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
