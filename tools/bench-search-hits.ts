/**
 * Search hit rate (numbers, not assertions): types each query of `tools/search-queries.ts` into the
 * real search page of a built site in headless Chromium, and counts a hit when one of the first three
 * results opens an expected page (a fact or quote counts for its theme page), or, for a word that is
 * nowhere on the site, when the search shows no result. Prints every query's top three, the misses,
 * and the hit rate of the tuned and the held-out queries. Run after `npm run build:local`:
 * `npm run bench:search-hits` (`-- --dist DIR` for another build).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { DEFAULT_LANG, sectionSlug, type Lang } from '../src/site.config.ts';
import { builtAddress } from '../src/lib/built-html.ts';
import { CHROMIUM_ARGS, ensureChromium } from './find-chromium.ts';
import { serveSite } from './serve.ts';
import { SEARCH_QUERIES, type SearchQuery } from './search-queries.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const DIST = path.resolve(values.dist);
const pagePath = (lang: Lang, slug: string) =>
  `${lang === DEFAULT_LANG ? '' : `/${lang}`}/${slug ? `${slug}/` : ''}`;

const server = await serveSite({ dir: DIST });
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
interface Outcome {
  query: SearchQuery;
  top: string[];
  status: string;
  hit: boolean;
}
const outcomes: Outcome[] = [];
try {
  for (const lang of [...new Set(SEARCH_QUERIES.map((query) => query.lang))]) {
    const page = await browser.newPage();
    await page.goto(new URL(builtAddress(DIST, lang, sectionSlug('search')), server.url).href);
    const main = page.locator('main');
    for (const query of SEARCH_QUERIES.filter((candidate) => candidate.lang === lang)) {
      await main.locator('[data-search-input]').fill(query.query);
      await main.locator('[data-search-results]:not([aria-busy])').waitFor({ state: 'attached' });
      await main.locator('[data-search-status]').filter({ hasText: /\S/ }).waitFor();
      const top = (
        await main
          .locator('[data-search-results] > li')
          .evaluateAll((items) =>
            items.slice(0, 3).map((item) => new URL(item.querySelector('a')?.href ?? '').pathname),
          )
      ).map((href) => href);
      const status = (await main.locator('[data-search-status]').textContent()) ?? '';
      const hit =
        query.expect === null
          ? top.length === 0
          : top.some((href) => query.expect?.some((slug) => href === pagePath(lang, slug)));
      outcomes.push({ query, top, status, hit });
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
for (const { query, top, status, hit } of outcomes) {
  console.log(
    `${hit ? 'hit ' : 'MISS'} ${query.heldOut ? `(held out, ${query.heldOut}) ` : ''}${query.lang} ${query.kind}: ${query.query} → ${top.join(', ') || '(none)'} | ${status.trim()}`,
  );
}
const rate = (subset: Outcome[]) =>
  `${subset.filter((outcome) => outcome.hit).length}/${subset.length} (${Math.round((100 * subset.filter((outcome) => outcome.hit).length) / Math.max(1, subset.length))}%)`;
console.log(`\ntuned: ${rate(outcomes.filter((outcome) => !outcome.query.heldOut))}`);
for (const round of ['first', 'second', 'third', 'questions'] as const) {
  console.log(`held out (${round}): ${rate(outcomes.filter((outcome) => outcome.query.heldOut === round))}`);
}
console.log(`all: ${rate(outcomes)}`);
for (const kind of [...new Set(outcomes.map((outcome) => outcome.query.kind))]) {
  console.log(`  ${kind}: ${rate(outcomes.filter((outcome) => outcome.query.kind === kind))}`);
}
