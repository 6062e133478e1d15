/**
 * Extra searchable terms for a built page: Korean forms (particles stripped, scripts split) and every
 * name variant of the people a page mentions. Added to Pagefind as invisible metadata at index time,
 * so the shipped HTML stays clean.
 */
import { parse, ELEMENT_NODE, TEXT_NODE, type Node } from 'ultrahtml';
import { koreanIndexTerms } from './korean-terms.ts';

/** Name variants of a person, as in `content/people.yaml`. */
export interface PersonNames {
  id: string;
  nameKo: string;
  nameEn: string;
  aliases: readonly string[];
}

/** The metadata key Pagefind stores the extra terms under. */
export const TERMS_META_KEY = 'terms';

/** Text of the element marked `data-pagefind-body`, without parts marked `data-pagefind-ignore`. */
export function indexedText(html: string): string {
  const chunks: string[] = [];
  const visit = (node: Node, inside: boolean) => {
    if (node.type === ELEMENT_NODE) {
      const attributes = node.attributes as Record<string, string>;
      if ('data-pagefind-ignore' in attributes) return;
      const nowInside = inside || 'data-pagefind-body' in attributes;
      for (const child of node.children ?? []) visit(child, nowInside);
      if (nowInside) chunks.push(' ');
      return;
    }
    if (node.type === TEXT_NODE && inside) chunks.push(node.value);
    for (const child of (node as { children?: Node[] }).children ?? []) visit(child, inside);
  };
  visit(parse(html), false);
  return decodeEntities(chunks.join('')).replace(/\s+/g, ' ').trim();
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([\da-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** People the page mentions: by any of their names, or by a `data-speaker` link. */
export function mentionedPeople(html: string, text: string, people: readonly PersonNames[]): PersonNames[] {
  return people.filter(
    (person) =>
      html.includes(`data-speaker="${person.id}"`) ||
      [person.nameKo, person.nameEn, ...person.aliases].some((name) => text.includes(name)),
  );
}

/** All extra terms for a page, space-separated and deduplicated. */
export function extraSearchTerms(html: string, people: readonly PersonNames[]): string {
  const text = indexedText(html);
  const names = mentionedPeople(html, text, people).flatMap((person) => [
    person.nameKo,
    person.nameEn,
    ...person.aliases,
  ]);
  return [...new Set([...koreanIndexTerms(text), ...names])].join(' ');
}

/** Adds the extra terms as invisible Pagefind metadata (before `</body>`); used only for indexing. */
export function withSearchTerms(html: string, terms: string): string {
  if (!terms) return html;
  const escaped = terms.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return html.replace(
    /<\/body>/i,
    `<span data-pagefind-ignore data-pagefind-meta="${TERMS_META_KEY}:${escaped}"></span></body>`,
  );
}
