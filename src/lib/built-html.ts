/** Reading a built site's HTML files and element trees: one way for the build, the tools and the tests. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { ELEMENT_NODE, parse, TEXT_NODE, walkSync, type Node } from 'ultrahtml';
import { DEFAULT_LANG, LANGS, type Lang } from '../site.config.ts';

/** Absolute paths of every `.html` file below `dir`, sorted. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Site path of a built file relative to the output folder: `ko/people/index.html` → `/ko/people/`. */
export function pagePathOf(dir: string, file: string): string {
  const posix = path.relative(dir, file).split(path.sep).join('/');
  return `/${posix.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The language and slug a built page's address stands for: 'ko/people/' → ['ko', 'people'], '' → ['en', '']. */
export function langAndSlug(address: string): [Lang, string] {
  const [first = '', ...rest] = address.replace(/^\/|\/$/g, '').split('/');
  const lang = LANGS.find((candidate) => candidate === first && candidate !== DEFAULT_LANG);
  return lang ? [lang, rest.join('/')] : [DEFAULT_LANG, [first, ...rest].filter(Boolean).join('/')];
}

/** The address of the built page for a language and slug, relative to the site root ('ko/people/'). */
export function builtAddress(dir: string, lang: Lang, slug: string): string {
  const address = htmlFiles(dir)
    .map((file) => pagePathOf(dir, file).slice(1))
    .find((page) => page !== '404.html' && langAndSlug(page).join('/') === `${lang}/${slug}`);
  if (address === undefined) throw new Error(`${dir}/ has no ${lang} page "${slug}"; build first.`);
  return address;
}

/** Every element of an HTML document in document order, attribute values decoded (`&amp;` → `&`). */
export function elements(html: string) {
  const found: { name: string; attributes: Record<string, string>; node: Node }[] = [];
  walkSync(parse(html), (node) => {
    if (node.type !== ELEMENT_NODE) return;
    const attributes = Object.fromEntries(
      Object.entries(node.attributes).map(([key, value]) => [key, decodeHTMLAttribute(value)]),
    );
    found.push({ name: node.name, attributes, node });
  });
  return found;
}

/** The decoded text of a node and its descendants, without the elements `skip` picks (and their content). */
export function textOf(node: Node, skip: (element: Node) => boolean = () => false): string {
  if (node.type === TEXT_NODE) return decodeHTML(node.value);
  if (node.type === ELEMENT_NODE && skip(node)) return '';
  return (node.children ?? []).map((child: Node) => textOf(child, skip)).join('');
}
