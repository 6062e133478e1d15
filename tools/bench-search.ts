/**
 * Search benchmark (numbers, not assertions): per language, the records in the index (pages plus
 * facts and quotes), the index size on disk, the bytes a first query (`EXAONE`, typed into the header's
 * dialog on the home page) and the first filtered query (`?kind=quote` on the search page, no query:
 * browsing) download, and the median latency of 50 queries typed into the real search page in headless
 * Chromium. Bytes are given as decoded and as sent by a host that gzips text (Pagefind's index, wasm and
 * fragment files are compressed already and sent as they are). Also the vocabulary each language's
 * search loads when a query misses (words, bytes on disk and gzip) and what a missed query costs: the
 * bytes a one-letter typo (after a first query on the search page) downloads to be corrected, namely
 * the vocabulary, the spelling code and the corrected search. Run after `npm run build`:
 * `npm run bench:search`.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { builtAddress } from '../src/lib/built-html.ts';
import { vocabularyFile, type VocabularyFile } from '../src/search/shared/index-format.ts';
import { LANGS, sectionSlug, type Lang } from '../src/site.config.ts';
import { CHROMIUM_ARGS, ensureChromium } from './find-chromium.ts';
import { serveSite } from './serve.ts';

const DIST = path.resolve('dist');
const FIRST_QUERY = 'EXAONE';
/** A one-letter typo per language: the query misses, so the vocabulary and the spelling code load. */
const TYPO = { en: 'EXAOEN', ko: '엑사언' } as const satisfies Record<Lang, string>;
const QUERIES = {
  en: [
    'exaone',
    'sovereign',
    'graduate',
    'bubble',
    'parameters',
    'GPU',
    'Koo Kwang-mo',
    'Lim Woo-hyung',
    'timing',
    'ecosystem',
  ],
  ko: [
    '엑사원을',
    '소버린AI',
    '대학원',
    '거품론이',
    '매개변수',
    'GPU',
    '구광모',
    '임우형',
    '연구원',
    '생태계',
  ],
} as const satisfies Record<Lang, readonly string[]>;

async function sizeOf(dir: string, filter: (file: string) => boolean): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isFile() && filter(path.relative(dir, file))) total += (await stat(file)).size;
  }
  return total;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const server = await serveSite({ dir: DIST });
const browser = await chromium.launch({
  executablePath: ensureChromium(),
  args: CHROMIUM_ARGS,
});
try {
  const rows: string[][] = [];
  const pagefindDir = path.join(DIST, 'pagefind');
  const entry = JSON.parse(await readFile(path.join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const searchPage = (lang: Lang) =>
    new URL(builtAddress(DIST, lang, sectionSlug('search')), server.url).href;
  /** Bytes of what a page fetches from now on (waiting for bodies still arriving): decoded and sent. */
  const countBytes = (page: Page, include: (url: string) => boolean = () => true) => {
    const bodies: Promise<[number, number]>[] = [];
    page.on('response', (response) => {
      if (include(response.url()))
        bodies.push(
          response.body().then(
            (body) => [body.length, Math.min(body.length, gzipSync(body).length)],
            () => [0, 0],
          ),
        );
    });
    return async () => {
      const sizes = await Promise.all(bodies);
      return `${kb(sizes.reduce((sum, [raw]) => sum + raw, 0))} (${kb(sizes.reduce((sum, [, sent]) => sum + sent, 0))} sent)`;
    };
  };
  /** What typing a first query into the header's dialog on the home page downloads. */
  const firstQueryBytes = async (lang: Lang, query: string) => {
    const page = await browser.newPage();
    await page.goto(new URL(builtAddress(DIST, lang, ''), server.url).href);
    // The tab's icon may arrive late from the page load; it is not search's.
    const bytes = countBytes(page, (url) => !new URL(url).pathname.endsWith('/favicon.svg'));
    await page.keyboard.press('Control+k');
    const dialog = page.locator('dialog');
    await dialog.locator('[data-search-input]').fill(query);
    await dialog.locator('[data-search-status]').filter({ hasText: query }).waitFor();
    await dialog.locator('[data-search-results]:not([aria-busy])').waitFor();
    const total = await bytes();
    await page.close();
    return total;
  };
  for (const lang of LANGS) {
    const langBytes = await sizeOf(pagefindDir, (file) => file.includes(`${lang}_`));
    const shared = await sizeOf(pagefindDir, (file) => !/(en|ko)_/.test(file));
    const firstBytes = await firstQueryBytes(lang, FIRST_QUERY);
    const filteredPage = await browser.newPage();
    const filtered = countBytes(filteredPage, (url) => url.includes('/pagefind/'));
    await filteredPage.goto(`${searchPage(lang)}?kind=quote`);
    await filteredPage.locator('main [data-search-results] li').first().waitFor();
    await filteredPage.locator('main [data-search-results]:not([aria-busy])').waitFor();
    const filteredBytes = await filtered();
    await filteredPage.close();
    const vocabularyText = await readFile(path.join(pagefindDir, vocabularyFile(lang)));
    const vocabulary = `${(JSON.parse(vocabularyText.toString('utf8')) as VocabularyFile).words.length} words, ${kb(vocabularyText.length)} (${kb(gzipSync(vocabularyText).length)} gzip)`;
    const missPage = await browser.newPage();
    await missPage.goto(searchPage(lang));
    const missInput = missPage.locator('main [data-search-input]');
    const missStatus = missPage.locator('main [data-search-status]');
    await missInput.fill(FIRST_QUERY);
    await missStatus.filter({ hasText: FIRST_QUERY }).waitFor();
    const missed = countBytes(missPage);
    await missInput.fill(TYPO[lang]);
    await missStatus.filter({ hasText: TYPO[lang] }).waitFor();
    await missPage.locator('main [data-search-results]:not([aria-busy])').waitFor({ state: 'attached' });
    const missedBytes = await missed();
    await missPage.close();
    const page = await browser.newPage();
    await page.goto(searchPage(lang));
    const input = page.locator('main [data-search-input]');
    const results = page.locator('main [data-search-results] li');
    const timings: number[] = [];
    for (let i = 0; i < 50; i += 1) {
      const query = QUERIES[lang][i % QUERIES[lang].length] ?? '';
      await input.fill('');
      await page.locator('main [data-search-status]').filter({ hasText: /^$/ }).waitFor();
      const started = Date.now();
      await input.fill(query);
      // The status names the query once its results are shown.
      await page.locator('main [data-search-status]').filter({ hasText: query }).waitFor();
      timings.push(Date.now() - started);
      if (i === 0) {
        await results.first().waitFor();
        rows.push([
          lang,
          String(entry.languages[lang]?.page_count ?? '?'),
          kb(langBytes),
          kb(shared),
          firstBytes,
          filteredBytes,
          vocabulary,
          missedBytes,
        ]);
      }
    }
    timings.sort((a, b) => a - b);
    const median = ((timings[24] ?? 0) + (timings[25] ?? 0)) / 2;
    rows[rows.length - 1]?.push(`${median} ms (from keystroke to rendered results, incl. 120 ms debounce)`);
    await page.close();
  }
  console.log(
    `lang | records (pages + facts and quotes) | index on disk (this language) | shared JS+WASM | bytes a first query (${FIRST_QUERY}, header dialog) downloads | a first filtered query (search page) | vocabulary (loaded on a miss) | bytes a typo (${Object.values(TYPO).join(', ')}) then downloads to be corrected | median query latency (50)`,
  );
  for (const row of rows) console.log(row.join(' | '));
} finally {
  await browser.close();
  server.close();
}
