/**
 * `npm run bench:lighthouse`: Lighthouse against the built site in the detected Chromium, printing every
 * category for every template in both languages. Not part of `npm test`: axe and the checks over the
 * build output cover what its accessibility, best-practices and SEO audits look at.
 */
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, ensureChromium } from './find-chromium.ts';
import { freePort } from './free-port.ts';
import { builtAddress } from '../src/lib/built-html.ts';
import { loadSiteModel } from '../src/lib/content-files.ts';
import { templateOf } from '../src/lib/site-model.ts';
import { DEFAULT_LANG, LANGS } from '../src/site.config.ts';
import { serveSite } from './serve.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
type Scores = Record<Category, number> & { failing: string[] };

/** One page per template: the first of each in navigation order. */
const TEMPLATE_SLUGS = [
  ...new Map(
    loadSiteModel()
      .pages(DEFAULT_LANG)
      .toReversed()
      .map((page) => [templateOf(page), page.slug]),
  ).values(),
].toReversed();

async function audit(url: string, port: number): Promise<Scores> {
  const result = await lighthouse(
    url,
    {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
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
  const debugPort = await freePort();
  const server = await serveSite({ dir: 'dist' });
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    args: [`--remote-debugging-port=${debugPort}`, ...CHROMIUM_ARGS],
  });
  // Every template in every language, and the one 404 page all languages share.
  const addresses = [
    ...LANGS.flatMap((lang) => TEMPLATE_SLUGS.map((slug) => builtAddress('dist', lang, slug))),
    '404.html',
  ];
  try {
    console.log('page'.padEnd(30), CATEGORIES.map((c) => c.padStart(15)).join(''));
    for (const address of addresses) {
      const scores = await audit(new URL(address, server.url).href, debugPort);
      console.log(`/${address}`.padEnd(30), CATEGORIES.map((c) => String(scores[c]).padStart(15)).join(''));
      for (const failing of scores.failing) console.log('   ', failing);
    }
  } finally {
    await browser.close();
    server.close();
  }
}
