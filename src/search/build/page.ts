/** A built page as the index step reads it, parsed once. */
import { decodeHTMLAttribute, escapeAttribute } from 'entities';
import { ELEMENT_NODE, TEXT_NODE, parse, renderSync, walkSync, type Node } from 'ultrahtml';
import { textOf } from '../../lib/built-html.ts';
import { ANCHORS } from '../../site.config.ts';
import { RECORD_KINDS } from '../shared/index-format.ts';

/** Elements that start and end a run of words; Pagefind would glue `<dd>Lim</dd><dt>Place` into one word. */
const WORD_BREAKS = new Set([
  ...['address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure'],
  ...['footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p'],
  ...['section', 'table', 'td', 'th', 'tr', 'ul'],
]);

/**
 * Whether an element's text reads apart from its neighbours: a block, or an inline element such as
 * `<span aria-hidden>¶4</span>` or a name's `<span lang="ko">`. Other inline elements may sit inside a
 * word (`<a>엑사원</a>을`), so they are left joined.
 */
function isWordBreak(element: Node): boolean {
  const { attributes } = element;
  return (
    WORD_BREAKS.has(element.name) ||
    attributes['aria-hidden'] === 'true' ||
    'lang' in attributes ||
    isScreenReaderOnly(element)
  );
}

function isScreenReaderOnly(element: Node): boolean {
  return /(?:^|\s)sr-only(?:\s|$)/u.test(element.attributes.class ?? '');
}

/** Whether a link points at a fact or quote on its page (`/ko/x/#quote-…`). */
function isRecordLink(href: string): boolean {
  const hash = href.indexOf('#');
  return hash >= 0 && RECORD_KINDS.some((kind) => href.slice(hash + 1).startsWith(ANCHORS[kind]('')));
}

const elementsIn = (node: Node): Node[] => {
  const found: Node[] = [];
  walkSync(node, (child) => {
    if (child.type === ELEMENT_NODE) found.push(child);
  });
  return found;
};

const squeeze = (text: string) => text.replace(/\s+/gu, ' ').trim();

/**
 * Reads a built page with a `data-pagefind-body`: `text`, what a reader sees of its indexed parts, its
 * element `ids`, its `subject` (first heading and those marked `data-search-subject`: its terms weigh as
 * the title's, so the page about a thing ranks above those mentioning it) and `html`, the copy handed to
 * Pagefind: only the language, title and indexed parts, with a space around each element that reads
 * apart, the facts and quotes (records of their own) and the links repeating them ignored, and no ids
 * (Pagefind would store each for sub-results the search does not show).
 */
export function indexablePage(html: string) {
  const all = elementsIn(parse(html));
  const bodies = all.filter((element) => 'data-pagefind-body' in element.attributes);
  if (bodies.length === 0) return undefined;
  const found = bodies.flatMap(elementsIn);
  const ignore = (element: Node) => Object.assign(element.attributes, { 'data-pagefind-ignore': '' });
  for (const element of found) {
    if (RECORD_KINDS.some((kind) => `data-${kind}` in element.attributes)) ignore(element);
    if (element.name === 'a' && isRecordLink(decodeHTMLAttribute(element.attributes.href ?? ''))) {
      ignore(element);
      let item: Node | undefined = element.parent;
      while (item && !(item.type === ELEMENT_NODE && item.name === 'li')) item = item.parent;
      if (item) ignore(item);
    }
    const parent = element.parent;
    if (isWordBreak(element) && parent?.type === ELEMENT_NODE) {
      const space = (): Node => ({ type: TEXT_NODE, value: ' ', parent, loc: element.loc });
      parent.children.splice(parent.children.indexOf(element), 1, space(), element, space());
    }
  }
  const ignored = (element: Node) =>
    'data-pagefind-ignore' in element.attributes || isScreenReaderOnly(element);
  const ids = found.flatMap((element) =>
    element.attributes.id ? [decodeHTMLAttribute(element.attributes.id)] : [],
  );
  for (const element of found) delete element.attributes.id;
  const lang = all.find((element) => element.name === 'html')?.attributes.lang;
  const title = all.find((element) => element.name === 'title');
  const headings = found.filter(
    (element, i) =>
      (element.name === 'h1' && found.findIndex((other) => other.name === 'h1') === i) ||
      (/^h[2-6]$/u.test(element.name) && 'data-search-subject' in element.attributes),
  );
  return {
    lang,
    ids,
    html: `<!DOCTYPE html><html${lang ? ` lang="${lang}"` : ''}><head>${title ? renderSync(title) : ''}</head><body>${bodies.map((body) => renderSync(body)).join('')}</body></html>`,
    text: squeeze(bodies.map((body) => textOf(body, ignored)).join(' ')),
    subject: squeeze(headings.map((heading) => textOf(heading)).join(' ')),
  };
}

/** Adds the extra terms (and subject terms) as invisible Pagefind metadata before `</body>`. */
export function withSearchTerms(html: string, terms: string, subject = ''): string {
  const meta = Object.entries({ terms, subject })
    .filter(([, value]) => value)
    .map(
      ([key, value]) =>
        `<span data-pagefind-ignore data-pagefind-meta="${escapeAttribute(`${key}:${value}`)}"></span>`,
    );
  return html.replace(/<\/body>/i, `${meta.join('')}</body>`);
}
