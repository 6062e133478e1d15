/**
 * `npm run bench:lighthouse`: Lighthouse against the built site in the detected Chromium, printing every
 * category for every template in both languages. Not part of `npm test`: axe and the checks over the
 * build output cover what its accessibility, best-practices and SEO audits look at.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, ensureChromium } from './find-chromium.ts';
import { freePort } from './free-port.ts';
import { LANGS, DEFAULT_LANG, SECTIONS } from '../src/site.config.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
type Scores = Record<Category, number> & { failing: string[] };

/** One page per template: the overview, a theme page, every section and the 404 page. */
const TEMPLATES = [
  '',
  `${readdirSync('content/themes/en')[0]?.replace(/\.mdx$/, '')}/`,
  ...SECTIONS.map((section) => `${section.slug}/`),
  '404.html',
];

async function launchForLighthouse(port: number): Promise<Browser> {
  return chromium.launch({
    executablePath: ensureChromium(),
    args: [`--remote-debugging-port=${port}`, ...CHROMIUM_ARGS],
  });
}

async function audit(
  url: string,
  port: number,
  categories: readonly Category[] = CATEGORIES,
): Promise<Scores> {
  const result = await lighthouse(
    url,
    {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...categories],
      formFactor: 'desktop',
      screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false },
      throttlingMethod: 'provided',
      disableFullPageScreenshot: true,
      // Audits that only add waiting time here (back/forward cache navigates away and back).
      skipAudits: ['bf-cache', 'screenshot-thumbnails', 'final-screenshot'],
    },
    {
      extends: 'lighthouse:default',
      // A static local site settles at once; Lighthouse's default quiet windows only add seconds of waiting.
      settings: {
        pauseAfterFcpMs: 0,
        pauseAfterLoadMs: 0,
        networkQuietThresholdMs: 0,
        cpuQuietThresholdMs: 0,
      },
    },
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  const scores = Object.fromEntries(
    CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]),
  ) as Record<Category, number>;
  const failing = Object.values(lhr.categories)
    .filter((category) => category.id !== 'performance')
    .flatMap((category) => category.auditRefs)
    .map((ref) => lhr.audits[ref.id])
    .filter(
      (a) =>
        a &&
        a.score !== null &&
        a.score < 1 &&
        a.scoreDisplayMode !== 'informative' &&
        a.scoreDisplayMode !== 'manual',
    )
    .map((a) => `${a?.id}: ${a?.title}`);
  return { ...scores, failing };
}

if (import.meta.main) {
  const serverPort = await freePort();
  const debugPort = await freePort();
  const server = spawn(process.execPath, ['tools/serve.ts', '--dir', 'dist', '--port', String(serverPort)], {
    stdio: 'ignore',
  });
  await new Promise((resolve) => setTimeout(resolve, 800));
  const browser = await launchForLighthouse(debugPort);
  try {
    console.log('page'.padEnd(26), CATEGORIES.map((c) => c.padStart(15)).join(''));
    for (const prefix of LANGS.map((lang) => (lang === DEFAULT_LANG ? '/' : `/${lang}/`))) {
      for (const template of TEMPLATES) {
        if (prefix !== '/' && template === '404.html') continue; // one 404.html serves every language
        const page = `${prefix}${template}`;
        const scores = await audit(`http://localhost:${serverPort}${page}`, debugPort);
        console.log(page.padEnd(26), CATEGORIES.map((c) => String(scores[c]).padStart(15)).join(''));
        for (const failing of scores.failing) console.log('   ', failing);
      }
    }
  } finally {
    await browser.close();
    server.kill();
  }
}
