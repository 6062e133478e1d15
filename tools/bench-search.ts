/**
 * Search benchmark (numbers, not assertions) on a built site (`-- --dist DIR`: another build), in
 * headless Chromium:
 * - `npm run bench:search`: per language, the bytes a first query in the header's dialog downloads, then
 *   those a one-letter typo downloads to be corrected, decoded and as sent by a host that gzips text;
 * - `npm run bench:search-hits` (`--hits`): types each query of `search-queries.json` into the search page;
 *   a hit is an expected page among the first three results (a fact or quote counts for its theme page),
 *   or no result when none is expected. Prints each query's top three and the hit rates.
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
 * A realistic query as readers type it, with the pages that should answer it (`expect`: theme ids or
 * section slugs, '' the overview; `null`: none) and, if not used in tuning, the round it was held out in.
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
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (response) => {
    if (!new URL(response.url()).pathname.endsWith('/favicon.svg')) {
      bodies.push(response.body().catch(() => Buffer.alloc(0)));
    }
  });
  return async () => {
    const all = await Promise.all(bodies);
    const sum = (size: (body: Buffer) => number) => kb(all.reduce((total, body) => total + size(body), 0));
    const sent = (body: Buffer) => Math.min(body.length, gzipSync(body).length);
    return `${sum((body) => body.length)} (${sum(sent)} sent)`;
  };
}

/** Types a query into a search panel and waits for its results and a status (`status`, when given). */
async function searchFor(panel: Locator, query: string, status: string | RegExp = /\S/): Promise<void> {
  await panel.locator('[data-search-input]').fill(query);
  await panel.locator('[data-search-results]:not([aria-busy])').waitFor({ state: 'attached' });
  await panel.locator('[data-search-status]').filter({ hasText: status }).waitFor();
}

async function bytes(lang: Lang): Promise<string> {
  const page = await browser.newPage();
  await page.goto(address(lang, ''));
  const first = countBytes(page);
  await page.keyboard.press('Control+k');
  const dialog = page.locator('dialog');
  await searchFor(dialog, FIRST_QUERY, FIRST_QUERY);
  const firstBytes = await first();
  const typo = countBytes(page);
  await searchFor(dialog, TYPO[lang], TYPO[lang]);
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
    const links = main.locator('[data-search-results] > li a');
    const top = await links.evaluateAll((all: HTMLAnchorElement[]) => all.slice(0, 3).map((a) => a.pathname));
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
    for (const round of new Set(queries.map((query) => query.heldOut))) {
      console.log(
        `${round ?? 'tuned'}: ${asked(round)}; questions ${LANGS.map((l) => `${l} ${asked(round, l)}`).join(', ')}`,
      );
    }
    console.log(`all: ${rate(outcomes)}`);
    for (const kind of new Set(queries.map((query) => query.kind))) {
      console.log(`  ${kind}: ${where((query) => query.kind === kind)}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
