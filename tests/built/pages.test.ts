import { ELEMENT_NODE, TEXT_NODE, walkSync, type Node } from 'ultrahtml';
import { querySelector, querySelectorAll } from 'ultrahtml/selector';
import { expect, it } from 'vitest';
import { formatMessage } from '../../src/i18n/format-message.ts';
import en from '../../src/i18n/en.json' with { type: 'json' };
import ko from '../../src/i18n/ko.json' with { type: 'json' };
import { LANGS, type Lang } from '../../src/site.config.ts';
import { attr, builtPages, langAndSlug, langOf, pageAt, readPage, SITE } from '../support/builds.ts';
import { siteModel } from '../support/content.ts';

const pages = builtPages();
const UI = { en, ko } satisfies Record<Lang, unknown>;

/** Whether a node sits inside an `aria-hidden="true"` element. */
function hiddenFromScreenReaders(node: Node): boolean {
  for (let element: Node | undefined = node.parent; element; element = element.parent) {
    if (element.type === ELEMENT_NODE && element.attributes['aria-hidden'] === 'true') return true;
  }
  return false;
}
const named = (list: typeof pages) => list.map((page) => ({ ...page, name: `/${page.path}` }));

it.for(LANGS)('every page of the site model in %s is built at its address, and nothing else is', (lang) => {
  const expected = siteModel.pages(lang).map((page) => pageAt(page.href, SITE, new URL(SITE.root).origin));
  expect(expected.every(Boolean), 'a model page with no built page at its address').toBe(true);
  const built = pages.filter((page) => page.path !== '404.html' && langAndSlug(page.path)[0] === lang);
  expect(built.map((page) => page.path).toSorted()).toEqual(expected.map((page) => page?.path).toSorted());
  expect(pages.map((page) => page.path)).toContain('404.html');
});

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

it('English words on English pages are not marked as Korean', () => {
  // The mirror of the check above: an English label inside lang="ko" is read with Korean pronunciation.
  const misMarked: string[] = [];
  for (const page of pages.filter((p) => attr(readPage(p), 'html', 'lang') === 'en')) {
    walkSync(querySelector(readPage(page), 'body'), (node: Node) => {
      if (node.type !== TEXT_NODE || /[\uac00-\ud7a3]/.test(node.value) || !/[A-Za-z]{3}/.test(node.value)) {
        return;
      }
      if (langOf(node) === 'ko') misMarked.push(`/${page.path}: ${node.value.trim()}`);
    });
  }
  expect(misMarked).toEqual([]);
});

it.for(named(pages.filter((page) => page.path !== '404.html')))(
  '$name: each ¶ badge is named for screen readers in the page\'s language ("paragraph 3", "3문단")',
  (page) => {
    const doc = readPage(page);
    const lang = attr(doc, 'html', 'lang') as Lang;
    for (const badge of querySelectorAll(doc, 'a[data-paragraph]')) {
      const spoken: string[] = [];
      walkSync(badge, (node: Node) => {
        if (node.type === TEXT_NODE && !hiddenFromScreenReaders(node)) spoken.push(node.value);
      });
      const n = Number(badge.attributes['data-paragraph']);
      expect(spoken.join('').trim()).toBe(formatMessage(UI[lang].paragraphNumber, { n }));
    }
  },
);

// In the head, the script runs before the body is parsed, so before anything is drawn (after the
// stylesheet, which it then waits for: the CSP that covers it comes with the stylesheet, first).
it('the stored colour scheme is applied by an inline script in the head, before anything is drawn (no flash)', () => {
  for (const page of pages) {
    const head = querySelector(readPage(page), 'head').children.filter((n: Node) => n.type === ELEMENT_NODE);
    expect(
      head.some((n: Node) => n.name === 'script' && !n.attributes.src && !n.attributes.type),
      `/${page.path}`,
    ).toBe(true);
  }
});
