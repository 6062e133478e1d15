// The offline copy: nothing is copied unasked; the control saves the reader's language, which then reads
// and searches offline; a new build fetches only what changed, and a tab of the old build keeps its files.
// Served from a copy of the build on a port of its own, so the build can change mid-test.
import { once } from 'node:events';
import { createServer, type ServerResponse } from 'node:http';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { writeOfflineCopy } from '../../src/integrations/offline-copy/index.ts';
import { cacheName, SUMMARY_FILE, WORKER_FILE, type OfflineSummary } from '../../src/lib/offline-copy.ts';
import { pageWeights } from '../../tools/page-weight.ts';
import { serveSite } from '../../tools/serve.ts';
import { address, SITE } from '../support/builds.ts';
import { expect, open, test as base, UI } from '../support/browser.ts';

interface SiteCopy {
  dir: string;
  url: string;
  /** Changes the served build as a new build would (files, then its worker), on the same address. */
  rebuild(change: (dir: string) => void): Promise<void>;
  /** Serves the folder anew, after a test changed its files (the server lists them when it starts). */
  restart(): Promise<void>;
  /** Until the returned function is called, the host answers every request with `respond` (or never). */
  failing(respond: (response: ServerResponse) => void): Promise<() => Promise<void>>;
}

const test = base.extend<{ site: SiteCopy }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
  site: async ({}, use) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fact-sheet-offline-'));
    cpSync(SITE.dir, dir, { recursive: true });
    let server = await serveSite({ dir, base: SITE.base });
    const port = Number(new URL(server.url).port);
    const site: SiteCopy = {
      dir,
      url: server.url,
      async rebuild(change) {
        server.close();
        change(dir);
        await writeOfflineCopy(dir);
        server = await serveSite({ dir, base: SITE.base, port });
      },
      async restart() {
        server.close();
        server = await serveSite({ dir, base: SITE.base, port });
      },
      async failing(respond) {
        server.close();
        const broken = createServer((_, response) => respond(response)).listen(port);
        await once(broken, 'listening');
        return async () => {
          broken.close();
          broken.closeAllConnections();
          server = await serveSite({ dir, base: SITE.base, port });
        };
      },
    };
    await use(site);
    server.close();
    rmSync(dir, { recursive: true, force: true });
  },
  baseURL: async ({ site }, use) => use(site.url),
  serviceWorkers: 'allow',
});

/** The addresses (relative to the site) the service workers of a context fetch from now on. */
function workerFetches(context: BrowserContext, root: string): string[] {
  const fetched: string[] = [];
  context.on('request', (request) => {
    if (request.serviceWorker()) fetched.push(request.url().replace(root, ''));
  });
  return fetched;
}

const copies = (page: Page) => page.evaluate(() => caches.keys());
const registrations = (page: Page) =>
  page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);

/** The control, once it knows whether this language is saved (one of its two labels shows). */
async function control(page: Page) {
  const footer = page.locator('footer offline-copy');
  await expect(footer.locator('summary > span:visible')).toHaveCount(1);
  return footer;
}

test('a fresh visit fetches only the page and the files the budget counts; no worker is registered', async ({
  page,
  context,
  site,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url().replace(site.url, '')));
  const fetched = workerFetches(context, site.url);
  for (const [lang, slug] of [
    ['en', ''],
    ['ko', 'sovereign-ai'],
    ['en', 'quotes/ultimate-goal'],
    ['ko', 'people'],
  ] as const) {
    requested.length = 0;
    const page_ = address(lang, slug);
    await open(page, page_);
    await control(page);
    const counted = pageWeights(site.dir, SITE.base).find((weight) => weight.page === `/${page_}`);
    // Polled: the icon may be asked for after the page has run its scripts.
    await expect.poll(() => requested.toSorted()).toEqual(counted?.files.toSorted());
  }
  expect(await registrations(page)).toBe(0);
  expect(await copies(page)).toEqual([]);
  expect(fetched).toEqual([]);
});

test('the control saves the reader’s language, which then reads, searches and answers a missing page offline; removing it removes it', async ({
  page,
  context,
  site,
}) => {
  test.slow();
  const summary = JSON.parse(readFileSync(path.join(site.dir, 'offline.json'), 'utf8')) as OfflineSummary;
  await open(page, address('ko', ''));
  const footer = await control(page);
  await footer.getByText(UI.ko.offlineSave, { exact: true }).click();
  // The size is stated before anything is saved, from the build's own list.
  const kilobytes = String(Math.round((summary.copies.ko?.download ?? 0) / 1000));
  await expect(footer.getByRole('status')).toContainText(kilobytes);
  expect(await copies(page)).toEqual([]);
  await footer.getByRole('button', { name: UI.ko.offlineConfirm, exact: true }).click();
  await expect(footer.getByText(UI.ko.offlineSavedLabel, { exact: true })).toBeVisible({ timeout: 60_000 });
  const scope = await page.evaluate(() => new URL(document.baseURI).origin);
  expect(await copies(page)).toEqual([cacheName(`${scope}${SITE.base}`, 'ko')]);

  await context.setOffline(true);
  // A page not visited before, marked as the saved copy.
  await open(page, address('ko', 'people'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(UI.ko.people);
  await expect(page.locator('saved-copy-note')).toBeVisible();
  // Search in the saved language.
  await open(page, address('ko', 'search'));
  await page.locator('main [data-search-input]').fill('엑사원을');
  await expect(page.locator('main [data-search-results] a').first()).toBeVisible();
  // A missing page gets the 404 page; a page of the other language, which was not saved, the offline
  // page. In a page of their own: the browser rightly logs their 404 and 503 responses.
  const other = await context.newPage();
  const missing = await other.goto(`./${address('ko', '')}no-such-page/`);
  expect(missing?.status()).toBe(404);
  await expect(other.getByRole('heading', { level: 1 })).toContainText(UI.en.notFoundTitle);
  await other.goto(`./${address('en', 'people')}`);
  await expect(other.getByText(UI.ko.offlineNotInCopy)).toBeVisible();
  await other.close();

  await context.setOffline(false);
  await open(page, address('ko', ''));
  await footer.getByText(UI.ko.offlineSavedLabel, { exact: true }).click();
  await footer.getByRole('button', { name: UI.ko.offlineRemove }).click();
  await expect(footer.getByText(UI.ko.offlineSave, { exact: true })).toBeVisible();
  expect(await copies(page)).toEqual([]);
  await expect.poll(() => registrations(page)).toBe(0);
});

test('a new build fetches only the files that changed; a tab of the old build still searches offline', async ({
  page,
  context,
  site,
}) => {
  test.slow();
  await open(page, address('en', ''));
  const footer = await control(page);
  await footer.getByText(UI.en.offlineSave, { exact: true }).click();
  await footer.getByRole('button', { name: UI.en.offlineConfirm, exact: true }).click();
  await expect(footer.getByText(UI.en.offlineSavedLabel, { exact: true })).toBeVisible({ timeout: 60_000 });

  // The new build changes one page and drops the search panel's script (a new build names it anew).
  const people = address('en', 'people');
  const heading = `${UI.en.people} (rebuilt)`;
  const fetched = workerFetches(context, site.url);
  await site.rebuild((dir) => {
    const file = path.join(dir, people, 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/(<h1[^>]*>)[^<]*/, `$1${heading}`));
    for (const chunk of readdirSync(path.join(dir, '_astro')).filter((name) =>
      name.startsWith('search-panel.'),
    )) {
      rmSync(path.join(dir, '_astro', chunk));
    }
  });
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
  await expect
    .poll(() =>
      page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)),
    )
    .toBe(true);
  // The worker fetched the changed page and the summary of sizes, nothing else (the browser itself checks sw.js).
  expect(fetched.filter((file) => file !== WORKER_FILE).toSorted()).toEqual(
    [people, SUMMARY_FILE].toSorted(),
  );

  // The old tab, offline, opens search: its worker still has the previous build's script.
  await context.setOffline(true);
  await page.getByRole('button', { name: UI.en.search }).first().click();
  await page.locator('dialog [data-search-input]').fill('EXAONE');
  await expect(page.locator('dialog [data-search-results] a').first()).toBeVisible();

  // Once no tab uses the old build, the new worker takes over and the copy holds the new page. The
  // browser's debugging protocol tells when: a page of the site would itself keep the old worker.
  const next = await context.newPage();
  const debug = await context.newCDPSession(next);
  const versions = new Map<number, string>();
  debug.on('ServiceWorker.workerVersionUpdated', ({ versions: updated }) => {
    for (const version of updated) versions.set(Number(version.versionId), version.status);
  });
  await debug.send('ServiceWorker.enable');
  await page.close();
  await expect.poll(() => versions.get(Math.max(...versions.keys()))).toBe('activated');
  await next.goto(`./${people}`);
  await expect(next.getByRole('heading', { level: 1 })).toHaveText(heading);
});

test('an installed app copies its language by itself, unless the reader asked to save data', async ({
  context,
  site,
}) => {
  const installed = async (saveData: boolean) => {
    const page = await context.newPage();
    await page.addInitScript((saveData) => {
      const matchMedia = window.matchMedia.bind(window);
      window.matchMedia = (query) =>
        query === '(display-mode: standalone)'
          ? ({ ...matchMedia(query), matches: true } as MediaQueryList)
          : matchMedia(query);
      Object.defineProperty(navigator, 'connection', { value: { saveData } });
    }, saveData);
    return page;
  };
  const fetched = workerFetches(context, site.url);
  const saving = await installed(true);
  await open(saving, address('en', ''));
  await control(saving);
  expect(await registrations(saving)).toBe(0);
  expect(fetched).toEqual([]);
  await saving.close();

  const app = await installed(false);
  await open(app, address('en', ''));
  await expect(
    app.locator('footer offline-copy').getByText(UI.en.offlineSavedLabel, { exact: true }),
  ).toBeVisible({
    timeout: 60_000,
  });
  expect(await copies(app)).toHaveLength(1);
});

test('a file that fails while saving is named and the rest kept; a host that answers 5xx or not at all gets the saved copy, with its note', async ({
  page,
  context,
  site,
}) => {
  test.slow();
  const glossary = address('en', 'glossary');
  const file = path.join(site.dir, glossary, 'index.html');
  const bytes = readFileSync(file);
  rmSync(file);
  await site.restart();
  await open(page, address('en', ''));
  const footer = await control(page);
  await footer.getByText(UI.en.offlineSave, { exact: true }).click();
  await footer.getByRole('button', { name: UI.en.offlineConfirm, exact: true }).click();
  await expect(footer.getByRole('status')).toContainText(`/${glossary}`, { timeout: 60_000 });
  await expect(footer.getByText(UI.en.offlineSavedLabel, { exact: true })).toBeVisible();

  // Saving again fetches only what is missing.
  writeFileSync(file, bytes);
  await site.restart();
  const fetched = workerFetches(context, site.url);
  await footer.getByRole('button', { name: UI.en.offlineConfirm, exact: true }).click();
  await expect(footer.getByRole('button', { name: UI.en.offlineRemove })).toBeVisible();
  await expect(footer.getByRole('status')).not.toContainText(`/${glossary}`);
  expect(fetched).toEqual([glossary]);

  for (const respond of [(response: ServerResponse) => response.writeHead(503).end(), () => undefined]) {
    const restore = await site.failing(respond);
    await open(page, glossary);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(UI.en.glossary);
    await expect(page.locator('saved-copy-note')).toBeVisible();
    await restore();
  }
});
