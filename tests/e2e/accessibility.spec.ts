import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { LOCALES } from '../../src/site.config.ts';
import { expect, open, pageBackground, test, UI } from '../support/browser.ts';
import { browserPages, template } from '../support/templates.ts';

const PHONE = { width: 375, height: 740 };
const DESKTOP = { width: 1280, height: 900 };
const SCHEMES = ['light', 'dark'] as const;
const pages = browserPages();

/** One page per template and language (the first by address): where colour and layout rules are exercised. */
const samples = pages.filter(
  (page, i) => pages.findIndex((p) => template(p.path) === template(page.path)) === i,
);

async function axeViolations(page: Page, label: string): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map(
    (v) => `${label} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

// Colour contrast depends on the scheme, so each template is checked in both: in light by the per-page
// check below (at phone width), in dark here (at desktop width, the other layout). Its content is the
// same markup in every page of the template.
for (const { path } of samples) {
  test(`${template(path)} (/${path}): no axe violations (WCAG 2.2 A/AA) in dark, on a desktop`, async ({
    page,
  }) => {
    await page.setViewportSize(DESKTOP);
    await open(page, path);
    const light = await pageBackground(page);
    // With no stored choice the page follows the system scheme live: no reload.
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await pageBackground(page), 'light and dark look different').not.toBe(light);
    expect(await axeViolations(page, 'dark desktop')).toEqual([]);
  });
}

// Every page once (the quote pages: the longest quote in each language), at phone width (the header’s
// compact layout), in the light scheme.
for (const { path } of pages) {
  test(`/${path}: no axe violations (WCAG 2.2 A/AA) on a phone`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.emulateMedia({ colorScheme: 'light' });
    await open(page, path);
    expect(await axeViolations(page, 'light phone')).toEqual([]);
  });
}

// The navigation popovers are closed in the runs above: check them open, where they draw over the page.
test('the open Menu (phone) and Themes (desktop) popovers have no axe violations in light and dark', async ({
  page,
}) => {
  const violations: string[] = [];
  for (const [viewport, name] of [
    [PHONE, UI.en.menu],
    [DESKTOP, UI.en.themes],
  ] as const) {
    await page.setViewportSize(viewport);
    await open(page, samples.find((p) => template(p.path) === 'en theme')?.path ?? '');
    await page.getByRole('navigation', { name: UI.en.mainNav }).getByRole('button', { name }).click();
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      violations.push(...(await axeViolations(page, `${name} ${scheme}`)));
    }
  }
  expect(violations).toEqual([]);
});

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
