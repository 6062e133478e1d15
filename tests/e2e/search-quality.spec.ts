// Search quality on the real content: queries and the pages or passages they should find. These break
// on an editorial change as much as on a code change; each derives its target from the content where it
// can and says so clearly when the content no longer has it.
import { expect, test, UI } from '../support/browser.ts';
import { sectionSlug, type Lang } from '../../src/site.config.ts';
import { pathTo } from '../support/builds.ts';
import { facts, glossary, interviewees, people, quotes } from '../support/content.ts';
import { hrefs, pathOf, quotedPagesOf, quoteHref, searchFor } from './search-support.ts';

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

for (const [lang, query, expected] of cases) {
  test(`${lang} search "${query}" finds ${String(expected)} in the top 3`, async ({ page }) => {
    const top = (await hrefs(await searchFor(page, lang, query))).slice(0, 3);
    const wanted = Array.isArray(expected) ? expected : [expected];
    expect(
      top.some((href) => wanted.includes(pathOf(href))),
      `top results: ${top.join(', ')}`,
    ).toBe(true);
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
  expect(found).toContain(pathTo('en', sectionSlug('people')));
  expect(found.filter((path) => quotedPagesOf(lee, 'en').includes(path)).length).toBeGreaterThan(0);
  expect(found.filter((path) => path.startsWith(pathTo('ko', '')))).toEqual([]);
});

test('a half-typed syllable (대하) finds nothing about the graduate school', async ({ page }) => {
  const found = await hrefs(await searchFor(page, 'ko', '대하'));
  expect(found.map(pathOf)).not.toContain(pathTo('ko', 'lg-ai-graduate-school'));
});
