/** What the search specs share: where the search page is, typing a query, and reading the results. */
import type { Locator, Page } from '@playwright/test';
import { expect, open, UI } from '../support/browser.ts';
import { ANCHORS, type Lang } from '../../src/site.config.ts';
import { address, pathTo } from '../support/builds.ts';
import { quotes } from '../support/content.ts';

export const searchPage = (lang: Lang) => address(lang, 'search');

/** The result list inside `scope`, once the search in flight (if any) is done. */
export async function settledResults(scope: Locator | Page, lang: Lang): Promise<Locator> {
  const list = scope.getByRole('list', { name: UI[lang].searchResults });
  await expect(list).not.toHaveAttribute('aria-busy', 'true');
  return list;
}

/** Clicks "Show more" in `scope` until every result of the search is listed. */
export async function showAll(scope: Locator, lang: Lang): Promise<void> {
  const more = scope.getByRole('button', { name: UI[lang].searchMore });
  const items = scope.getByRole('list', { name: UI[lang].searchResults }).getByRole('listitem');
  await expect(items.first()).toBeVisible();
  while (await more.isVisible()) {
    const shown = await items.count();
    await more.click();
    await expect(items).not.toHaveCount(shown);
  }
}

/** Types a query into the search page's field, as a reader would, and returns the result links. */
export async function searchFor(page: Page, lang: Lang, query: string, params = '') {
  await open(page, `${searchPage(lang)}${params}`);
  await page.getByRole('searchbox', { name: UI[lang].searchLabel }).fill(query);
  return (await settledResults(page.locator('main'), lang)).getByRole('link');
}

/** Site-relative hrefs (path and hash, no query) of result links. */
export const hrefs = (links: Locator) =>
  links.evaluateAll((anchors) =>
    anchors.map((a) => {
      const url = new URL((a as HTMLAnchorElement).href);
      return url.pathname + url.hash;
    }),
  );

export const quoteHref = (lang: Lang, quote: { id: string; theme: string }) =>
  `${pathTo(lang, quote.theme)}#${ANCHORS.quote(quote.id)}`;
export const quotedPagesOf = (person: string, lang: Lang) => [
  ...new Set(quotes.filter((q) => q.speakers.includes(person)).map((q) => pathTo(lang, q.theme))),
];
export const pathOf = (href: string) => href.replace(/#.*/, '');
