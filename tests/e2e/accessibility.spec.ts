import AxeBuilder from '@axe-core/playwright';
import { LOCALES } from '../../src/site.config.ts';
import { builtPages } from '../support/builds.ts';
import { expect, open, pageBackground, test, UI } from '../support/browser.ts';

const WIDTHS = { mobile: { width: 375, height: 740 }, desktop: { width: 1280, height: 900 } } as const;
const SCHEMES = ['light', 'dark'] as const;
const pages = builtPages();

for (const { path } of pages) {
  test(`/${path}: no axe violations (WCAG 2.2 A/AA) in light and dark, on phones and desktops`, async ({
    page,
  }) => {
    await open(page, path);
    const violations: string[] = [];
    const backgrounds = new Set<string>();
    for (const scheme of SCHEMES) {
      // With no stored choice the page follows the system scheme live: no reload.
      await page.emulateMedia({ colorScheme: scheme });
      backgrounds.add(await pageBackground(page));
      for (const [width, viewport] of Object.entries(WIDTHS)) {
        await page.setViewportSize(viewport);
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        for (const v of results.violations)
          violations.push(`${width} ${scheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }
    }
    expect(violations).toEqual([]);
    expect(backgrounds.size, 'light and dark look different').toBe(SCHEMES.length);
  });
}

// One walk for both layout checks: at the narrowest width, where they are most likely to fail.
test('at 320 px no page scrolls sideways and every control is at least 24×24 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const problems: string[] = [];
  for (const { path } of pages) {
    await open(page, path);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    if (scrollWidth > clientWidth) problems.push(`/${path}: ${scrollWidth} px wide in ${clientWidth} px`);
    const small = await page
      .locator('button, input, header a, footer a, nav a, a[data-paragraph], a[aria-label]')
      .evaluateAll((elements) =>
        elements
          .filter((el) => (el as HTMLElement).offsetParent !== null)
          .filter((el) => el.getBoundingClientRect().width < 24 || el.getBoundingClientRect().height < 24)
          .map((el) => el.outerHTML.slice(0, 80)),
      );
    problems.push(...small.map((el) => `/${path}: under 24×24 px: ${el}`));
  }
  expect(problems).toEqual([]);
});

test('keyboard: the skip link leads to the content, controls show focus, the language switch follows Enter', async ({
  page,
}) => {
  await open(page, 'exaone-history/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: UI.en.skipToContent });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  const scheme = page.getByRole('combobox', { name: UI.en.colorScheme });
  await scheme.focus();
  expect(await scheme.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  await page.getByRole('link', { name: LOCALES.ko.name }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
});
