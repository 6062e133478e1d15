import { expect, test } from '@playwright/test';
import { LANGS, pageSlugs, pageUrl, themeSlugs } from './site.ts';

test('the site has the theme pages the fact sheet promises', () => {
  expect(themeSlugs).toEqual(
    expect.arrayContaining(['exaone-history', 'sovereign-ai', 'lg-ai-graduate-school', 'ai-bubble']),
  );
});

for (const lang of LANGS) {
  for (const slug of pageSlugs) {
    const url = pageUrl(lang, slug);
    test(`${url} is served with lang="${lang}", one h1 and a working language switch`, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1')).toHaveCount(1);
      const other = lang === 'en' ? 'ko' : 'en';
      const switchLink = page.locator('[data-language-switch]');
      await expect(switchLink).toHaveAttribute('lang', other);
      await switchLink.click();
      await expect(page).toHaveURL(pageUrl(other, slug));
      await expect(page.locator('html')).toHaveAttribute('lang', other);
    });
  }
}

test('an unknown address gets the bilingual 404 page with status 404', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toContainText('Page not found');
  await expect(page.locator('[lang="ko"]').first()).toContainText('페이지를 찾을 수 없습니다');
  await page.getByRole('link', { name: '개요로 가기' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
});
