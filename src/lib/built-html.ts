/**
 * Reading a built site: its HTML files and their element trees. Shared by the build integrations, the
 * command-line tools and the tests over the build output, so "walk the output for pages" exists once.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { ELEMENT_NODE, parse, TEXT_NODE, walkSync, type Node } from 'ultrahtml';

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

/** An element of a parsed page, with its attributes decoded. */
export interface HtmlElement {
  name: string;
  attributes: Record<string, string>;
  node: Node;
}

/** Every element of an HTML document in document order, attribute values decoded (`&amp;` → `&`). */
export function elements(html: string): HtmlElement[] {
  const found: HtmlElement[] = [];
  walkSync(parse(html), (node) => {
    if (node.type !== ELEMENT_NODE) return;
    const attributes = Object.fromEntries(
      Object.entries(node.attributes).map(([key, value]) => [key, decodeHTMLAttribute(value)]),
    );
    found.push({ name: node.name, attributes, node });
  });
  return found;
}

/** The decoded text of a node and its descendants. */
export function textOf(node: Node): string {
  const chunks: string[] = [];
  walkSync(node, (child) => {
    if (child.type === TEXT_NODE) chunks.push(decodeHTML(child.value));
  });
  return chunks.join('');
}
