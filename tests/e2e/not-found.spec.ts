// Plain Playwright `test`: the browser rightly logs the 404 response as an error here.
import { expect, test } from '@playwright/test';
import { UI } from '../support/browser.ts';

test('an unknown address gets the bilingual 404 page with status 404, and its links work', async ({
  page,
}) => {
  const response = await page.goto('./no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toContainText(UI.en.notFoundTitle);
  await expect(page.locator('[lang="ko"]').first()).toContainText(UI.ko.notFoundTitle);
  await page.getByRole('link', { name: '개요로 가기' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
});
