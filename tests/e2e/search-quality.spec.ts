// Search quality on the real content: queries and the pages or passages they should find. These break
// on an editorial change as much as on a code change; each derives its target from the content where it
// can and says so clearly when the content no longer has it.
import { echoQuery } from '../../src/search/browser/status-message.ts';
import { formatMessage } from '../../src/i18n/format-message.ts';
import { expect, open, test, UI } from '../support/browser.ts';
import { type Lang } from '../../src/site.config.ts';
import { pathTo } from '../support/builds.ts';
import { facts, glossary, interviewees, people, quotes } from '../support/content.ts';
import {
  hrefs,
  pathOf,
  quotedPagesOf,
  quoteHref,
  searchFor,
  searchPage,
  settledResults,
} from './search-support.ts';

const lee = 'lee-honglak';

const cases: [Lang, string, string | string[]][] = [
  ['ko', '엑사원을', pathTo('ko', 'exaone-history')],
  ['ko', '대학원', pathTo('ko', 'lg-ai-graduate-school')],
  ['ko', '소버린AI', pathTo('ko', 'sovereign-ai')],
  ['ko', '거품론이', pathTo('ko', 'ai-bubble')],
  ['ko', '4.0', pathTo('ko', 'exaone-history')],
  ['ko', '임우형', quotedPagesOf('lim-woohyung', 'ko')],
  ['en', 'exaone', pathTo('en', 'exaone-history')],
  ['en', 'graduate', pathTo('en', 'lg-ai-graduate-school')],
  ['en', 'bubbles', pathTo('en', 'ai-bubble')],
  ['en', 'Lim Woo-hyung', quotedPagesOf('lim-woohyung', 'en')],
];

// One search page per language, the queries typed one after another as a reader would.
for (const lang of ['ko', 'en'] as const) {
  const mine = cases.filter(([caseLang]) => caseLang === lang);
  test(`${lang}: ${mine.map(([, query]) => `"${query}"`).join(', ')} each find their page in the top 3`, async ({
    page,
  }) => {
    await open(page, searchPage(lang));
    const main = page.locator('main');
    const misses: string[] = [];
    for (const [, query, expected] of mine) {
      await page.getByRole('searchbox', { name: UI[lang].searchLabel }).fill(query);
      await expect(main.getByRole('status')).toContainText(query);
      const top = (await hrefs((await settledResults(main, lang)).getByRole('link'))).slice(0, 3);
      const wanted = Array.isArray(expected) ? expected : [expected];
      if (!top.some((href) => wanted.includes(pathOf(href)))) {
        misses.push(`"${query}" wants ${wanted.join(' or ')}; top 3: ${top.join(', ')}`);
      }
    }
    expect(misses).toEqual([]);
  });
}

test('리소스 has a first-three result: Lee’s quote, marked as a quote', async ({ page }) => {
  const quote = quotes.find((q) => q.ko.includes('리소스') && q.speakers.includes(lee));
  if (!quote) throw new Error('The content has no quote by Lee with 리소스.');
  const top = (await hrefs(await searchFor(page, 'ko', '리소스'))).slice(0, 3);
  const index = top.indexOf(quoteHref('ko', quote));
  expect(index, `top results: ${top.join(', ')}`).toBeGreaterThanOrEqual(0);
  await expect(page.locator('main [data-search-results] li').nth(index)).toContainText(UI.ko.quote);
});

test('field data has a first-three result: the co-heads’ quote, with both names and its paragraph', async ({
  page,
}) => {
  const quote = quotes.find(
    (q) => q.en.includes('field data') && interviewees.every((id) => q.speakers.includes(id)),
  );
  if (!quote) throw new Error('The content has no joint quote about field data.');
  const top = (await hrefs(await searchFor(page, 'en', 'field data'))).slice(0, 3);
  const index = top.indexOf(quoteHref('en', quote));
  expect(index, `top results: ${top.join(', ')}`).toBeGreaterThanOrEqual(0);
  const item = page.locator('main [data-search-results] li').nth(index);
  for (const id of interviewees) await expect(item).toContainText(people.get(id)?.nameEn ?? '');
  await expect(item).toContainText(`¶${quote.paragraph}`);
});

test('보고 finds the page whose fact has 대면보고 (a noun inside a compound)', async ({ page }) => {
  const fact = facts.find((f) =>
    [f.statement.ko, ...f.evidence.map((e) => e.text)].some((text) => text.includes('대면보고')),
  );
  if (!fact) throw new Error('The content has no fact with 대면보고.');
  const top = await hrefs(await searchFor(page, 'ko', '보고'));
  expect(top.map(pathOf), `results: ${top.join(', ')}`).toContain(pathTo('ko', fact.theme));
});

test('English typed on the Korean site and Korean on the English site find the pages', async ({ page }) => {
  const sovereign = glossary.find((entry) => entry.id === 'sovereign-ai');
  expect(sovereign?.term.en.toLowerCase()).toContain('sovereign');
  expect((await hrefs(await searchFor(page, 'ko', 'sovereign'))).map(pathOf)).toContain(
    pathTo('ko', 'sovereign-ai'),
  );
  expect((await hrefs(await searchFor(page, 'ko', 'EXAONE'))).map(pathOf)).toContain(
    pathTo('ko', 'exaone-history'),
  );
  expect((await hrefs(await searchFor(page, 'en', '엑사원'))).map(pathOf)).toContain(
    pathTo('en', 'exaone-history'),
  );
  const found = (await hrefs(await searchFor(page, 'en', people.get(lee)?.nameKo ?? lee))).map(pathOf);
  expect(found).toContain(pathTo('en', 'people'));
  expect(found.filter((path) => quotedPagesOf(lee, 'en').includes(path)).length).toBeGreaterThan(0);
  expect(found.filter((path) => path.startsWith(pathTo('ko', '')))).toEqual([]);
});

test('a half-typed syllable (대하) finds nothing about the graduate school', async ({ page }) => {
  const found = await hrefs(await searchFor(page, 'ko', '대하'));
  expect(found.map(pathOf)).not.toContain(pathTo('ko', 'lg-ai-graduate-school'));
});

test('a compound finds the same page spaced and solid, and an acronym spelled in Hangul finds its term', async ({
  page,
}) => {
  const spaced = (await hrefs(await searchFor(page, 'ko', '산업 특화'))).slice(0, 3).map(pathOf);
  expect(spaced).toContain(pathTo('ko', 'industry-strategy'));
  // Typed again into the same field: the solid form.
  await page.getByRole('searchbox', { name: UI.ko.searchLabel }).fill('산업특화');
  const solid = await hrefs((await settledResults(page.locator('main'), 'ko')).getByRole('link'));
  expect(solid.slice(0, 3).map(pathOf)).toContain(pathTo('ko', 'industry-strategy'));
  const gpu = glossary.find((entry) => entry.term.en.includes('(GPU)'));
  if (!gpu) throw new Error('The glossary has no GPU entry.');
  const found = (await hrefs(await searchFor(page, 'en', '지피유'))).map(pathOf);
  expect(found).toContain(pathTo('en', 'glossary'));
});

test('another romanisation of a person’s name finds the people page, in both languages', async ({ page }) => {
  // Given name first and hyphenated: not in the people data, generated from its spellings.
  const lim = people.get('lim-woohyung');
  const family = lim?.nameEn.split(' ')[0] ?? '';
  const query = lim?.aliases.find((alias) => alias.includes('-') && alias.endsWith(` ${family}`)) ?? '';
  expect(query).not.toBe('');
  for (const lang of ['en', 'ko'] as const) {
    const top = (await hrefs(await searchFor(page, lang, query))).slice(0, 3).map(pathOf);
    expect(top, `${lang} ${query}`).toContain(pathTo(lang, 'people'));
  }
});

test('a one-letter typo runs the right word, says so, and offers it as a link that finds the page', async ({
  page,
}) => {
  const en = await searchFor(page, 'en', 'EXAOEN');
  await expect(page.locator('main [role="status"]')).toHaveText(
    formatMessage(UI.en.searchCorrected, {
      query: echoQuery('EXAOEN'),
      corrected: echoQuery('EXAONE'),
    }),
  );
  expect((await hrefs(en)).slice(0, 3).map(pathOf)).toContain(pathTo('en', 'exaone-history'));
  await searchFor(page, 'ko', '엑사언');
  const suggestion = page.locator('main [data-search-suggestions]').getByRole('link', { name: '엑사원' });
  await suggestion.click();
  await expect(page.getByRole('searchbox', { name: UI.ko.searchLabel })).toHaveValue('엑사원');
  const top = (await hrefs((await settledResults(page.locator('main'), 'ko')).getByRole('link'))).slice(0, 3);
  expect(top.map(pathOf)).toContain(pathTo('ko', 'exaone-history'));
});

test('a word that is nowhere on the site finds nothing and says so calmly, in both languages', async ({
  page,
}) => {
  for (const [lang, query] of [
    ['en', 'alert'],
    ['ko', '블록체인'],
  ] as const) {
    const links = await searchFor(page, lang, query);
    await expect(links).toHaveCount(0);
    await expect(page.locator('main [role="status"]')).toHaveText(
      formatMessage(UI[lang].searchNoResults, { query: echoQuery(query) }),
    );
  }
});

test('a question finds its theme page, and words no page holds together find the pages with most of them, labelled', async ({
  page,
}) => {
  for (const [lang, question, theme] of [
    ['en', 'What did Koo Kwang-mo say about the investment?', 'exaone-history'],
    ['ko', 'AI는 거품인가요?', 'ai-bubble'],
  ] as const) {
    const links = await searchFor(page, lang, question);
    expect((await hrefs(links)).slice(0, 3).map(pathOf)).toContain(pathTo(lang, theme));
  }
  // Each word is on the site, never all on one page.
  for (const [lang, query] of [
    ['en', 'timing bubble'],
    ['ko', '타이밍 거품론'],
  ] as const) {
    const links = await searchFor(page, lang, query);
    await expect(links.first()).toBeVisible();
    await expect(page.locator('main [role="status"]')).toHaveText(
      formatMessage(UI[lang].searchPartial, { query: echoQuery(query) }),
    );
  }
});

test('a question (or three words or more) few pages answer in full lists those first, then the pages with most of its words, and says so', async ({
  page,
}) => {
  // Nothing was mistyped, so the spell-checker is not fetched.
  const spelling: string[] = [];
  page.on('request', (request) => {
    if (/\/spelling\.[^/]*\.js$/.test(request.url())) spelling.push(request.url());
  });
  for (const [lang, query] of [
    ['en', 'LG AI Research goal'],
    ['ko', '엑사원 4.0 공개'],
  ] as const) {
    const links = await searchFor(page, lang, query);
    await expect(links.first()).toBeVisible();
    const [before, after] = formatMessage(UI[lang].searchPadded, {
      query: echoQuery(query),
      count: '\n',
    }).split('\n');
    const status = (await page.locator('main [role="status"]').textContent()) ?? '';
    expect(status.startsWith(before ?? '') && status.endsWith(after ?? ''), status).toBe(true);
    const complete = Number(status.slice(before?.length, status.length - (after?.length ?? 0)));
    expect(complete).toBeGreaterThan(0);
    expect(await links.count()).toBeGreaterThan(complete);
  }
  expect(spelling).toEqual([]);
});

test('a question leaves out a word the site lacks, labelled, but not a noun it is about', async ({
  page,
}) => {
  const question = 'what will the graduate school teach';
  const links = await searchFor(page, 'en', question);
  expect((await hrefs(links)).slice(0, 3).map(pathOf)).toContain(pathTo('en', 'lg-ai-graduate-school'));
  await expect(page.locator('main [role="status"]')).toHaveText(
    formatMessage(UI.en.searchPartial, { query: echoQuery(question) }),
  );
  // 비트코인에: a noun marked with its particle, which no page has.
  const aboutBitcoin = 'LG는 비트코인에 투자했나요';
  await expect(await searchFor(page, 'ko', aboutBitcoin)).toHaveCount(0);
  await expect(page.locator('main [role="status"]')).toHaveText(
    formatMessage(UI.ko.searchNoResults, { query: echoQuery(aboutBitcoin) }),
  );
});

test('a product name typed with its version solid finds what it finds spaced, in both languages', async ({
  page,
}) => {
  for (const [lang, solid, spaced] of [
    ['en', 'EXAONE4.0', 'EXAONE 4.0'],
    ['ko', '엑사원4.0', '엑사원 4.0'],
  ] as const) {
    const together = await hrefs(await searchFor(page, lang, solid));
    const apart = await hrefs(await searchFor(page, lang, spaced));
    expect(together.length).toBeGreaterThan(0);
    expect(together).toEqual(apart);
  }
});
