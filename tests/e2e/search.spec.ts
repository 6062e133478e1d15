import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { formatMessage } from '../../src/i18n/format-message.ts';
import { expect, open, test, UI } from '../support/browser.ts';
import { ANCHORS, sectionSlug, type Lang } from '../../src/site.config.ts';
import { address, pathTo } from '../support/builds.ts';
import { facts, glossary, interviewees, people, quotes } from '../support/content.ts';

const searchPage = (lang: Lang) => address(lang, sectionSlug('search'));

/** The result list inside `scope`, once the search in flight (if any) is done. */
async function settledResults(scope: Locator | Page, lang: Lang): Promise<Locator> {
  const list = scope.getByRole('list', { name: UI[lang].searchResults });
  await expect(list).not.toHaveAttribute('aria-busy', 'true');
  return list;
}

/** Types a query into the search page's field, as a reader would, and returns the result links. */
async function searchFor(page: Page, lang: Lang, query: string, params = '') {
  await open(page, `${searchPage(lang)}${params}`);
  await page.getByRole('searchbox', { name: UI[lang].searchLabel }).fill(query);
  return (await settledResults(page.locator('main'), lang)).getByRole('link');
}

/** Site-relative hrefs (path and hash, no query) of result links. */
const hrefs = (links: Locator) =>
  links.evaluateAll((anchors) =>
    anchors.map((a) => {
      const url = new URL((a as HTMLAnchorElement).href);
      return url.pathname + url.hash;
    }),
  );

const quoteHref = (lang: Lang, quote: { id: string; theme: string }) =>
  `${pathTo(lang, quote.theme)}#${ANCHORS.quote(quote.id)}`;
const quotedPagesOf = (person: string, lang: Lang) => [
  ...new Set(quotes.filter((q) => q.speakers.includes(person)).map((q) => pathTo(lang, q.theme))),
];
const pathOf = (href: string) => href.replace(/#.*/, '');
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

test('리소스 has a first-three result that opens Lee’s quote on its page, highlighted', async ({ page }) => {
  const quote = quotes.find((q) => q.ko.includes('리소스') && q.speakers.includes(lee));
  if (!quote) throw new Error('The content has no quote by Lee with 리소스.');
  const links = await searchFor(page, 'ko', '리소스');
  const top = (await hrefs(links)).slice(0, 3);
  const index = top.indexOf(quoteHref('ko', quote));
  expect(index, `top results: ${top.join(', ')}`).toBeGreaterThanOrEqual(0);
  await expect(page.locator('main [data-search-results] li').nth(index)).toContainText(UI.ko.quote);
  await links.nth(index).click();
  await expect(page).toHaveURL(new RegExp(`#${ANCHORS.quote(quote.id)}$`));
  const target = page.locator(`#${ANCHORS.quote(quote.id)}`);
  await expect(target).toBeInViewport();
  await expect(target).toContainText(people.get(lee)?.nameKo ?? '');
  await expect(target.locator('mark.pagefind-highlight').first()).toHaveText(/리소스/);
});

test('field data has a first-three result that opens the co-heads’ quote', async ({ page }) => {
  const quote = quotes.find(
    (q) => q.en.includes('field data') && interviewees.every((id) => q.speakers.includes(id)),
  );
  if (!quote) throw new Error('The content has no joint quote about field data.');
  const links = await searchFor(page, 'en', 'field data');
  const top = (await hrefs(links)).slice(0, 3);
  const index = top.indexOf(quoteHref('en', quote));
  expect(index, `top results: ${top.join(', ')}`).toBeGreaterThanOrEqual(0);
  const item = page.locator('main [data-search-results] li').nth(index);
  for (const id of interviewees) await expect(item).toContainText(people.get(id)?.nameEn ?? '');
  await expect(item).toContainText(`¶${quote.paragraph}`);
  await links.nth(index).click();
  await expect(page.locator(`#${ANCHORS.quote(quote.id)}`)).toBeInViewport();
});

test('a quote whose speaker the article does not name is marked as inferred in its result', async ({
  page,
}) => {
  const quote = quotes.find((q) => q.attributionNote !== undefined);
  if (!quote) throw new Error('The content has no quote with an inferred speaker.');
  const links = await searchFor(page, 'en', quote.en.split(' ').slice(1, 4).join(' '));
  const index = (await hrefs(links)).indexOf(quoteHref('en', quote));
  expect(index).toBeGreaterThanOrEqual(0);
  const names = quote.speakers.map((id) => people.get(id)?.nameEn ?? id).join(UI.en.and);
  await expect(page.locator('main [data-search-results] li').nth(index)).toContainText(
    formatMessage(UI.en.attributedSpeakers, { names }),
  );
});

test('speaker and kind filters without a query list every quote by Lee, joint ones included', async ({
  page,
}) => {
  const expected = quotes.filter((q) => q.speakers.includes(lee)).map((q) => quoteHref('en', q));
  expect(expected.length).toBeGreaterThan(0);
  await open(page, `${searchPage('en')}?speaker=${lee}&kind=quote`);
  const main = page.locator('main');
  const list = await settledResults(main, 'en');
  const more = main.getByRole('button', { name: UI.en.searchMore });
  while (await more.isVisible()) {
    const shown = await list.getByRole('listitem').count();
    await more.click();
    await expect(list.getByRole('listitem')).not.toHaveCount(shown);
  }
  expect((await hrefs(list.getByRole('link'))).sort()).toEqual(expected.sort());
  await expect(main.getByRole('status')).toHaveText(
    formatMessage(UI.en.searchBrowseOther, { count: expected.length }),
  );
  await expect(main.getByRole('checkbox', { name: people.get(lee)?.nameEn ?? lee })).toBeChecked();
  await expect(main.getByRole('checkbox', { name: UI.en.quote })).toBeChecked();
});

test('ticking filters narrows a search and puts them in the address', async ({ page }) => {
  await searchFor(page, 'en', 'EXAONE');
  const main = page.locator('main');
  await main.getByText(UI.en.searchFilters).click();
  await main.getByRole('checkbox', { name: UI.en.quote }).check();
  const links = (await settledResults(main, 'en')).getByRole('link');
  await expect(page).toHaveURL(/[?&]kind=quote(&|$)/);
  expect((await hrefs(links)).every((href) => href.includes(`#${ANCHORS.quote('')}`))).toBe(true);
  await main.getByRole('checkbox', { name: UI.en.quote }).uncheck();
  await expect(page).not.toHaveURL(/kind=/);
});

test('a filter value no control offers (<script>) changes nothing', async ({ page }) => {
  await open(page, `${searchPage('en')}?kind=quote`);
  const clean = await hrefs((await settledResults(page.locator('main'), 'en')).getByRole('link'));
  await open(
    page,
    `${searchPage('en')}?kind=quote&speaker=${encodeURIComponent('<script>window.__pwned=1</script>')}&theme=%22%3E%3Cimg%20src%3Dx%3E`,
  );
  const links = (await settledResults(page.locator('main'), 'en')).getByRole('link');
  expect(await hrefs(links)).toEqual(clean);
  await expect(page.locator('main').getByRole('checkbox', { checked: true })).toHaveCount(1);
  await expect(page).not.toHaveURL(/speaker=|theme=/);
  await expect(page.locator('main img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
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

test('page results show a title and an excerpt with the matched words marked', async ({ page }) => {
  const links = await searchFor(page, 'en', 'sovereign');
  const item = page.locator('main [data-search-results] li').first();
  await expect(links.first()).not.toHaveText('');
  await expect(item.locator('mark').first()).toContainText(/sovereign/i);
});

// Markup and `$&` in queries are covered by security.spec.ts and the message unit tests.
const badInputs = ['   ', '🙂🎉', 'a'.repeat(500)];
for (const bad of badInputs) {
  test(`input ${JSON.stringify(bad.slice(0, 20))} gets a calm status and survives a reload`, async ({
    page,
  }) => {
    await searchFor(page, 'en', bad);
    const status = page.locator('main [data-search-status]');
    await expect(status).not.toHaveText(UI.en.searchLoading);
    if (bad.trim()) await expect(status).toContainText(bad.trim().slice(0, 80));
    const url = page.url();
    if (bad.trim()) expect(new URL(url).searchParams.get('q')).toBe(bad);
    await page.goto(url);
    await expect(page.getByRole('searchbox', { name: UI.en.searchLabel })).toHaveValue(bad.trim() ? bad : '');
    await settledResults(page.locator('main'), 'en');
  });
}

test('the search page reads ?q= on load and keeps the URL in step', async ({ page }) => {
  await open(page, `${searchPage('ko')}?q=${encodeURIComponent('엑사원')}`);
  const input = page.getByRole('searchbox', { name: UI.ko.searchLabel });
  await expect(input).toHaveValue('엑사원');
  await expect(page.getByRole('list', { name: UI.ko.searchResults }).getByRole('link').first()).toBeVisible();
  await input.fill('소버린AI');
  await expect(page).toHaveURL(/q=%EC%86%8C%EB%B2%84%EB%A6%B0AI/);
});

test('clicking a Korean result highlights the matched words on the target page', async ({ page }) => {
  const links = await searchFor(page, 'ko', '소버린AI');
  await links.first().click();
  await expect(page).toHaveURL((url) => url.pathname === pathTo('ko', 'sovereign-ai'));
  await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
  expect(await page.locator('mark.pagefind-highlight').first().textContent()).toMatch(/소버린|AI/);
});

test('the dialog opens from the keyboard, traps focus and closes on Escape', async ({ page }) => {
  await open(page, address('en', ''));
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: UI.en.search });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('exaone');
  await expect(
    dialog.getByRole('list', { name: UI.en.searchResults }).getByRole('link').first(),
  ).toBeVisible();
  for (let i = 0; i < 15; i += 1) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: UI.en.search, exact: true })).toBeFocused();
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
});

test('typing with a Korean IME does not search a half-composed syllable', async ({ page }) => {
  await page.clock.install();
  await open(page, searchPage('ko'));
  const searches: string[] = [];
  await page.route('**/pagefind/**', (route) => {
    searches.push(route.request().url());
    return route.continue();
  });
  const input = page.getByRole('searchbox', { name: UI.ko.searchLabel });
  await input.focus();
  await page.evaluate(() => {
    const field = document.querySelector<HTMLInputElement>('main [data-search-input]');
    if (!field) throw new Error('no field');
    field.dispatchEvent(new CompositionEvent('compositionstart'));
    field.value = '대하';
    field.dispatchEvent(new InputEvent('input', { isComposing: true, data: '하' }));
  });
  // Longer than the typing pause after which a search runs.
  await page.clock.runFor(1000);
  await expect(page.locator('main [data-search-status]')).toHaveText('');
  expect(searches).toEqual([]);
  await page.evaluate(() => {
    const field = document.querySelector<HTMLInputElement>('main [data-search-input]');
    if (!field) throw new Error('no field');
    field.value = '대학';
    field.dispatchEvent(new CompositionEvent('compositionend', { data: '학' }));
  });
  await page.clock.runFor(1000);
  await expect(page.getByRole('list', { name: UI.ko.searchResults }).getByRole('link').first()).toBeVisible();
});

test('a plain page view downloads no Pagefind file', async ({ page }) => {
  await open(page, address('ko', 'exaone-history'));
  await page.waitForLoadState('load');
  const loaded = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => entry.name),
  );
  expect(loaded.length).toBeGreaterThan(0);
  expect(loaded.filter((url) => url.includes('/pagefind/') || url.includes('search-filters'))).toEqual([]);
});

test('a search loads the text of the results it shows, and Show more the next ones', async ({ page }) => {
  const shownFacts = 20;
  expect(facts.length).toBeGreaterThan(shownFacts);
  const fragments: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/fragment/')) fragments.push(request.url());
  });
  await open(page, `${searchPage('en')}?kind=fact`);
  const main = page.locator('main');
  const items = (await settledResults(main, 'en')).getByRole('listitem');
  const firstPage = await items.count();
  expect(firstPage).toBeLessThan(shownFacts);
  expect(fragments).toHaveLength(firstPage);
  await main.getByRole('button', { name: UI.en.searchMore }).click();
  await expect(items).toHaveCount(2 * firstPage);
  expect(fragments).toHaveLength(2 * firstPage);
});

test('the dialog’s filters arrive when it opens and narrow its results', async ({ page }) => {
  await open(page, address('en', ''));
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: UI.en.search });
  await dialog.getByRole('searchbox').fill('EXAONE');
  await dialog.getByText(UI.en.searchFilters).click();
  const speakers = dialog.getByRole('group', { name: UI.en.searchFilterSpeaker });
  for (const id of interviewees) {
    await expect(speakers.getByRole('checkbox', { name: people.get(id)?.nameEn ?? id })).toHaveCount(1);
  }
  await dialog.getByRole('checkbox', { name: UI.en.quote }).check();
  const links = (await settledResults(dialog, 'en')).getByRole('link');
  await expect(links.first()).toBeVisible();
  expect((await hrefs(links)).every((href) => href.includes(`#${ANCHORS.quote('')}`))).toBe(true);
});

test('with JavaScript the search page hides the no-JavaScript fallback', async ({ page }) => {
  await open(page, searchPage('en'));
  await expect(page.getByText(UI.en.searchNeedsJs)).toBeHidden();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the dialog and the search pages with filters open (${scheme})`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    const check = async (where: string) => {
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        results.violations.map((v) => `${where} ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
      ).toEqual([]);
    };
    for (const lang of ['en', 'ko'] as const) {
      await open(page, `${searchPage(lang)}?q=${encodeURIComponent(lang === 'ko' ? '엑사원' : 'EXAONE')}`);
      const main = page.locator('main');
      await main.getByText(UI[lang].searchFilters).click();
      await expect((await settledResults(main, lang)).getByRole('link').first()).toBeVisible();
      await check(`${lang} search page`);

      await open(page, address(lang, sectionSlug('people')));
      await page.keyboard.press('Control+k');
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('searchbox').fill(lang === 'ko' ? '리소스' : 'timing');
      await dialog.getByText(UI[lang].searchFilters).click();
      await expect((await settledResults(dialog, lang)).getByRole('link').first()).toBeVisible();
      await check(`${lang} dialog`);
    }
  });
}

test('a click inside the dialog, even at its very edge, keeps it open; a click outside closes it', async ({
  page,
}) => {
  await open(page, address('en', ''));
  await page.getByRole('button', { name: UI.en.search, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: UI.en.search });
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  const box = await dialog.boundingBox();
  if (!box) throw new Error('The dialog has no box.');
  // Inside the box, clear of the rounded corners, where the dialog used to have its padding.
  await page.mouse.click(box.x + 8, box.y + box.height / 2);
  await expect(dialog).toBeVisible();
  await page.mouse.click(box.x / 2, box.y + box.height / 2);
  await expect(dialog).toBeHidden();
});

test('filter counts follow the latest search, not totals that arrive after it', async ({ page }) => {
  await open(page, searchPage('en'));
  const main = page.locator('main');
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  // The filter index is held back, so the totals asked for on opening the filters land late.
  await page.route('**/pagefind/filter/**', async (route) => {
    await released;
    await route.continue();
  });
  await main.getByText(UI.en.searchFilters).click();
  await page.getByRole('searchbox', { name: UI.en.searchLabel }).fill('EXAONE');
  const list = main.getByRole('list', { name: UI.en.searchResults });
  await expect(list.getByRole('link').first()).toBeVisible();
  await expect(main.getByRole('status')).toContainText('EXAONE');
  const shown = await hrefs(list.getByRole('link'));
  release();
  expect(await main.getByRole('button', { name: UI.en.searchMore }).isVisible()).toBe(false);
  const quoteHits = shown.filter((href) => href.includes(`#${ANCHORS.quote('')}`)).length;
  // Otherwise the totals and the search's own counts could not be told apart.
  expect(quoteHits).toBeLessThan(quotes.length);
  const quoteCount = main
    .locator('label', { has: page.getByRole('checkbox', { name: UI.en.quote }) })
    .locator('[data-filter-count]');
  await expect(quoteCount).toHaveText(`(${quoteHits})`);
});
