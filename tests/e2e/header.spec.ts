import { expect, open, test, UI } from '../support/browser.ts';
import { address } from '../support/builds.ts';

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the header is compact: the page title and the start of the content are in the first screen', async ({
    page,
  }) => {
    for (const path of [
      address('en', 'timeline'),
      address('ko', 'timeline'),
      address('ko', 'lg-ai-graduate-school'),
    ]) {
      await open(page, path);
      const header = await page.locator('header[data-site-header]').boundingBox();
      expect(header?.height, path).toBeLessThan(844 / 6);
      const h1 = await page.locator('h1').boundingBox();
      const firstParagraph = await page.locator('main p').first().boundingBox();
      expect((h1?.y ?? Infinity) + (h1?.height ?? 0), path).toBeLessThan(844 / 2);
      expect(firstParagraph?.y ?? Infinity, path).toBeLessThan(844);
    }
  });

  test('the menu is a popover: keyboard opens it, Escape closes it and returns focus', async ({ page }) => {
    await open(page, address('ko', 'people'));
    const nav = page.getByRole('navigation', { name: UI.ko.mainNav });
    const menu = nav.getByRole('button', { name: UI.ko.menu });
    const link = nav.getByRole('link', { name: UI.ko.timeline });
    await expect(link).toBeHidden();
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(link).toBeVisible();
    await expect(nav.getByRole('link', { name: UI.ko.people })).toHaveAttribute('aria-current', 'page');
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: UI.ko.overview })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(link).toBeHidden();
    await expect(menu).toBeFocused();
    await menu.click();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/${address('ko', 'timeline')}$`));
  });

  test('a click on the open menu’s own whitespace leaves it open', async ({ page }) => {
    await open(page, address('en', 'people'));
    const nav = page.getByRole('navigation', { name: UI.en.mainNav });
    const link = nav.getByRole('link', { name: UI.en.timeline });
    await nav.getByText(UI.en.menu).click();
    await expect(link).toBeVisible();
    // The panel's padding: not a link, not focusable.
    await nav
      .locator('ul')
      .first()
      .locator('..')
      .click({ position: { x: 3, y: 3 } });
    await expect(link).toBeVisible();
  });
});

test.describe('on a 1280 px screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the navigation fits one row in both languages, themes grouped in a popover', async ({ page }) => {
    for (const lang of ['en', 'ko'] as const) {
      const path = address(lang, 'exaone-history');
      await open(page, path);
      const nav = page.getByRole('navigation').first();
      const tops = await nav
        .locator('a:visible, button:visible')
        .evaluateAll((els) => [...new Set(els.map((el) => Math.round(el.getBoundingClientRect().top)))]);
      expect(tops, path).toHaveLength(1);
      const header = await page.locator('header[data-site-header]').boundingBox();
      expect(header?.height, path).toBeLessThan(80);
      const themes = nav.getByRole('button', { name: UI[lang].themes });
      await themes.click();
      const current = nav.locator('a[aria-current="page"]:visible');
      await expect(current).toHaveCount(1);
      // The themes open under their button, not somewhere else on the screen.
      const button = await themes.boundingBox();
      const list = await current.locator('xpath=ancestor::ul[1]').boundingBox();
      expect(list && button && Math.abs(list.x - button.x), path).toBeLessThan(2);
      expect(list && button && list.y - (button.y + button.height), path).toBeGreaterThanOrEqual(0);
      expect(list && button && list.y - (button.y + button.height), path).toBeLessThan(16);
      // Light dismiss: a click outside the popover closes it.
      await page.locator('h1').click();
      await expect(current).toBeHidden();
    }
  });
});

test.describe('without JavaScript, on a 390 px phone', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

  test('the menu opens and its links lead to their pages', async ({ page }) => {
    await open(page, address('en', 'people'));
    const nav = page.getByRole('navigation', { name: UI.en.mainNav });
    await nav.getByRole('button', { name: UI.en.menu }).click();
    await nav.getByRole('link', { name: UI.en.timeline }).click();
    await expect(page).toHaveURL(new RegExp(`/${address('en', 'timeline')}$`));
  });
});
