import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { ALL_PAGES, LANGS, pageUrl } from './site.ts';

/** Collects CSP violations, console errors, uncaught errors and requests that leave the origin. */
async function watch(page: Page, origin: string) {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin)
      problems.push(`request: ${url.href}`);
  });
  return problems;
}

test('every page, search and the scheme toggle run without CSP violations, errors or third-party requests', async ({
  page,
  baseURL,
}) => {
  const problems = await watch(page, new URL(baseURL ?? '').origin);
  for (const url of ALL_PAGES) {
    await page.goto(url);
    // The 404 page is static and bilingual: it has no toggle.
    if (url !== '/404.html')
      await page.getByRole('button', { name: /Dark colour scheme|어두운 화면/ }).click();
  }
  for (const lang of LANGS) {
    await page.goto(pageUrl(lang, ''));
    await page.locator('[data-open-search]').click();
    await page
      .getByRole('dialog')
      .getByRole('searchbox')
      .fill(lang === 'ko' ? '엑사원' : 'exaone');
    await page.getByRole('dialog').getByRole('list').getByRole('link').first().click();
    await page.waitForLoadState('networkidle');
  }
  expect(problems).toEqual([]);
});

test('every page carries a Content-Security-Policy without unsafe-inline scripts', async ({ request }) => {
  for (const url of ALL_PAGES) {
    const html = await (await request.get(url)).text();
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp, url).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp, url).toContain("worker-src 'self'");
    expect(csp, url).toContain("connect-src 'self'");
    expect(csp, url).not.toContain('unsafe-inline');
  }
  const headers = (await request.get('/')).headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['strict-transport-security']).toContain('max-age=');
  expect(headers['referrer-policy']).toBeTruthy();
  expect(headers['permissions-policy']).toBeTruthy();
  expect(headers['cache-control'] ?? '').not.toContain('immutable');
  const css = /href="(\/_astro\/[^"]+\.css)"/.exec(await (await request.get('/')).text())?.[1] ?? '';
  expect((await request.get(css)).headers()['cache-control']).toContain('immutable');
});

const PAYLOAD = '"><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

test('payloads in the query, the hash and the highlight parameter never run', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const encoded = encodeURIComponent(PAYLOAD);
  for (const url of [
    `${pageUrl('en', 'search')}?q=${encoded}`,
    `${pageUrl('ko', 'search')}?q=${encoded}#${encoded}`,
    `${pageUrl('en', 'exaone-history')}?highlight=${encoded}#${encoded}`,
    `${pageUrl('ko', 'sovereign-ai')}?highlight=${encodeURIComponent('<script>')}&highlight=${encoded}`,
  ]) {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned), url).toBeUndefined();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
  }
  expect(errors).toEqual([]);
});

test('every page is valid HTML (html-validate)', async () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // Page titles carry the site name and the Korean title; long titles are intended.
      'long-title': 'off',
      // Heading ids are generated from Korean headings (e.g. "1.0에서-4.0까지").
      'valid-id': ['error', { relaxed: true }],
      // Search filters are checkbox groups sharing a name (`?speaker=a&speaker=b`), as HTML intends.
      'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
    },
  });
  const dist = path.resolve('dist');
  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
  expect(files.length).toBeGreaterThan(20);
  const messages: string[] = [];
  for (const file of files) {
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    for (const result of report.results) {
      for (const m of result.messages)
        messages.push(`${path.relative(dist, file)}:${m.line} ${m.ruleId}: ${m.message}`);
    }
  }
  expect(messages).toEqual([]);
});

test('pages publish canonical, hreflang, Open Graph and JSON-LD metadata', async ({ page }) => {
  for (const lang of LANGS) {
    await page.goto(pageUrl(lang, 'exaone-history'));
    const abs = (l: typeof lang) => `http://localhost:4321${pageUrl(l, 'exaone-history')}`;
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', abs(lang));
    await expect(page.locator('link[hreflang="en"]')).toHaveAttribute('href', abs('en'));
    await expect(page.locator('link[hreflang="ko"]')).toHaveAttribute('href', abs('ko'));
    await expect(page.locator('link[hreflang="x-default"]')).toHaveAttribute('href', abs('en'));
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /EXAONE|엑사원/);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    const ogImage = new URL((await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '');
    expect(ogImage.pathname).toBe(`/og/${lang}/exaone-history.png`);
    const image = await page.request.get(ogImage.pathname);
    expect(image.headers()['content-type']).toBe('image/png');
    const png = await image.body();
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
    ) as {
      '@graph': { '@type': string; creator?: unknown }[];
    };
    const types = jsonLd['@graph'].map((node) => node['@type']);
    expect(types).toEqual(expect.arrayContaining(['WebSite', 'NewsArticle', 'Person', 'Quotation']));
  }
});

test('sitemap, robots.txt and open data are published', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Sitemap: http://localhost:4321/sitemap-index.xml');
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  expect(sitemap).toContain('<loc>http://localhost:4321/ko/exaone-history/</loc>');
  expect(sitemap).toContain('hreflang="ko"');
  const facts = (await (await request.get('/data/facts.json')).json()) as {
    id: string;
    permalink_en: string;
  }[];
  expect(facts.length).toBeGreaterThan(20);
  for (const fact of facts) expect(fact.permalink_en).toMatch(/^http:\/\/localhost:4321\/[a-z-]+\/#fact-/);
  const csv = await (await request.get('/data/quotes.csv')).text();
  expect(csv.split('\r\n')[0]).toBe(
    '\ufeffid,theme,speakers,paragraph,text_ko,text_en,permalink_en,permalink_ko',
  );
});
