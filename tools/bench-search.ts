/**
 * Search benchmark (numbers, not assertions) on a built site, in headless Chromium. Run after
 * `npm run build:local` (`-- --dist DIR` for another build):
 * - `npm run bench:search`: per language, the bytes a first query (`EXAONE`, typed into the header's
 *   dialog on the home page) downloads, and the bytes a one-letter typo then downloads to be corrected
 *   (the vocabulary, the spelling code and the corrected search), decoded and as sent by a host that
 *   gzips text (Pagefind's index, wasm and fragments are compressed already);
 * - `npm run bench:search-hits` (`--hits`): types each query of `search-queries.json` into the search page
 *   and counts a hit when one of the first three results opens an expected page (a fact or quote counts
 *   for its theme page), or, for a word that is nowhere on the site, when there is no result. Prints
 *   every query's top three and the hit rates of the tuned and the held-out queries.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Locator, type Page } from '@playwright/test';
import { builtAddress } from '../src/lib/built-html.ts';
import { LANGS, type Lang } from '../src/site.config.ts';
import { CHROMIUM_ARGS, ensureChromium } from './find-chromium.ts';
import { serveSite } from './serve.ts';
import queries from './search-queries.json' with { type: 'json' };

/**
 * Realistic queries (`lang`, `query`), typed the way readers type (`kind`: spacing, other scripts and
 * romanisations, one-letter typos, other word forms, questions, or a word found `nowhere`), with the
 * pages that should answer them (`expect`: theme ids or section slugs, '' the overview; `null`: no
 * result is right) and, when not used to tune the search, the round they were held out in (`heldOut`).
 */
type SearchQuery = (typeof queries)[number];

const { values } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, hits: { type: 'boolean', default: false } },
});
const DIST = path.resolve(values.dist);
const FIRST_QUERY = 'EXAONE';
/** A one-letter typo per language: the query misses, so the vocabulary and the spelling code load. */
const TYPO = { en: 'EXAOEN', ko: '엑사언' } as const satisfies Record<Lang, string>;

const server = await serveSite({ dir: DIST });
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
const address = (lang: Lang, slug: string) => new URL(builtAddress(DIST, lang, slug), server.url).href;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Bytes of what a page fetches from now on (the tab's icon aside): decoded and sent. */
function countBytes(page: Page) {
  const bodies: Promise<[number, number]>[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.endsWith('/favicon.svg')) return;
    const sizes = (body: Buffer): [number, number] => [
      body.length,
      Math.min(body.length, gzipSync(body).length),
    ];
    bodies.push(response.body().then(sizes, () => [0, 0]));
  });
  return async () => {
    const sizes = await Promise.all(bodies);
    const sum = (i: 0 | 1) => kb(sizes.reduce((total, size) => total + size[i], 0));
    return `${sum(0)} (${sum(1)} sent)`;
  };
}

/** Types a query into a search panel and waits for its results. */
async function searchFor(panel: Locator, query: string): Promise<void> {
  await panel.locator('[data-search-input]').fill(query);
  await panel.locator('[data-search-results]:not([aria-busy])').waitFor({ state: 'attached' });
  await panel.locator('[data-search-status]').filter({ hasText: /\S/ }).waitFor();
}

async function bytes(lang: Lang): Promise<string> {
  const page = await browser.newPage();
  await page.goto(address(lang, ''));
  const first = countBytes(page);
  await page.keyboard.press('Control+k');
  const dialog = page.locator('dialog');
  await searchFor(dialog, FIRST_QUERY);
  await dialog.locator('[data-search-status]').filter({ hasText: FIRST_QUERY }).waitFor();
  const firstBytes = await first();
  const typo = countBytes(page);
  await searchFor(dialog, TYPO[lang]);
  await dialog.locator('[data-search-status]').filter({ hasText: TYPO[lang] }).waitFor();
  const line = `${lang} | ${firstBytes} | ${await typo()}`;
  await page.close();
  return line;
}

/** Whether each query of a language finds what it should, with its top three and status line. */
async function hits(lang: Lang) {
  const page = await browser.newPage();
  await page.goto(address(lang, 'search'));
  const main = page.locator('main');
  const outcomes = [];
  for (const query of queries.filter((candidate) => candidate.lang === lang)) {
    await searchFor(main, query.query);
    const top = await main
      .locator('[data-search-results] > li a')
      .evaluateAll((links) =>
        links.slice(0, 3).map((link) => new URL((link as HTMLAnchorElement).href).pathname),
      );
    const status = ((await main.locator('[data-search-status]').textContent()) ?? '').trim();
    const expected = query.expect?.map((slug) => `/${builtAddress(DIST, lang, slug)}`);
    const hit = expected ? top.some((href) => expected.includes(href)) : top.length === 0;
    outcomes.push({ query, top, status, hit });
  }
  await page.close();
  return outcomes;
}

try {
  if (!values.hits) {
    console.log(
      `lang | a first query (${FIRST_QUERY}, header dialog) | then a typo (${Object.values(TYPO).join(', ')})`,
    );
    for (const lang of LANGS) console.log(await bytes(lang));
  } else {
    const outcomes = (await Promise.all(LANGS.map(hits))).flat();
    for (const { query, top, status, hit } of outcomes) {
      const heldOut = query.heldOut ? `(held out, ${query.heldOut}) ` : '';
      console.log(
        `${hit ? 'hit ' : 'MISS'} ${heldOut}${query.lang} ${query.kind}: ${query.query} → ${top.join(', ') || '(none)'} | ${status}`,
      );
    }
    const rate = (subset: { hit: boolean }[]) => {
      const hit = subset.filter((outcome) => outcome.hit).length;
      return `${hit}/${subset.length} (${Math.round((100 * hit) / Math.max(1, subset.length))}%)`;
    };
    const where = (test: (query: SearchQuery) => boolean) => rate(outcomes.filter((o) => test(o.query)));
    const asked = (round?: string, lang?: Lang) =>
      where((q) => q.heldOut === round && (!lang || (q.kind === 'question' && q.lang === lang)));
    for (const round of new Set(queries.map((query) => query.heldOut)))
      console.log(
        `${round ?? 'tuned'}: ${asked(round)}; questions ${LANGS.map((l) => `${l} ${asked(round, l)}`).join(', ')}`,
      );
    console.log(`all: ${rate(outcomes)}`);
    for (const kind of new Set(queries.map((query) => query.kind)))
      console.log(`  ${kind}: ${where((query) => query.kind === kind)}`);
  }
} finally {
  await browser.close();
  server.close();
}
