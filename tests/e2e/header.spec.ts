import { expect, test } from '@playwright/test';

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the header is compact: the page title and the start of the content are in the first screen', async ({
    page,
  }) => {
    for (const path of ['timeline/', 'ko/timeline/', 'ko/lg-ai-graduate-school/']) {
      await page.goto(path);
      const header = await page.locator('header[data-site-header]').boundingBox();
      expect(header?.height, path).toBeLessThan(844 / 6);
      const h1 = await page.locator('h1').boundingBox();
      const firstParagraph = await page.locator('main p').first().boundingBox();
      expect((h1?.y ?? Infinity) + (h1?.height ?? 0), path).toBeLessThan(844 / 2);
      expect(firstParagraph?.y ?? Infinity, path).toBeLessThan(844);
    }
  });

  test('the menu is a disclosure: keyboard opens it, Escape closes it and returns focus', async ({
    page,
  }) => {
    await page.goto('ko/people/');
    const nav = page.getByRole('navigation', { name: '주 메뉴' });
    const menu = nav.locator('summary', { hasText: '메뉴' });
    const link = nav.getByRole('link', { name: '연표' });
    await expect(link).toBeHidden();
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(link).toBeVisible();
    await expect(nav.getByRole('link', { name: '인물' })).toHaveAttribute('aria-current', 'page');
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: '개요' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(link).toBeHidden();
    await expect(menu).toBeFocused();
    await menu.click();
    await link.click();
    await expect(page).toHaveURL(/\/ko\/timeline\/$/);
  });
});

test.describe('on a 1280 px screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the navigation fits one row in both languages, themes grouped in a disclosure', async ({ page }) => {
    for (const path of ['exaone-history/', 'ko/exaone-history/']) {
      await page.goto(path);
      const nav = page.getByRole('navigation').first();
      const tops = await nav
        .locator('a:visible, summary:visible')
        .evaluateAll((els) => [...new Set(els.map((el) => Math.round(el.getBoundingClientRect().top)))]);
      expect(tops, path).toHaveLength(1);
      const header = await page.locator('header[data-site-header]').boundingBox();
      expect(header?.height, path).toBeLessThan(80);
      const themes = nav.locator('summary:visible');
      await themes.click();
      const current = nav.locator('a[aria-current="page"]:visible');
      await expect(current).toHaveCount(1);
      await page.mouse.click(5, 790);
      await expect(current).toBeHidden();
    }
  });
});

test('the colour scheme offers system, light and dark; system follows the OS live; a choice is kept', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('glossary/');
  const scheme = page.getByRole('combobox', { name: 'Colour scheme' });
  await expect(scheme).toHaveValue('system');
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const light = await background();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(background).not.toBe(light);
  const dark = await background();

  await scheme.selectOption('light');
  await expect.poll(background).toBe(light);
  await page.reload();
  await expect(scheme).toHaveValue('light');
  expect(await background()).toBe(light);

  await page.goto('ko/glossary/');
  const koScheme = page.getByRole('combobox', { name: '화면 색상' });
  await expect(koScheme).toHaveValue('light');
  await koScheme.selectOption('system');
  await expect.poll(background).toBe(dark);
  await page.reload();
  await expect(koScheme).toHaveValue('system');
});

test('a stored scheme is applied before any stylesheet loads (no flash)', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('color-scheme', 'dark'));
  await page.goto('ko/');
  const order = await page.evaluate(() =>
    [...document.head.children].map((el) => `${el.tagName}${el.getAttribute('src') ? ':src' : ''}`),
  );
  const inline = order.indexOf('SCRIPT');
  const firstStyle = order.findIndex((tag) => tag === 'LINK' || tag === 'STYLE');
  expect(inline).toBeGreaterThanOrEqual(0);
  expect(firstStyle === -1 || inline < firstStyle).toBe(true);
  await expect(page.locator('html')).toHaveAttribute('data-color-scheme', 'dark');
});
