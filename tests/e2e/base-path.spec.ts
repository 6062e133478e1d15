// Runs against the build made under a base path (`npm run build:base`), served from that sub-path.
import { address, BASE_SITE } from '../support/builds.ts';
import { templates } from '../support/content.ts';
import { expect, open, test } from '../support/browser.ts';

test('under a base path a page of each template loads with all its assets', async ({ page, baseURL }) => {
  // A missing asset or script fails the test through the shared error watch. Pages of one template load
  // the same assets; the links test checks every page's own links and assets under the base path.
  for (const [path = ''] of templates.values()) {
    await open(page, path);
    expect(page.url().startsWith(baseURL ?? ''), page.url()).toBe(true);
  }
});

test('under a base path search finds pages and its results open', async ({ page, baseURL }) => {
  for (const [searchPage, query] of [
    [address('ko', 'search', BASE_SITE), '엑사원을'],
    [address('en', 'search', BASE_SITE), 'sovereign'],
  ] as const) {
    await open(page, searchPage);
    await page.locator('main [data-search-input]').fill(query);
    const results = page.locator('main [data-search-results] a');
    await expect(results.first()).toBeVisible();
    const hrefs = await results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.filter((href) => !href.startsWith(baseURL ?? ''))).toEqual([]);
    await results.first().click();
    await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
    expect(page.url().startsWith(baseURL ?? '')).toBe(true);
  }
});

test('under a base path an unknown address serves the 404 page, whose links lead back under it', async ({
  browser,
  baseURL,
}) => {
  // A fresh page without the error watch: the browser rightly logs the 404 response.
  const page = await browser.newPage({ baseURL: String(baseURL) });
  const response = await page.goto('./no-such-page/');
  expect(response?.status()).toBe(404);
  await page.getByRole('link', { name: 'Go to the overview' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(page.url()).toBe(baseURL);
  await page.close();
});
