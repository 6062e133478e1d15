import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { Data as CslData } from 'csl-json';
import { querySelector, querySelectorAll } from 'ultrahtml/selector';
import { expect, it } from 'vitest';
import { ANCHORS, LANGS } from '../../src/site.config.ts';
import {
  address,
  attr,
  BASE_SITE,
  builtFile,
  langAndSlug,
  langOf,
  pageAt,
  readPage,
  SITE,
  textOf,
  theOne,
  type Build,
} from '../support/builds.ts';
import { people, quotes } from '../support/content.ts';

const cases = LANGS.flatMap((lang) => quotes.map((quote) => ({ lang, quote, name: `${lang} ${quote.id}` })));
const pageOf = (lang: (typeof LANGS)[number], slug: string, build: Build = SITE) => {
  const page = pageAt(address(lang, slug, build), build);
  if (!page) throw new Error(`No ${lang} page ${slug} in ${build.dir}`);
  return page;
};

it.for(cases)(
  '$name: the quote’s page shows it verbatim with its speakers, paragraph and a link into its theme page',
  ({ lang, quote }) => {
    const doc = readPage(pageOf(lang, quote.pageSlug));
    const figure = theOne(doc, `figure[data-quote="${quote.id}"]`);
    const korean = querySelectorAll(figure, '[data-verbatim-ko]').map((el) => [
      textOf(el).trim(),
      langOf(el),
    ]);
    expect(korean).toEqual([[quote.ko, 'ko']]);
    if (lang === 'en') expect(textOf(querySelector(figure, 'blockquote'))).toContain(quote.en);
    expect(querySelectorAll(figure, '[data-speaker]').map((el) => el.attributes['data-speaker'])).toEqual(
      quote.speakers,
    );
    // Each speaker with their title, as the people data gives it.
    expect(querySelectorAll(figure, '[data-speaker-title]').map((el) => textOf(el))).toEqual(
      quote.speakers.map((id) => expect.stringContaining(people.get(id)?.roles[0]?.[lang] ?? '?')),
    );
    expect(querySelectorAll(figure, `a[data-paragraph="${quote.paragraph}"]`)).toHaveLength(1);
    const inContext = attr(figure, 'a[data-quote-in-context]', 'href') ?? '';
    const target = pageAt(inContext, SITE, new URL(pageOf(lang, quote.pageSlug).path, SITE.root).href);
    expect(target && langAndSlug(target.path)).toEqual([lang, quote.theme]);
    expect(inContext.endsWith(`#${quote.anchor}`)).toBe(true);
    // The occasion or the attribution note, where the quote has one.
    expect(querySelectorAll(figure, '[data-occasion]')).toHaveLength(quote.occasion ? 1 : 0);
    if (quote.attributionNote) expect(textOf(figure)).toContain(quote.attributionNote[lang]);
  },
);

it.for(cases)(
  '$name: the quote’s page lists the other facts of its paragraph, each linking to it, and the rest on the coverage map',
  ({ lang, quote }) => {
    const page = pageOf(lang, quote.pageSlug);
    const doc = readPage(page);
    const from = new URL(page.path, SITE.root).href;
    const target = (href = '') => {
      const url = new URL(href, from);
      return `${pageAt(url.href, SITE)?.path}${url.hash}`;
    };
    const items = querySelectorAll(doc, 'main li[data-same-paragraph]');
    expect(items.map((li) => li.attributes['data-same-paragraph'])).toEqual(
      quote.sameParagraph.shown.map((fact) => fact.id),
    );
    expect(items.map((li) => target(attr(li, 'a', 'href')))).toEqual(
      quote.sameParagraph.shown.map((fact) => target(fact.href(lang))),
    );
    const all = querySelectorAll(doc, 'main a[data-same-paragraph-all]');
    expect(all.map((a) => target(a.attributes.href))).toEqual(
      quote.sameParagraph.total > quote.sameParagraph.shown.length
        ? [`${address(lang, 'coverage')}#${ANCHORS.paragraph(quote.paragraph)}`]
        : [],
    );
  },
);

it.for(LANGS)('in %s, each quote on its theme page links to the quote’s own page', (lang) => {
  for (const quote of quotes) {
    const theme = pageOf(lang, quote.theme);
    const figure = theOne(readPage(theme), `figure[data-quote="${quote.id}"]`);
    const targets = querySelectorAll(figure, 'a[href]').map((link) => {
      const target = pageAt(link.attributes.href ?? '', SITE, new URL(theme.path, SITE.root).href);
      return target && langAndSlug(target.path).join(' ');
    });
    expect(targets, quote.id).toContain(`${lang} ${quote.pageSlug}`);
  }
});

it.for(LANGS)(
  'in %s, the quotes index lists every quote under each of its speakers, in source order, linking to its page',
  (lang) => {
    const doc = readPage(pageOf(lang, 'quotes'));
    const listed = querySelectorAll(doc, 'main li[data-quote]').map((li) => li.attributes['data-quote']);
    const expected = [...people.values()].flatMap((person) =>
      quotes.filter((quote) => quote.speakers.includes(person.id)).map((quote) => quote.id),
    );
    expect(listed).toEqual(expected);
    expect(new Set(listed)).toEqual(new Set(quotes.map((quote) => quote.id)));
    for (const item of querySelectorAll(doc, 'main li[data-quote]')) {
      const quote = quotes.find((q) => q.id === item.attributes['data-quote']);
      const href = attr(item, 'a', 'href') ?? '';
      expect(pageAt(href, SITE, new URL(address(lang, 'quotes'), SITE.root).href)?.path).toBe(
        address(lang, quote?.pageSlug ?? ''),
      );
    }
    // Plain links and lists: nothing to run.
    expect(querySelectorAll(doc, 'main script')).toEqual([]);
  },
);

it.for(
  [SITE, BASE_SITE].flatMap((build) => cases.map((c) => ({ ...c, build, name: `${build.dir} ${c.name}` }))),
)(
  '$name: its citation files, as BibTeX, RIS and CSL-JSON, cite the quote as its page shows it, at the page’s address',
  ({ lang, quote, build }) => {
    const page = pageOf(lang, quote.pageSlug, build);
    const doc = readPage(page);
    const canonical = attr(doc, 'link[rel="canonical"]', 'href');
    const shown = lang === 'en' ? quote.en : quote.ko;
    const links = querySelectorAll(doc, 'a[data-citation-file]');
    expect(links.map((a) => a.attributes['data-citation-file'])).toEqual(['bib', 'ris', 'json']);
    for (const link of links) {
      const url = new URL(link.attributes.href ?? '', new URL(page.path, build.root));
      expect(url.href.startsWith(build.root), url.href).toBe(true);
      const text = readFileSync(builtFile(build, url.href.slice(build.root.length)), 'utf8');
      const [item] = new Cite(text).data as CslData[];
      expect(item?.title, url.href).toBe(shown);
      expect(item?.URL, url.href).toBe(canonical);
      expect(item?.note, url.href).toContain(quote.ko);
    }
    // The in-line and full forms name the source paragraph; the full form also the page.
    const short = textOf(theOne(doc, '[data-citation="short"]'));
    const full = textOf(theOne(doc, '[data-citation="full"]'));
    expect(short).toContain(String(quote.paragraph));
    expect(full).toContain(shown);
    expect(full).toContain(canonical);
  },
);

it.for(cases)('$name: the quote page offers its own card to download', ({ lang, quote }) => {
  const doc = readPage(pageOf(lang, quote.pageSlug));
  const download = theOne(doc, 'a[data-download-card]');
  expect('download' in download.attributes).toBe(true);
  const ogImage = attr(doc, 'meta[property="og:image"]', 'content') ?? '';
  expect(new URL(download.attributes.href ?? '', ogImage).href).toBe(ogImage);
  expect(ogImage).toContain(`/og/${lang}/${quote.pageSlug}.png`);
});

it.for([SITE, BASE_SITE])('$dir: the open data gives each quote’s own page in every language', (build) => {
  const rows = JSON.parse(readFileSync(builtFile(build, 'data/quotes.json'), 'utf8')) as Record<
    string,
    string
  >[];
  for (const row of rows) {
    for (const lang of LANGS) {
      const page = pageAt(row[`page_${lang}`] ?? '', build);
      expect(page && langAndSlug(page.path), row.id).toEqual([lang, `quotes/${row.id}`]);
      if (page) expect(querySelectorAll(readPage(page), `figure[data-quote="${row.id}"]`)).toHaveLength(1);
    }
  }
});
