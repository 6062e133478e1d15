import { expect, test } from '@playwright/test';
import { LANGS, pageSlugs, pageUrl } from './site.ts';

const BASE = '/factsheet/';
/** Site path under the base: '/ko/people/' → 'ko/people/' (relative to the project's baseURL). */
const under = (url: string) => url.replace(/^\//, '');

test('under /factsheet/ every page, link, asset and language switch works', async ({ page, request }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  const seen = new Set<string>();
  for (const lang of LANGS) {
    for (const slug of pageSlugs) {
      const response = await page.goto(under(pageUrl(lang, slug)));
      expect(response?.status()).toBe(200);
      expect(new URL(page.url()).pathname.startsWith(BASE)).toBe(true);
      const hrefs = await page
        .locator('a[href], link[href]')
        .evaluateAll((els) => els.map((el) => (el as HTMLAnchorElement).href));
      for (const href of hrefs) {
        const url = new URL(href);
        if (url.origin !== new URL(page.url()).origin) continue;
        url.hash = '';
        seen.add(url.href);
      }
      const other = lang === 'en' ? 'ko' : 'en';
      await expect(page.locator('[data-language-switch]')).toHaveAttribute(
        'href',
        `${BASE}${under(pageUrl(other, slug))}`,
      );
    }
  }
  for (const href of seen) {
    expect(new URL(href).pathname.startsWith(BASE), href).toBe(true);
    expect((await request.get(href)).status(), href).toBe(200);
  }
  expect(failed).toEqual([]);
});

test('under /factsheet/ search finds pages and its results open', async ({ page }) => {
  for (const [lang, query, target] of [
    ['ko', '엑사원을', 'ko/exaone-history/'],
    ['en', 'sovereign', 'sovereign-ai/'],
  ] as const) {
    await page.goto(under(pageUrl(lang, 'search')));
    await page.locator('main [data-search-input]').fill(query);
    const first = page.locator('main [data-search-results] a').first();
    await expect(first).toBeVisible();
    const hrefs = await page
      .locator('main [data-search-results] a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.every((href) => href.startsWith(BASE))).toBe(true);
    expect(hrefs).toContain(`${BASE}${target}`);
    await page.locator(`main [data-search-results] a[href^="${BASE}${target}"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`${BASE}${target}`));
    await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
  }
});

test('under /factsheet/ an unknown address serves the 404 page with working links', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await page.getByRole('link', { name: 'Go to the overview' }).click();
  await expect(page).toHaveURL(new RegExp(`${BASE}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
