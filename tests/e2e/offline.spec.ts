// The offline copy: a service worker keeps both languages for reading and searching, and a new build
// replaces it. Served from a copy of the build on a port of its own, so the copy can change mid-test.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { writeServiceWorker } from '../../src/integrations/precache/index.ts';
import { sectionSlug } from '../../src/site.config.ts';
import { freePort } from '../../tools/free-port.ts';
import { serveSite } from '../../tools/serve.ts';
import { address, SITE } from '../support/builds.ts';
import { expect, open, test as base, UI } from '../support/browser.ts';

interface SiteCopy {
  /** The version of the offline copy the served build's worker keeps. */
  version: string;
  url: string;
  /** Changes the served build as a new build would (a file, then its worker), on the same address. */
  rebuild(file: string, change: (html: string) => string): Promise<string>;
}

const test = base.extend<{ site: SiteCopy }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
  site: async ({}, use) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fact-sheet-offline-'));
    cpSync(SITE.dir, dir, { recursive: true });
    const port = await freePort();
    let server = await serveSite({ dir, base: SITE.base, port });
    const site: SiteCopy = {
      version: (await writeServiceWorker(dir)).version,
      url: server.url,
      async rebuild(file, change) {
        server.close();
        const target = path.join(dir, file);
        writeFileSync(target, change(readFileSync(target, 'utf8')));
        site.version = (await writeServiceWorker(dir)).version;
        server = await serveSite({ dir, base: SITE.base, port });
        return site.version;
      },
    };
    await use(site);
    server.close();
    rmSync(dir, { recursive: true, force: true });
  },
  baseURL: async ({ site }, use) => use(site.url),
  serviceWorkers: 'allow',
});

/** The names of the offline copies the page's origin holds. */
const copies = (page: Page) => page.evaluate(() => caches.keys());

test('after a first visit, both languages read and search offline; a new build replaces the copy on the next online visit', async ({
  page,
  context,
  site,
}) => {
  // The worker copies the whole site twice (a first visit, then the new build): allow for a busy machine.
  test.slow();
  await open(page, '');
  // Ready once the worker has installed, that is once it has copied every file.
  await page.evaluate(async () => void (await navigator.serviceWorker.ready));
  expect(await copies(page)).toEqual([expect.stringContaining(site.version)]);

  await context.setOffline(true);
  await open(page, address('ko', sectionSlug('people')));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(UI.ko.people);
  await open(page, address('ko', sectionSlug('search')));
  await page.locator('main [data-search-input]').fill('엑사원을');
  const result = page.locator('main [data-search-results] a').first();
  await expect(result).toBeVisible();
  await result.click();
  await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();

  // A new build changes a page: online, the next visit shows it, and the new worker replaces the copy.
  await context.setOffline(false);
  const people = address('en', sectionSlug('people'));
  const heading = `${UI.en.people} (rebuilt)`;
  const oldVersion = site.version;
  const newVersion = await site.rebuild(`${people}index.html`, (html) =>
    html.replace(/(<h1[^>]*>)[^<]*/, `$1${heading}`),
  );
  expect(newVersion).not.toBe(oldVersion);
  await open(page, people);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  await expect.poll(() => copies(page), { timeout: 60_000 }).toEqual([expect.stringContaining(newVersion)]);

  await context.setOffline(true);
  await open(page, people);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
});
