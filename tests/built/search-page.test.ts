import { querySelectorAll } from 'ultrahtml/selector';
import { expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { ko } from '../../src/i18n/ko.ts';
import { isIndexed, LANGS, sectionSlug, type Lang } from '../../src/site.config.ts';
import {
  address,
  builtPage,
  builtPages,
  langAndSlug,
  pageAt,
  readPage,
  textOf,
  theOne,
} from '../support/builds.ts';
import { isQuotePage } from '../support/templates.ts';

const UI = { en, ko } satisfies Record<Lang, unknown>;

it.for(LANGS)(
  'without JavaScript the %s search page explains and links every indexed page (quote pages through the quotes index)',
  (lang) => {
    const fallback = theOne(
      readPage(builtPage(address(lang, sectionSlug('search')))),
      '[data-search-fallback]',
    );
    expect(fallback.attributes.hidden).toBeUndefined();
    expect(textOf(fallback)).toContain(UI[lang].searchNeedsJs);
    const linked = querySelectorAll(fallback, 'a[href]').map(
      (link) => pageAt(link.attributes.href as string)?.path ?? link.attributes.href,
    );
    const indexed = builtPages()
      .map((page) => page.path)
      .filter((path) => path !== '404.html')
      .filter((path) => langAndSlug(path)[0] === lang && isIndexed(langAndSlug(path)[1]))
      .filter((path) => !isQuotePage(path));
    expect(indexed.length).toBeGreaterThan(5);
    expect(linked.toSorted()).toEqual(indexed.toSorted());
  },
);
