// How search behaves in the browser. What the real content's queries should find is in
// search-quality.spec.ts.
import { echoQuery } from '../../src/search/browser/status-message.ts';
import { formatMessage } from '../../src/i18n/format-message.ts';
import { axeViolations, expect, open, test, UI } from '../support/browser.ts';
import { ANCHORS } from '../../src/site.config.ts';
import { nameList } from '../../src/lib/person-name.ts';
import { address } from '../support/builds.ts';
import { facts, interviewees, people, quotes } from '../support/content.ts';
import { hrefs, quoteHref, searchFor, searchPage, settledResults, showAll } from './search-support.ts';

const lee = 'lee-honglak';

test('a quote whose speaker the article does not name is marked as inferred in its result', async ({
  page,
}) => {
  const quote = quotes.find((q) => q.attributionNote !== undefined);
  if (!quote) throw new Error('The content has no quote with an inferred speaker.');
  const links = await searchFor(page, 'en', quote.en.split(' ').slice(1, 4).join(' '));
  const index = (await hrefs(links)).indexOf(quoteHref('en', quote));
  expect(index).toBeGreaterThanOrEqual(0);
  const names = nameList(
    quote.speakers.map((id) => people.get(id)?.nameEn ?? id),
    'en',
  );
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
  await showAll(main, 'en');
  const list = await settledResults(main, 'en');
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

test('page results show a title and an excerpt with the matched words marked', async ({ page }) => {
  const links = await searchFor(page, 'en', 'sovereign');
  const item = page.locator('main [data-search-results] li').first();
  await expect(links.first()).not.toHaveText('');
  await expect(item.locator('mark').first()).toContainText(/sovereign/i);
});

// Markup and `$&` in queries are covered by security.spec.ts and the message unit tests.
test('odd input (blank, emoji, 500 letters) gets a calm status and survives a reload', async ({ page }) => {
  for (const bad of ['   ', '🙂🎉', 'a'.repeat(500)]) {
    await searchFor(page, 'en', bad);
    const status = page.locator('main [data-search-status]');
    await expect(status).not.toHaveText(UI.en.searchLoading);
    if (bad.trim()) await expect(status).toContainText(echoQuery(bad));
    const url = page.url();
    if (bad.trim()) expect(new URL(url).searchParams.get('q')).toBe(bad);
    await page.goto(url);
    await expect(page.getByRole('searchbox', { name: UI.en.searchLabel })).toHaveValue(bad.trim() ? bad : '');
    await settledResults(page.locator('main'), 'en');
  }
});

test('the search page reads ?q= on load and keeps the URL in step', async ({ page }) => {
  await open(page, `${searchPage('ko')}?q=${encodeURIComponent('엑사원')}`);
  const input = page.getByRole('searchbox', { name: UI.ko.searchLabel });
  await expect(input).toHaveValue('엑사원');
  await expect(page.getByRole('list', { name: UI.ko.searchResults }).getByRole('link').first()).toBeVisible();
  await input.fill('소버린AI');
  await expect(page).toHaveURL(/q=%EC%86%8C%EB%B2%84%EB%A6%B0AI/);
});

// The one test of opening a result: the header's dialog, a Korean query (its words reach the target page
// composed) and Pagefind's highlighter (WebAssembly) running under the site's CSP.
test('a result opened from the header’s dialog shows its passage with the searched words marked', async ({
  page,
}) => {
  await open(page, address('ko', ''));
  await page.getByRole('button', { name: UI.ko.search, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: UI.ko.search });
  await dialog.getByRole('searchbox').fill('리소스');
  const first = (await settledResults(dialog, 'ko')).getByRole('link').first();
  const [target = ''] = await hrefs(first);
  const anchor = new URL(target, page.url()).hash;
  expect(anchor, target).not.toBe('');
  await first.click();
  await expect(page).toHaveURL((url) => url.hash === anchor);
  await expect(page.locator(anchor)).toBeInViewport();
  await expect(page.locator(anchor).locator('mark.pagefind-highlight').first()).toHaveText(/리소스/);
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
  const shown = 20;
  // One record per quote (with the facts that restate it) and per other fact.
  expect(facts.filter((fact) => !fact.quote).length + quotes.length).toBeGreaterThan(shown);
  const fragments: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/fragment/')) fragments.push(request.url());
  });
  await open(page, `${searchPage('en')}?kind=fact&kind=quote`);
  const main = page.locator('main');
  const items = (await settledResults(main, 'en')).getByRole('listitem');
  const firstPage = await items.count();
  expect(firstPage).toBeLessThan(shown);
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

test('axe finds nothing on the dialog and the search pages with filters open, in light and dark', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const violations: string[] = [];
  // The page follows the system scheme live: each state is checked in both without searching again.
  const check = async (where: string) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      violations.push(...(await axeViolations(page, `${where} ${colorScheme}`)));
    }
  };
  for (const lang of ['en', 'ko'] as const) {
    await open(page, `${searchPage(lang)}?q=${encodeURIComponent(lang === 'ko' ? '엑사원' : 'EXAONE')}`);
    const main = page.locator('main');
    await main.getByText(UI[lang].searchFilters).click();
    await expect((await settledResults(main, lang)).getByRole('link').first()).toBeVisible();
    await check(`${lang} search page`);

    await open(page, address(lang, 'people'));
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('searchbox').fill(lang === 'ko' ? '리소스' : 'timing');
    await dialog.getByText(UI[lang].searchFilters).click();
    await expect((await settledResults(dialog, lang)).getByRole('link').first()).toBeVisible();
    await check(`${lang} dialog`);
  }
  expect(violations).toEqual([]);
});

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
  await showAll(main, 'en');
  const shown = await hrefs(list.getByRole('link'));
  release();
  const quoteHits = shown.filter((href) => href.includes(`#${ANCHORS.quote('')}`)).length;
  // Otherwise the totals and the search's own counts could not be told apart.
  expect(quoteHits).toBeLessThan(quotes.length);
  const quoteCount = main
    .locator('label', { has: page.getByRole('checkbox', { name: UI.en.quote }) })
    .locator('[data-filter-count]');
  await expect(quoteCount).toHaveText(`(${quoteHits})`);
});

test('a ?q= longer than the field allows is cut to its limit on load, and typing still works', async ({
  page,
}) => {
  await open(page, `${searchPage('en')}?q=${'a'.repeat(600)}`);
  const input = page.getByRole('searchbox', { name: UI.en.searchLabel });
  const limit = await input.evaluate((field) => (field as HTMLInputElement).maxLength);
  await expect(input).toHaveValue('a'.repeat(limit));
  await input.press('End');
  await input.press('Backspace');
  await input.press('b');
  await expect(input).toHaveValue(`${'a'.repeat(limit - 1)}b`);
});

test('a query opening with a lone quote mark still finds only pages with its words', async ({ page }) => {
  const links = await searchFor(page, 'en', '"blockchain');
  await expect(links).toHaveCount(0);
  await expect(page.locator('main [role="status"]')).toHaveText(
    formatMessage(UI.en.searchNoResults, { query: echoQuery('"blockchain') }),
  );
});

test('when the search panel’s script cannot load, the dialog says search could not be loaded', async ({
  page,
}) => {
  // A script that fails as it runs (a bad deploy, a blocked file), without a network error in the log.
  await page.route(/search-panel[^/]*\.js$/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("not loaded");' }),
  );
  await open(page, address('en', ''));
  await page.getByRole('button', { name: UI.en.search }).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('[data-search-status]')).toHaveText(UI.en.searchError);
  await expect(dialog.locator('[data-search-results]')).not.toHaveAttribute('aria-busy');
});

test('the arrow keys move from the query field down the results and back', async ({ page }) => {
  const links = await searchFor(page, 'en', 'EXAONE');
  const field = page.getByRole('searchbox', { name: UI.en.searchLabel });
  await field.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(field).toBeFocused();
});
