import { globSync } from 'node:fs';
import path from 'node:path';
import { ELEMENT_NODE, TEXT_NODE, walkSync, type Node } from 'ultrahtml';
import { querySelector, querySelectorAll } from 'ultrahtml/selector';
import { expect, it } from 'vitest';
import { LANGS, SECTIONS } from '../../src/site.config.ts';
import { attr, builtPages, langAndSlug, langOf, pageAt, readPage, SITE } from '../support/builds.ts';

const pages = builtPages();
const named = (list: typeof pages) => list.map((page) => ({ ...page, name: `/${page.path}` }));

it.for(LANGS)(
  'every section and every theme of content/themes/%s/ is a page, and nothing else is',
  (lang) => {
    const themes = globSync('*.mdx', { cwd: `content/themes/${lang}` }).map((file) =>
      path.basename(file, '.mdx'),
    );
    const expected = ['', ...themes, ...SECTIONS.map((section) => section.slug)];
    const built = pages.filter((page) => page.path !== '404.html' && langAndSlug(page.path)[0] === lang);
    expect(built.map((page) => langAndSlug(page.path)[1]).toSorted()).toEqual(expected.toSorted());
    expect(pages.map((page) => page.path)).toContain('404.html');
  },
);

it.for(named(pages))('$name has one h1, headings in order, one main and only named navigation', (page) => {
  const doc = readPage(page);
  expect(querySelectorAll(doc, 'h1')).toHaveLength(1);
  const levels = querySelectorAll(doc, 'h1, h2, h3, h4, h5, h6').map((h: Node) => Number(h.name[1]));
  const skips = levels.filter((level, i) => i > 0 && level - (levels[i - 1] ?? 1) > 1);
  expect(skips, `heading levels ${levels.join(',')}`).toEqual([]);
  expect(querySelectorAll(doc, 'main')).toHaveLength(1);
  const unnamed = querySelectorAll(doc, 'nav').filter(
    (nav: Node) => !nav.attributes['aria-label'] && !nav.attributes['aria-labelledby'],
  );
  expect(unnamed).toEqual([]);
});

it.for(named(pages.filter((page) => page.path !== '404.html')))(
  '$name links to the same page in the other language',
  (page) => {
    const doc = readPage(page);
    const [lang, slug] = langAndSlug(page.path);
    const target = pageAt(
      attr(doc, '[data-language-switch]', 'href') ?? '',
      SITE,
      new URL(page.path, SITE.root).href,
    );
    const targetLang = attr(doc, '[data-language-switch]', 'lang');
    expect(targetLang).not.toBe(lang);
    expect(target && langAndSlug(target.path)).toEqual([targetLang, slug]);
    expect(target && attr(readPage(target), 'html', 'lang')).toBe(targetLang);
  },
);

it('Korean text on English pages is marked lang="ko"', () => {
  const unmarked: string[] = [];
  for (const page of pages.filter((p) => attr(readPage(p), 'html', 'lang') === 'en')) {
    walkSync(querySelector(readPage(page), 'body'), (node: Node) => {
      if (node.type !== TEXT_NODE || !/[\uac00-\ud7a3]/.test(node.value)) return;
      if (langOf(node) !== 'ko') unmarked.push(`/${page.path}: ${node.value.trim()}`);
    });
  }
  expect(unmarked).toEqual([]);
});

it('the stored colour scheme is applied by an inline script before any stylesheet loads (no flash)', () => {
  for (const page of pages) {
    const head = querySelector(readPage(page), 'head').children.filter((n: Node) => n.type === ELEMENT_NODE);
    const inline = head.findIndex(
      (n: Node) => n.name === 'script' && !n.attributes.src && !n.attributes.type,
    );
    const firstStyle = head.findIndex(
      (n: Node) => n.name === 'style' || (n.name === 'link' && n.attributes.rel === 'stylesheet'),
    );
    expect(inline, `/${page.path}`).toBeGreaterThanOrEqual(0);
    expect(firstStyle === -1 || inline < firstStyle, `/${page.path}`).toBe(true);
  }
});
