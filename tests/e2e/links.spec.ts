import { expect, test } from '@playwright/test';
import { ALL_PAGES } from './site.ts';

test('no internal link or fragment on any page is broken', async ({ page, request }) => {
  const links = new Map<string, string>(); // target -> first page linking to it
  for (const url of ALL_PAGES) {
    await page.goto(url);
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const target = new URL(href);
      if (target.origin !== new URL(page.url()).origin) continue;
      if (!links.has(target.href)) links.set(target.href, url);
    }
  }
  const idsByPage = new Map<string, Set<string>>();
  for (const [href, from] of links) {
    const target = new URL(href);
    const path = target.pathname + target.search;
    const response = await request.get(path);
    expect(response.status(), `${from} links to ${path}`).toBe(200);
    if (!target.hash) continue;
    if (!idsByPage.has(path)) {
      await page.goto(path);
      idsByPage.set(path, new Set(await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id))));
    }
    const id = decodeURIComponent(target.hash.slice(1));
    expect(idsByPage.get(path)?.has(id), `${from} links to missing #${id} on ${path}`).toBe(true);
  }
  expect(links.size).toBeGreaterThan(50);
});
