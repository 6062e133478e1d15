/**
 * The built sites the tests read (`npm run build:local` and `npm run build:base`), and the one way tests list
 * and parse their pages. Origins and base paths come from the same functions the build reads.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeHTMLAttribute } from 'entities';
import { ELEMENT_NODE, parse, type Node } from 'ultrahtml';
import { querySelector, querySelectorAll } from 'ultrahtml/selector';
import { htmlFiles, langAndSlug, pagePathOf, textOf } from '../../src/lib/built-html.ts';
import { basePath, type Lang } from '../../src/site.config.ts';

/** Sub-path of the second build, served as a GitHub Pages project site would be (see `build:base`). */
const BASE_BUILD_PATH = '/factsheet/';

export interface Build {
  /** Output folder. */
  readonly dir: string;
  /** Base path the build was made with: '/' or e.g. '/factsheet/'. */
  readonly base: string;
  /** Absolute URL of the site's root (origin plus base path), as in canonical links. */
  readonly root: string;
}

function build(dir: string, base: string): Build {
  return {
    dir,
    base,
    // The origin the build was made with, read from its overview's canonical link (the build scripts
    // choose it; a test run's environment need not match).
    get root() {
      const overview = path.join(dir, 'index.html');
      if (!existsSync(overview)) {
        throw new Error(`No build in ${dir}/: run \`npm run build:local\` and \`npm run build:base\` first.`);
      }
      const canonical = querySelector(parse(readFileSync(overview, 'utf8')), 'link[rel="canonical"]');
      return new URL(base, decodeHTMLAttribute(canonical?.attributes.href ?? '')).href;
    },
  };
}

/** `npm run build:local`: the site at the host root (or at `BASE_PATH` when the environment sets one). */
export const SITE = build('dist', basePath());
/** `npm run build:base`: the same site under {@link BASE_BUILD_PATH}. */
export const BASE_SITE = build('dist-base', basePath({ BASE_PATH: BASE_BUILD_PATH }));

export interface BuiltPage {
  /** The HTML file on disk. */
  readonly file: string;
  /** Address relative to the site root, as a link inside the site or Playwright's `page.goto` takes it: '', 'ko/people/', '404.html'. */
  readonly path: string;
}

const pagesByDir = new Map<string, BuiltPage[]>();

/** Every HTML page of a build, sorted by address. */
export function builtPages({ dir }: Build = SITE): BuiltPage[] {
  const known = pagesByDir.get(dir);
  if (known) return known;
  if (!existsSync(dir)) {
    throw new Error(`No build in ${dir}/: run \`npm run build:local\` and \`npm run build:base\` first.`);
  }
  const pages = htmlFiles(dir).map((file) => ({ file, path: pagePathOf(dir, file).slice(1) }));
  pagesByDir.set(dir, pages);
  return pages;
}

const parsed = new Map<string, Node>();

/** The parsed document of a built page, parsed once per test run (the tests only read it). */
export function readPage(page: BuiltPage): Node {
  const doc = parsed.get(page.file) ?? parse(readFileSync(page.file, 'utf8'));
  parsed.set(page.file, doc);
  return doc;
}

/** A file of a build, by its address relative to the site root. */
export function builtFile({ dir }: Build, file: string): string {
  return path.join(dir, file);
}

/** The address of the built page for a language and slug, relative to the site root ('ko/people/'), as `open` takes it. */
export function address(lang: Lang, slug: string, build: Build = SITE): string {
  const page = builtPages(build).find(
    (candidate) =>
      candidate.path !== '404.html' && langAndSlug(candidate.path).join('/') === `${lang}/${slug}`,
  );
  if (!page) throw new Error(`${build.dir}/ has no ${lang} page "${slug}"; build first.`);
  return page.path;
}

/** The address of the built page for a language and slug, relative to the host ('/ko/people/'). */
export function pathTo(lang: Lang, slug: string, build: Build = SITE): string {
  return new URL(address(lang, slug, build), build.root).pathname;
}

/** The built page a URL points at (absolute, or relative to the page it is on), if it is one of the build's pages. */
export function pageAt(url: string, build: Build = SITE, from = build.root): BuiltPage | undefined {
  const target = new URL(url, from);
  if (!target.href.startsWith(build.root)) return undefined;
  const address = target.pathname.slice(new URL(build.root).pathname.length);
  return builtPages(build).find((page) => page.path === address);
}

/** Attribute of the first element matching `selector`, decoded (`&amp;` → `&`). */
export function attr(doc: Node, selector: string, name: string): string | undefined {
  const value = querySelector(doc, selector)?.attributes[name] as string | undefined;
  return value === undefined ? undefined : decodeHTMLAttribute(value);
}

/** The decoded text of a node and its descendants; the language and slug of a page address. */
export { langAndSlug, textOf };

/** The language a node is in: the `lang` of its nearest element that sets one. */
export function langOf(node: Node): string | undefined {
  for (let element: Node | undefined = node; element; element = element.parent) {
    if (element.type === ELEMENT_NODE && 'lang' in element.attributes) {
      return element.attributes.lang as string;
    }
  }
  return undefined;
}

/** The built page at an address relative to the site root; throws when the build has none. */
export function builtPage(address: string, build: Build = SITE): BuiltPage {
  const page = builtPages(build).find((p) => p.path === address);
  if (!page) throw new Error(`${build.dir} has no page at ${build.base}${address}`);
  return page;
}

/** The source text of a `<script>` or `<style>`: raw text, which HTML does not decode. */
export function rawTextOf(element: Node): string {
  return element.children.map((child: Node) => child.value ?? '').join('');
}

/** The one element matching `selector`; throws when there is none or more than one. */
export function theOne(doc: Node, selector: string): Node {
  const [element, ...others] = querySelectorAll(doc, selector);
  if (!element || others.length > 0) {
    throw new Error(`Expected one ${selector}, found ${others.length + (element ? 1 : 0)}`);
  }
  return element;
}
