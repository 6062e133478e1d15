/**
 * Playwright's `test`, extended so every test also fails when a page it opened logs an error, throws,
 * violates its Content-Security-Policy or requests anything from another origin.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import { test as base, expect, type Page } from '@playwright/test';
import en from '../../src/i18n/en.json' with { type: 'json' };
import ko from '../../src/i18n/ko.json' with { type: 'json' };
import type { Lang } from '../../src/site.config.ts';

export { expect };

/** The UI strings a reader sees, by language: accessible names come from here, not from the pages. */
export const UI = { en, ko } satisfies Record<Lang, unknown>;

export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? '').origin;
      const problems: string[] = [];
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(
            `CSP violation on ${location.pathname}: ${event.violatedDirective} ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`,
          );
        });
      });
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) {
          problems.push(`request: ${url.href}`);
        }
      });
      await use(problems);
      expect(problems, 'errors, CSP violations or third-party requests').toEqual([]);
    },
    { auto: true },
  ],
});

/** Opens a page by its address relative to the site root (`''`, `'ko/people/'`, `'404.html'`). */
export async function open(page: Page, address: string) {
  const response = await page.goto(`./${address}`);
  expect(response?.status(), address).toBe(200);
  return response;
}

/** The page's background colour, which tells which colour scheme is in effect. */
export function pageBackground(page: Page): Promise<string> {
  return page.locator('html').evaluate((html) => getComputedStyle(html).backgroundColor);
}

/** axe-core's browser build, evaluated in each page it checks. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Axe's WCAG 2.2 A/AA violations on the page as it is now, each as `label rule: targets`. axe-core runs
 * in the page through its own API, asked for violations only: the pages have no frames, and a wrapper
 * that merges frame results (in a second page) and returns every pass tripled the cost of a check.
 * Evaluated through the browser's debugging protocol, its code is not subject to the page's CSP.
 */
export async function axeViolations(page: Page, label: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run(...args: unknown[]): Promise<AxeResults> } }).axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((results) =>
          results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        ),
    WCAG_22_AA,
  );
  return violations.map((violation) => `${label} ${violation}`);
}
