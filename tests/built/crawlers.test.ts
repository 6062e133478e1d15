import { existsSync, readFileSync } from 'node:fs';
import { elements, textOf } from '../../src/lib/built-html.ts';
import { expect, it } from 'vitest';
import { UNINDEXED_SLUGS } from '../../src/site.config.ts';
import {
  BASE_SITE,
  builtFile,
  builtPages,
  langAndSlug,
  pageAt,
  SITE,
  type Build,
} from '../support/builds.ts';

interface XmlElement {
  attributes: Record<string, string>;
  text: string;
}

/** Elements of a built XML file by tag name, with their attributes and text. */
function xmlElements(build: Build, url: string, name: string): XmlElement[] {
  expect(url.startsWith(build.root), url).toBe(true);
  return elements(readFileSync(builtFile(build, url.slice(build.root.length)), 'utf8'))
    .filter((element) => element.name === name)
    .map((element) => ({ attributes: element.attributes, text: textOf(element.node) }));
}

it('robots.txt at the host root allows crawling and names the sitemap', () => {
  const lines = readFileSync(builtFile(SITE, 'robots.txt'), 'utf8').split('\n');
  expect(lines).toContain('User-agent: *');
  expect(lines).not.toContain('Disallow: /');
  expect(lines).toContain(`Sitemap: ${new URL('sitemap-index.xml', SITE.root).href}`);
});

it('a build under a base path publishes no robots.txt (crawlers only read the host root’s)', () => {
  expect(existsSync(builtFile(BASE_SITE, 'robots.txt'))).toBe(false);
});

it.for([SITE, BASE_SITE])(
  'the sitemap of $dir lists every indexed page once, with its twin in every language',
  (build) => {
    const sitemaps = xmlElements(build, new URL('sitemap-index.xml', build.root).href, 'loc').map(
      (loc) => loc.text,
    );
    const locs = sitemaps.flatMap((sitemap) => xmlElements(build, sitemap, 'loc')).map((loc) => loc.text);
    const indexed = builtPages(build)
      .filter((page) => page.path !== '404.html' && !UNINDEXED_SLUGS.includes(langAndSlug(page.path)[1]))
      .map((page) => new URL(page.path, build.root).href);
    expect(locs.toSorted()).toEqual(indexed.toSorted());
    const alternates = sitemaps.flatMap((sitemap) => xmlElements(build, sitemap, 'xhtml:link'));
    expect(alternates).toHaveLength(indexed.length * 2);
    for (const link of alternates) {
      const target = pageAt(link.attributes.href ?? '', build);
      expect(target && langAndSlug(target.path)[0], link.attributes.href).toBe(link.attributes.hreflang);
    }
  },
);
