import { builtPages } from '../support/builds.ts';
import { expect, open, test, UI } from '../support/browser.ts';

test('the colour-scheme toggle flips the scheme, says so, and is remembered on the next page', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await open(page, 'exaone-history/');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  const toggle = page.getByRole('button', { name: UI.en.darkMode });
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await open(page, 'ko/people/');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: UI.ko.darkMode })).toHaveAttribute('aria-pressed', 'true');
});

test('on every page the language switch opens the same page in the other language', async ({ page }) => {
  for (const { path } of builtPages().filter((p) => p.path !== '404.html')) {
    await open(page, path);
    const lang = await page.locator('html').getAttribute('lang');
    const switchLink = page.locator('[data-language-switch]');
    const other = await switchLink.getAttribute('lang');
    expect(other, `/${path}`).not.toBe(lang);
    await switchLink.click();
    await expect(page.locator('html'), `/${path}`).toHaveAttribute('lang', other ?? '');
  }
});

test('print shows the fact sheet without navigation or search', async ({ page }) => {
  await open(page, 'sovereign-ai/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header[data-site-header]')).toBeHidden();
  await expect(page.locator('[data-open-search]')).toBeHidden();
  await expect(page.locator('article[data-fact]').first()).toBeVisible();
  expect(await page.locator('figure').first().evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
});
