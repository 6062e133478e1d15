import { address } from '../support/builds.ts';
import { quotes } from '../support/content.ts';
import { expect, open, pageBackground, test, UI } from '../support/browser.ts';

test('the colour-scheme choice overrides the system at once (nothing animates), is remembered, and "system" follows it live', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await open(page, 'exaone-history/');
  const background = () => pageBackground(page);
  const light = await background();
  const select = page.getByRole('combobox', { name: UI.en.colorScheme });
  await expect(select).toHaveValue('system');
  await select.selectOption('dark');
  // The browser context asks for reduced motion: the switch is immediate, nothing animates.
  expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  await expect.poll(background).not.toBe(light);
  const dark = await background();
  await open(page, address('ko', 'people'));
  await expect(page.getByRole('combobox', { name: UI.ko.colorScheme })).toHaveValue('dark');
  await expect.poll(background).toBe(dark);
  await page.getByRole('combobox', { name: UI.ko.colorScheme }).selectOption('system');
  await expect.poll(background).toBe(light);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(background).toBe(dark);
});

test('print shows the fact sheet without navigation or search', async ({ page }) => {
  await open(page, 'sovereign-ai/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header[data-site-header]')).toBeHidden();
  await expect(page.locator('[data-fact]').first()).toBeVisible();
  expect(
    await page
      .locator('figure')
      .first()
      .evaluate((el) => getComputedStyle(el).breakInside),
  ).toBe('avoid');
});

test('a quote page copies its own address and says so', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(baseURL ?? '').origin,
  });
  await open(page, address('ko', quotes[0]?.pageSlug ?? ''));
  await page.getByRole('button', { name: UI.ko.copyLink }).click();
  await expect(page.getByRole('status')).toHaveText(UI.ko.linkCopied);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.locator('link[rel="canonical"]').getAttribute('href'));
});

test('in "On this page", an entry that wraps keeps its number on its first line', async ({ page }) => {
  await page.setViewportSize({ width: 1100, height: 800 });
  await open(page, 'exaone-history/');
  const entries = page.getByRole('navigation', { name: UI.en.onThisPage }).getByRole('listitem');
  const placements = await entries.evaluateAll((items) =>
    items.map((item) => {
      // The entry's lines of text, one box each.
      const range = document.createRange();
      range.selectNodeContents(item.querySelector('a')?.firstChild ?? item);
      const lines = [...range.getClientRects()];
      // The list marker sits on the baseline of the item's first line box: an empty inline box there shows where.
      const probe = item.insertBefore(document.createElement('span'), item.firstChild);
      probe.textContent = '\u200b';
      const marker = probe.getBoundingClientRect();
      probe.remove();
      const tops = new Set(lines.map((line) => Math.round(line.top)));
      return { lines: tops.size, offset: Math.abs(marker.bottom - (lines[0]?.bottom ?? marker.bottom)) };
    }),
  );
  expect(placements.some((entry) => entry.lines > 1)).toBe(true);
  for (const entry of placements) expect(entry.offset).toBeLessThan(4);
});
