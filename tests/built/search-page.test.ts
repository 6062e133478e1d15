import { querySelectorAll } from 'ultrahtml/selector';
import { expect, it } from 'vitest';
import en from '../../src/i18n/en.json' with { type: 'json' };
import ko from '../../src/i18n/ko.json' with { type: 'json' };
import { LANGS, type Lang } from '../../src/site.config.ts';
import { address, builtPage, pageAt, readPage, SITE, textOf, theOne } from '../support/builds.ts';
import { siteModel } from '../support/content.ts';

const UI = { en, ko } satisfies Record<Lang, unknown>;

it.for(LANGS)(
  'without JavaScript the %s search page explains and links every indexed page (quote pages through the quotes index)',
  (lang) => {
    const fallback = theOne(readPage(builtPage(address(lang, 'search'))), '[data-search-fallback]');
    expect(fallback.attributes.hidden).toBeUndefined();
    expect(textOf(fallback)).toContain(UI[lang].searchNeedsJs);
    const linked = querySelectorAll(fallback, 'a[href]').map(
      (link) => pageAt(link.attributes.href as string)?.path ?? link.attributes.href,
    );
    const indexed = siteModel
      .pages(lang)
      .filter((page) => page.kind !== 'quote' && (!page.section || page.section.indexed))
      .map((page) => pageAt(page.href, SITE, new URL(SITE.root).origin)?.path ?? page.href);
    expect(indexed.length).toBeGreaterThan(5);
    expect(linked.toSorted()).toEqual(indexed.toSorted());
  },
);
