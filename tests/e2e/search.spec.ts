import { expect, test, type Page } from '@playwright/test';
import { pageUrl, quotes, type Lang } from './site.ts';

/** Types a query into the search page's field, as a reader would, and returns the result links. */
async function searchFor(page: Page, lang: Lang, query: string) {
  await page.goto(pageUrl(lang, 'search'));
  const input = page.getByRole('searchbox', {
    name: lang === 'ko' ? '팩트시트 검색' : 'Search the fact sheet',
  });
  await input.fill(query);
  const status = page.locator('main [data-search-status]');
  await expect(status).not.toHaveText('');
  await expect(status).not.toHaveText(lang === 'ko' ? '검색 중…' : 'Searching…');
  return page.getByRole('list', { name: lang === 'ko' ? '검색 결과' : 'Search results' }).getByRole('link');
}

async function topUrls(page: Page, lang: Lang, query: string, count = 3): Promise<string[]> {
  const links = await searchFor(page, lang, query);
  const hrefs = await links.evaluateAll((anchors) =>
    anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  return hrefs.slice(0, count);
}

const quotedPagesOf = (person: string, lang: Lang) => [
  ...new Set(quotes.filter((q) => q.speakers.includes(person)).map((q) => pageUrl(lang, q.theme))),
];

const cases: [Lang, string, string | string[]][] = [
  ['ko', '엑사원을', '/ko/exaone-history/'],
  ['ko', '대학원', '/ko/lg-ai-graduate-school/'],
  ['ko', '소버린AI', '/ko/sovereign-ai/'],
  ['ko', '거품론이', '/ko/ai-bubble/'],
  ['ko', '4.0', '/ko/exaone-history/'],
  ['ko', '임우형', quotedPagesOf('lim-woohyung', 'ko')],
  ['ko', 'AI', '/ko/sovereign-ai/'],
  ['en', 'exaone', '/exaone-history/'],
  ['en', 'graduate', '/lg-ai-graduate-school/'],
  ['en', 'bubbles', '/ai-bubble/'],
  ['en', 'Lim Woo-hyung', quotedPagesOf('lim-woohyung', 'en')],
];

for (const [lang, query, expected] of cases) {
  test(`${lang} search "${query}" finds ${String(expected)} in the top 3`, async ({ page }) => {
    const top = await topUrls(page, lang, query, query === 'AI' ? 10 : 3);
    const wanted = Array.isArray(expected) ? expected : [expected];
    expect(
      top.some((url) => wanted.includes(url)),
      `top results: ${top.join(', ')}`,
    ).toBe(true);
  });
}

test('연구원 finds pages that only write it glued to AI (AI연구원)', async ({ page }) => {
  const links = await searchFor(page, 'ko', '연구원');
  await expect(links.first()).toBeVisible();
  expect(await links.count()).toBeGreaterThan(1);
});

test('a half-typed syllable (대하) finds nothing about the graduate school', async ({ page }) => {
  const links = await searchFor(page, 'ko', '대하');
  const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).pathname));
  expect(hrefs).not.toContain('/ko/lg-ai-graduate-school/');
});

test('results show a title and an excerpt with the matched words marked', async ({ page }) => {
  const links = await searchFor(page, 'en', 'sovereign');
  const item = page.locator('main [data-search-results] li').first();
  await expect(links.first()).not.toHaveText('');
  await expect(item.locator('mark').first()).toContainText(/sovereign/i);
});

const badInputs = [
  '   ',
  '?!…',
  'a'.repeat(500),
  '🙂🎉',
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
];
for (const bad of badInputs) {
  test(`bad input ${JSON.stringify(bad.slice(0, 20))} is handled calmly`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pageUrl('en', 'search'));
    await page.getByRole('searchbox', { name: 'Search the fact sheet' }).fill(bad);
    await page.waitForTimeout(400);
    await expect(page.locator('main [data-search-status]')).not.toHaveText('Searching…');
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(page.locator('main img')).toHaveCount(0);
    expect(errors).toEqual([]);
    // The query is in the URL and loading that URL works too.
    const url = page.url();
    if (bad.trim()) expect(new URL(url).searchParams.get('q')).toBe(bad);
    await page.goto(url);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
  });
}

test('the search page reads ?q= on load and keeps the URL in step', async ({ page }) => {
  await page.goto(`${pageUrl('ko', 'search')}?q=${encodeURIComponent('엑사원')}`);
  const input = page.getByRole('searchbox', { name: '팩트시트 검색' });
  await expect(input).toHaveValue('엑사원');
  await expect(page.getByRole('list', { name: '검색 결과' }).getByRole('link').first()).toBeVisible();
  await input.fill('소버린AI');
  await expect(page).toHaveURL(/q=%EC%86%8C%EB%B2%84%EB%A6%B0AI/);
});

test('clicking a Korean result highlights the matched words on the target page', async ({ page }) => {
  const links = await searchFor(page, 'ko', '소버린AI');
  await links.first().click();
  await expect(page).toHaveURL(/\/ko\/sovereign-ai\//);
  await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
  expect(await page.locator('mark.pagefind-highlight').first().textContent()).toMatch(/소버린|AI/);
});

test('the dialog opens from the keyboard, traps focus and closes on Escape', async ({ page }) => {
  await page.goto(pageUrl('en', ''));
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('exaone');
  await expect(dialog.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toBeVisible();
  for (let i = 0; i < 15; i += 1) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator('[data-open-search]')).toBeFocused();
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
});

test('typing with a Korean IME does not search a half-composed syllable', async ({ page }) => {
  await page.goto(pageUrl('ko', 'search'));
  const searches: string[] = [];
  await page.route('**/pagefind/**', (route) => {
    searches.push(route.request().url());
    return route.continue();
  });
  const input = page.getByRole('searchbox', { name: '팩트시트 검색' });
  await input.focus();
  await page.evaluate(() => {
    const field = document.querySelector<HTMLInputElement>('main [data-search-input]');
    if (!field) throw new Error('no field');
    field.dispatchEvent(new CompositionEvent('compositionstart'));
    field.value = '대하';
    field.dispatchEvent(new InputEvent('input', { isComposing: true, data: '하' }));
  });
  await page.waitForTimeout(500);
  await expect(page.locator('main [data-search-status]')).toHaveText('');
  expect(searches).toEqual([]);
  await page.evaluate(() => {
    const field = document.querySelector<HTMLInputElement>('main [data-search-input]');
    if (!field) throw new Error('no field');
    field.value = '대학';
    field.dispatchEvent(new CompositionEvent('compositionend', { data: '학' }));
  });
  await expect(page.getByRole('list', { name: '검색 결과' }).getByRole('link').first()).toBeVisible();
});

test('a plain page view downloads no Pagefind file', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(pageUrl('ko', 'exaone-history'));
  await page.waitForLoadState('networkidle');
  expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([]);
});

test('without JavaScript the search page explains and lists every page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(pageUrl('en', 'search'));
  await expect(page.getByText('Search needs JavaScript')).toBeVisible();
  await expect(page.locator('main').getByRole('link', { name: 'The history of EXAONE' })).toBeVisible();
  await context.close();
});

test('with JavaScript the search page hides the no-JavaScript fallback', async ({ page }) => {
  await page.goto(pageUrl('en', 'search'));
  await expect(page.getByText('Search needs JavaScript')).toBeHidden();
});

test('every page advertises an OpenSearch description whose template points at the search page', async ({
  page,
  request,
}) => {
  for (const lang of ['en', 'ko'] as const) {
    await page.goto(pageUrl(lang, 'people'));
    const href = await page.locator('link[rel="search"]').getAttribute('href');
    expect(href).toBe(lang === 'ko' ? '/ko/opensearch.xml' : '/opensearch.xml');
    const xml = await (await request.get(href ?? '')).text();
    expect(xml).toContain(`template="http://localhost:4321${pageUrl(lang, 'search')}?q={searchTerms}"`);
  }
});

test('split Korean terms are in the index: 연구원 and 거품론 match the added terms (from AI연구원, AI거품론)', async ({
  page,
}) => {
  await page.goto(pageUrl('ko', 'search'));
  const matched = await page.evaluate(async () => {
    const pagefind = (await import('/pagefind/pagefind.js' as string)) as {
      search(
        q: string,
      ): Promise<{ results: { matchedMetaFields?: string[]; data(): Promise<{ url: string }> }[] }>;
    };
    const out: Record<string, string[]> = {};
    for (const query of ['연구원', '거품론']) {
      const { results } = await pagefind.search(query);
      const hits = await Promise.all(
        results.map(async (r) => ((r.matchedMetaFields ?? []).includes('terms') ? (await r.data()).url : '')),
      );
      out[query] = hits.filter(Boolean);
    }
    return out;
  });
  expect(matched['연구원']?.length).toBeGreaterThan(0);
  expect(matched['거품론']).toContain('/ko/ai-bubble/');
});
