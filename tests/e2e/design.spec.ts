import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PAGE_BUDGET, pageWeights } from '../../tools/page-weight.ts';
import { ALL_PAGES, LANGS, pageSlugs, pageUrl } from './site.ts';

const VIEWPORTS = { mobile: { width: 375, height: 740 }, desktop: { width: 1280, height: 900 } } as const;
const SCHEMES = ['light', 'dark'] as const;

async function useScheme(page: Page, scheme: (typeof SCHEMES)[number]) {
  await page.emulateMedia({ colorScheme: scheme });
}

/** One page per template gets screenshots (a theme page, the people page, …), in both languages. */
const TEMPLATE_PAGES = new Set([
  ...LANGS.flatMap((lang) =>
    ['', 'exaone-history', 'people', 'timeline', 'glossary', 'source', 'search'].map((slug) =>
      pageUrl(lang, slug),
    ),
  ),
  '/404.html',
]);

for (const url of ALL_PAGES) {
  test(`${url}: no axe violations (WCAG 2.2 A/AA) in light and dark, mobile and desktop`, async ({
    page,
  }, info) => {
    test.setTimeout(120_000); // four axe runs and, for template pages, four full-page screenshots
    await page.goto(url);
    for (const [size, viewport] of Object.entries(VIEWPORTS)) {
      for (const scheme of SCHEMES) {
        await page.setViewportSize(viewport);
        await useScheme(page, scheme);
        await page.reload();
        await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(
          results.violations.map(
            (v) => `${size} ${scheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          ),
        ).toEqual([]);
        if (TEMPLATE_PAGES.has(url)) {
          const name = `${url.replace(/\W+/g, '_') || 'root'}-${size}-${scheme}.png`;
          await page.screenshot({ path: info.outputPath(name), fullPage: true });
        }
      }
    }
  });
}

test('no page scrolls horizontally at 320 px, in either language', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const url of ALL_PAGES) {
    await page.goto(url);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth, url).toBeLessThanOrEqual(clientWidth);
  }
});

test('controls and navigation links are at least 24×24 px', async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.mobile);
  for (const url of [pageUrl('en', ''), pageUrl('ko', 'exaone-history'), pageUrl('en', 'source')]) {
    await page.goto(url);
    const small = await page
      .locator('button, input, header a, footer a, nav a, a[data-paragraph], a[aria-label]')
      .evaluateAll((elements) =>
        elements
          .filter((el) => (el as HTMLElement).offsetParent !== null)
          .map((el) => ({ el: el.outerHTML.slice(0, 80), box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.width < 24 || box.height < 24)
          .map(({ el }) => el),
      );
    expect(small, url).toEqual([]);
  }
});

test('every page has one h1, ordered headings and named landmarks', async ({ page }) => {
  for (const url of ALL_PAGES) {
    await page.goto(url);
    await expect(page.locator('h1'), url).toHaveCount(1);
    const levels = await page
      .locator('h1, h2, h3, h4, h5, h6')
      .evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    levels.forEach((level, i) => {
      if (i > 0)
        expect(level - (levels[i - 1] ?? 1), `${url} heading order ${levels.join(',')}`).toBeLessThanOrEqual(
          1,
        );
    });
    await expect(page.locator('main'), url).toHaveCount(1);
    const navNames = await page
      .locator('nav')
      .evaluateAll((navs) =>
        navs.map((n) => n.getAttribute('aria-label') ?? n.getAttribute('aria-labelledby')),
      );
    expect(navNames.every(Boolean), `${url} unnamed nav`).toBe(true);
  }
});

test('Korean inside English pages carries lang="ko"', async ({ page }) => {
  for (const slug of pageSlugs) {
    await page.goto(pageUrl('en', slug));
    const unmarked = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const found: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!/[\uac00-\ud7a3]/.test(node.textContent ?? '')) continue;
        if (node.parentElement?.closest('[lang]')?.getAttribute('lang') !== 'ko')
          found.push(node.textContent ?? '');
      }
      return found;
    });
    expect(unmarked, slug).toEqual([]);
  }
});

test('keyboard: skip link, header controls, scheme toggle and language switch', async ({ page }) => {
  await page.goto(pageUrl('en', 'exaone-history'));
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  await page.reload();
  const toggle = page.getByRole('button', { name: 'Dark colour scheme' });
  await toggle.focus();
  const outline = await toggle.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  const before = await page.locator('html').getAttribute('data-theme');
  await page.keyboard.press('Space');
  const after = before === 'dark' ? 'light' : 'dark';
  await expect(page.locator('html')).toHaveAttribute('data-theme', after);
  await expect(toggle).toHaveAttribute('aria-pressed', String(after === 'dark'));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', after);

  await page.getByRole('link', { name: '한국어' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(pageUrl('ko', 'exaone-history'));
});

test('the stored scheme is applied by an inline script before any stylesheet (no flash)', async ({
  page,
}) => {
  await page.addInitScript(() => localStorage.setItem('color-scheme', 'dark'));
  await page.goto(pageUrl('ko', ''));
  const order = await page.evaluate(() =>
    [...document.head.children].map((el) => `${el.tagName}${el.getAttribute('src') ? ':src' : ''}`),
  );
  const inline = order.indexOf('SCRIPT');
  const firstStyle = order.findIndex((tag) => tag === 'LINK' || tag === 'STYLE');
  expect(inline).toBeGreaterThanOrEqual(0);
  expect(firstStyle === -1 || inline < firstStyle).toBe(true);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('print shows the fact sheet without navigation or search', async ({ page }) => {
  await page.goto(pageUrl('en', 'sovereign-ai'));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header[data-site-header]')).toBeHidden();
  await expect(page.locator('[data-open-search]')).toBeHidden();
  await expect(page.locator('#fact-no-technology-dependence')).toBeVisible();
  const breakInside = await page
    .locator('figure')
    .first()
    .evaluate((el) => getComputedStyle(el).breakInside);
  expect(breakInside).toBe('avoid');
});

test('every page stays within the first-visit budget (HTML + CSS + JS, gzip)', () => {
  const weights = pageWeights('dist');
  expect(weights.length).toBeGreaterThan(20);
  const over = weights.filter((w) => w.total > PAGE_BUDGET).map((w) => `${w.page}: ${w.total} B`);
  expect(over).toEqual([]);
});
