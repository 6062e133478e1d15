import type { Page } from '@playwright/test';
import { LOCALES } from '../../src/site.config.ts';
import { templates } from '../support/content.ts';
import { axeViolations, expect, open, pageBackground, test, UI } from '../support/browser.ts';

/** The narrowest phone layout: where overflow and small targets are likeliest. */
const PHONE = { width: 320, height: 640 };
const DESKTOP = { width: 1280, height: 900 };
const SCHEMES = ['light', 'dark'] as const;

/** What is wrong with the layout of the page as shown: sideways scrolling, controls under 24×24 px. */
async function layoutProblems(page: Page, path: string): Promise<string[]> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  const small = await page
    .locator('button, input, header a, footer a, nav a, a[data-paragraph], a[aria-label]')
    .evaluateAll((elements) =>
      elements
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .filter((el) => el.getBoundingClientRect().width < 24 || el.getBoundingClientRect().height < 24)
        .map((el) => el.outerHTML.slice(0, 80)),
    );
  return [
    ...(scrollWidth > clientWidth ? [`/${path}: ${scrollWidth} px wide in ${clientWidth} px`] : []),
    ...small.map((el) => `/${path}: under 24×24 px: ${el}`),
  ];
}

// Each template is checked in both colour schemes on its first page (contrast depends on the scheme; the
// markup is the same on every page of the template), in dark at desktop width, the other layout. Then
// every page of it once at 320 px, in light: axe, no sideways scrolling, and every control at least
// 24×24 px. One test per template: a browser page per check would cost more than the check.
for (const [name, [sample = '', ...rest]] of templates) {
  test(`${name}: no axe violations (WCAG 2.2 A/AA) in dark on a desktop; on a 320 px phone none, no sideways scrolling and no control under 24×24 px on any of its pages`, async ({
    page,
  }) => {
    // The usual time for a page, per page the walk checks.
    test.setTimeout(test.info().timeout * (1 + rest.length));
    await page.setViewportSize(DESKTOP);
    await open(page, sample);
    const light = await pageBackground(page);
    // With no stored choice the page follows the system scheme live: no reload.
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await pageBackground(page), 'light and dark look different').not.toBe(light);
    const problems = await axeViolations(page, `/${sample} dark desktop`);

    await page.setViewportSize(PHONE);
    await page.emulateMedia({ colorScheme: 'light' });
    for (const path of [sample, ...rest]) {
      await open(page, path);
      problems.push(...(await layoutProblems(page, path)));
      problems.push(...(await axeViolations(page, `/${path} light phone`)));
    }
    expect(problems).toEqual([]);
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
    await open(page, templates.get('en theme')?.[0] ?? '');
    await page.getByRole('navigation', { name: UI.en.mainNav }).getByRole('button', { name }).click();
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      violations.push(...(await axeViolations(page, `${name} ${scheme}`)));
    }
  }
  expect(violations).toEqual([]);
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
