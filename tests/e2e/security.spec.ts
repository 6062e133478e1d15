// Every test here also fails on a console error, an uncaught error, a CSP violation or a request to
// another origin (see the shared `test`).
import { address } from '../support/builds.ts';
import { expect, open, test, UI } from '../support/browser.ts';

const PAYLOAD = '"><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
const encoded = encodeURIComponent(PAYLOAD);

test('payloads in the search query and the hash are shown as text, never run', async ({ page }) => {
  for (const [url, lang] of [
    [`${address('en', 'search')}?q=${encoded}`, 'en'],
    [`${address('ko', 'search')}?q=${encoded}#${encoded}`, 'ko'],
  ] as const) {
    await open(page, url);
    const status = page.locator('main [data-search-status]');
    // Wait for the search to finish: the status leaves its empty and "searching" states.
    await expect(status).not.toHaveText('');
    await expect(status).not.toHaveText(UI[lang].searchLoading);
    await expect(page.locator('main [data-search-input]')).toHaveValue(PAYLOAD);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned), url).toBeUndefined();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
  }
});

test('payloads in the highlight parameter and the hash are never run', async ({ page }) => {
  for (const [url, word] of [
    [`${address('en', 'exaone-history')}?highlight=EXAONE&highlight=${encoded}#${encoded}`, 'EXAONE'],
    [
      `${address('ko', 'sovereign-ai')}?highlight=${encodeURIComponent('<script>')}&highlight=${encoded}&highlight=소버린`,
      '소버린',
    ],
  ] as const) {
    await open(page, url);
    // The real word gets marked, so the highlighter has read every parameter.
    await expect(page.locator('mark.pagefind-highlight', { hasText: word }).first()).toBeVisible();
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned), url).toBeUndefined();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
  }
});
