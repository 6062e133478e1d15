import { querySelector, querySelectorAll } from 'ultrahtml/selector';
import { expect, it } from 'vitest';
import { DEFAULT_LANG, LANGS, LOCALES } from '../../src/site.config.ts';
import { quotes } from '../support/content.ts';
import {
  attr,
  builtPages,
  langAndSlug,
  pageAt,
  builtPage,
  rawTextOf,
  textOf,
  readPage,
  SITE,
} from '../support/builds.ts';

const pages = builtPages().filter((page) => page.path !== '404.html');

it.for(pages.map((page) => ({ ...page, name: `/${page.path}` })))(
  '$name names its canonical address, its twin in every language and its Open Graph card',
  (page) => {
    const doc = readPage(page);
    const [lang, slug] = langAndSlug(page.path);
    const self = new URL(page.path, SITE.root).href;
    expect(attr(doc, 'html', 'lang')).toBe(lang);
    expect(attr(doc, 'link[rel="canonical"]', 'href')).toBe(self);
    expect(attr(doc, 'meta[property="og:url"]', 'content')).toBe(self);
    for (const other of LANGS) {
      const href = attr(doc, `link[rel="alternate"][hreflang="${other}"]`, 'href') ?? '';
      const twin = pageAt(href);
      expect(twin && langAndSlug(twin.path), href).toEqual([other, slug]);
      // The twin names this page back.
      if (twin) expect(attr(readPage(twin), `link[rel="alternate"][hreflang="${lang}"]`, 'href')).toBe(self);
    }
    expect(attr(doc, 'link[rel="alternate"][hreflang="x-default"]', 'href')).toBe(
      attr(doc, `link[rel="alternate"][hreflang="${DEFAULT_LANG}"]`, 'href'),
    );
    expect(attr(doc, 'meta[property="og:locale"]', 'content')).toBe(LOCALES[lang].ogLocale);
    expect(attr(doc, 'meta[property="og:title"]', 'content')).toBeTruthy();
    expect(attr(doc, 'meta[property="og:description"]', 'content')).toBe(
      attr(doc, 'meta[name="description"]', 'content'),
    );
    expect(attr(doc, 'meta[name="twitter:card"]', 'content')).toBe('summary_large_image');
  },
);

it.for(pages.map((page) => ({ ...page, name: `/${page.path}` })))(
  '$name describes the site, the article and its people where it is about them, and each quote on it, in JSON-LD',
  (page) => {
    const doc = readPage(page);
    const [script, ...others] = querySelectorAll(doc, 'script[type="application/ld+json"]');
    expect(others).toEqual([]);
    const graph = (
      JSON.parse(script ? rawTextOf(script) : '{}') as {
        '@graph': { '@type': string; '@id'?: string; url?: string; creator?: unknown }[];
      }
    )['@graph'];
    const types = graph.map((node) => node['@type']);
    expect(types).toContain('WebSite');
    // The article and the people are described where the page is about them; elsewhere referenced by id.
    const [, slug] = langAndSlug(page.path);
    expect(types.includes('NewsArticle'), page.path).toBe(slug === '' || slug === 'source');
    expect(types.includes('Person'), page.path).toBe(slug === '' || slug === 'people');
    expect(types.filter((type) => type === 'Quotation')).toHaveLength(
      querySelectorAll(doc, 'figure[data-quote]').length,
    );
    // A quote whose speaker the article does not name has no creator: the page only infers one.
    for (const node of graph.filter((n) => n['@type'] === 'Quotation')) {
      const quote = quotes.find((q) => node.url?.endsWith(`#${q.anchor}`));
      expect(quote, node.url).toBeDefined();
      expect('creator' in node, node.url).toBe(quote?.attributionNote === undefined);
      // One identity on every page, in either language: the quote's English page.
      expect(new URL(node['@id'] ?? '').pathname, node.url).toBe(quote?.pageHref('en'));
    }
  },
);

it('every page can be found: a title, a description, no noindex, and links that say where they go', () => {
  const problems: string[] = [];
  for (const page of pages) {
    const doc = readPage(page);
    if (!textOf(querySelector(doc, 'title') ?? doc).trim()) problems.push(`/${page.path}: empty <title>`);
    if (!attr(doc, 'meta[name="description"]', 'content')?.trim()) {
      problems.push(`/${page.path}: no description`);
    }
    if (/noindex/.test(attr(doc, 'meta[name="robots"]', 'content') ?? '')) {
      problems.push(`/${page.path}: noindex`);
    }
    for (const link of querySelectorAll(doc, 'a[href]')) {
      if (!textOf(link).trim() && !link.attributes['aria-label']) {
        problems.push(`/${page.path}: link to ${link.attributes.href} has no text`);
      }
    }
  }
  expect(problems).toEqual([]);
});

it('the 404 page is kept out of search engines', () => {
  expect(attr(readPage(builtPage('404.html')), 'meta[name="robots"]', 'content')).toBe('noindex');
});
