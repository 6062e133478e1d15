/**
 * Extra searchable terms for a page or a fact/quote record: Korean forms (particles stripped, scripts
 * split, nouns inside compounds), every name variant of the people it mentions, and every form of the
 * glossary terms it uses in both languages (so `EXAONE` finds 엑사원 and `엑사원` finds EXAONE). Added to
 * Pagefind as invisible metadata at index time, so the shipped HTML stays clean.
 */
import { parse, ELEMENT_NODE, TEXT_NODE, type Node } from 'ultrahtml';
import type { GlossaryTerm, Person } from '../../lib/content-schemas.ts';
import { hasHangul, koreanIndexTerms, standaloneNouns } from '../../lib/korean-terms.ts';

/** Name variants of a person, as in the people data. */
export type PersonNames = Pick<Person, 'id' | 'nameKo' | 'nameEn' | 'aliases'>;

/** What the extra terms are drawn from: the people, the glossary and the corpus's own nouns. */
export interface SearchLexicon {
  people: readonly PersonNames[];
  /** Every form of each glossary term, both languages together. */
  glossary: readonly (readonly string[])[];
  /** Nouns a Korean compound may be split into (see `compoundParts`). */
  nouns: ReadonlySet<string>;
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

/** A link to a fact or quote (its anchor on a theme page). */
const RECORD_LINK = /\shref="[^"]*#(?:fact|quote)-[^"]*"/;

/**
 * Leaves the facts and quotes out of a page's own index entry (on the copy handed to Pagefind): their
 * blocks on a theme page, and the list items and links that repeat them elsewhere (a person's quotes on
 * the people page, the uses of a paragraph on the source page). Each fact and quote is a record of its
 * own, so its words rank the record, not every page that shows it.
 */
export function withoutRecordText(html: string): string {
  return html
    .replace(/<([a-z]+)(?=\s[^>]*\bdata-(?:fact|quote)=)/g, '<$1 data-pagefind-ignore')
    .replace(/<li\b(?=((?:(?!<\/?li\b)[\s\S])*))/g, (tag: string, item: string) =>
      RECORD_LINK.test(item) ? '<li data-pagefind-ignore' : tag,
    )
    .replace(/<a(?=\s[^>]*\bhref="[^"]*#(?:fact|quote)-)/g, '<a data-pagefind-ignore');
}

/** Every form of a glossary term: `Large language model (LLM)` → `Large language model`, `LLM`; plus aliases. */
export function glossaryForms(entry: Pick<GlossaryTerm, 'term' | 'aliases'>): string[] {
  const split = (term: string) =>
    [term, ...term.split(/[()]/)].map((form) => form.trim()).filter((form) => form.length > 1);
  return [
    ...new Set([...split(entry.term.en), ...split(entry.term.ko), ...entry.aliases.en, ...entry.aliases.ko]),
  ];
}

/** The nouns of the corpus plus the glossary's Korean forms, spaced aliases included (대면 보고 → 보고). */
export function lexiconNouns(
  koreanTexts: readonly string[],
  glossary: readonly (readonly string[])[],
): Set<string> {
  return standaloneNouns([...koreanTexts, ...glossary.flat().filter(hasHangul)].join(' '));
}

/** Whether the text uses a form: Korean anywhere (it glues to particles), Latin as a whole word, any case. */
export function mentions(text: string, form: string): boolean {
  if (hasHangul(form)) return text.normalize('NFC').includes(form.normalize('NFC'));
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![A-Za-z0-9])${escaped}(?![A-Za-z0-9])`, 'i').test(text);
}

/**
 * All extra terms for a text, space-separated and deduplicated. `speakers` are people ids whose names
 * belong to the text even when it does not spell them out (a quote's speakers).
 */
export function extraSearchTerms(
  text: string,
  lexicon: SearchLexicon,
  speakers: readonly string[] = [],
): string {
  const people = lexicon.people.filter(
    (person) =>
      speakers.includes(person.id) ||
      [person.nameKo, person.nameEn, ...person.aliases].some((name) => mentions(text, name)),
  );
  const names = people.flatMap((person) => [person.nameKo, person.nameEn, ...person.aliases]);
  const glossary = lexicon.glossary.filter((forms) => forms.some((form) => mentions(text, form))).flat();
  const korean = koreanIndexTerms([text, ...glossary].join(' '), lexicon.nouns);
  return [...new Set([...korean, ...names, ...glossary])].join(' ');
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
