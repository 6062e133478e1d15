import { existsSync, readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { querySelector } from 'ultrahtml/selector';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/site.config.ts';
import { siteModel } from '../support/content.ts';
import {
  address,
  attr,
  BASE_SITE,
  builtFile,
  builtPages,
  langAndSlug,
  pageAt,
  readPage,
  SITE,
} from '../support/builds.ts';

type Link = { '@rel'?: string; '@href': string; '@type'?: string };
type Entry = { id: string; title: string; updated: string; link: Link[]; summary?: string };
type Feed = {
  '@xmlns': string;
  '@xml:lang': string;
  id: string;
  title: string;
  updated: string;
  author?: { name: string };
  link: Link[];
  entry?: Entry[];
};

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => name === 'entry' || name === 'link',
});
/** An RFC 3339 date-time, as Atom requires. */
const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

describe.each([SITE, BASE_SITE])('the Atom feeds of $dir', (build) => {
  it('every page links its language’s feed from its head', () => {
    const problems: string[] = [];
    for (const page of builtPages(build)) {
      const href = attr(readPage(page), 'head link[rel="alternate"][type="application/atom+xml"]', 'href');
      const [lang] = langAndSlug(page.path);
      if (href !== `${build.base}${address(lang, '', build)}feed.xml`) {
        problems.push(`/${page.path}: ${href}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(LANGS)('the %s feed is well-formed Atom with every required element and absolute links', (lang) => {
    const home = address(lang, '', build);
    const xml = readFileSync(builtFile(build, `${home}feed.xml`), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const { feed } = parser.parse(xml) as { feed: Feed };
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed['@xml:lang']).toBe(lang);
    expect(feed.title).toBeTruthy();
    expect(feed.author?.name).toBeTruthy();
    expect(feed.updated).toMatch(RFC3339);
    const self = `${build.root}${home}feed.xml`;
    expect(feed.id).toBe(self);
    expect(feed.link.find((link) => link['@rel'] === 'self')?.['@href']).toBe(self);
    const entries = feed.entry ?? [];
    // One entry per correction, newest first, dated by the day it was made; the feed by its newest.
    expect(entries.map((entry) => entry.updated)).toEqual(
      siteModel.corrections.map((correction) => `${correction.date}T00:00:00Z`),
    );
    if (entries[0]) expect(feed.updated).toBe(entries[0].updated);
    const links = [...feed.link, ...entries.flatMap((entry) => entry.link)];
    expect(links.map((link) => link['@href']).filter((href) => !href.startsWith(build.root))).toEqual([]);
    for (const entry of entries) {
      expect(entry.title).toBeTruthy();
      expect(entry.summary).toBeTruthy();
      const alternate = entry.link.find((link) => link['@rel'] === 'alternate')?.['@href'] ?? '';
      // The id stays the log's address with the entry's anchor, whichever page of the log it is on.
      const anchor = new URL(alternate).hash;
      expect(entry.id).toBe(`${build.root}${address(lang, 'corrections', build)}${anchor}`);
      // The entry opens its correction on the corrections page of the feed's language.
      const page = pageAt(alternate, build);
      expect(page && langAndSlug(page.path)[0], alternate).toBe(lang);
      const fragment = new URL(alternate).hash.slice(1);
      expect(page && querySelector(readPage(page), `[id="${fragment}"]`), alternate).toBeTruthy();
    }
  });

  it('every page links its language’s web app manifest, which opens that language inside the base path', () => {
    const problems: string[] = [];
    for (const page of builtPages(build)) {
      const [lang] = langAndSlug(page.path);
      const home = address(lang, '', build);
      const href = attr(readPage(page), 'head link[rel="manifest"]', 'href');
      if (href !== `${build.base}${home}manifest.webmanifest`) problems.push(`/${page.path}: ${href}`);
    }
    expect(problems).toEqual([]);
    for (const lang of LANGS) {
      const home = address(lang, '', build);
      const manifest = JSON.parse(readFileSync(builtFile(build, `${home}manifest.webmanifest`), 'utf8')) as {
        lang: string;
        start_url: string;
        scope: string;
        icons: { src: string; sizes: string; type: string }[];
      };
      expect(manifest).toMatchObject({ lang, start_url: `${build.base}${home}`, scope: build.base });
      // Browsers install a site whose icons include 192 and 512 pixel ones.
      expect(manifest.icons.map((icon) => icon.sizes)).toEqual(
        expect.arrayContaining(['192x192', '512x512']),
      );
      for (const icon of manifest.icons) {
        expect(icon.src.startsWith(build.base), icon.src).toBe(true);
        expect(existsSync(builtFile(build, icon.src.slice(build.base.length))), icon.src).toBe(true);
      }
    }
  });
});
