/**
 * Extra searchable terms for a page or a fact/quote record: Korean forms (particles stripped, scripts
 * split, nouns inside compounds), every name variant of the people it mentions, and every form of the
 * glossary terms it uses in both languages (so `EXAONE` finds 엑사원 and `엑사원` finds EXAONE). Added to
 * Pagefind as invisible metadata at index time, so the shipped HTML stays clean.
 */
import { decodeHTMLAttribute, escapeAttribute } from 'entities';
import { ELEMENT_NODE, TEXT_NODE, parse, renderSync, walkSync, type Node } from 'ultrahtml';
import { romanize } from 'es-hangul';
import { textOf } from '../../lib/built-html.ts';
import type { GlossaryTerm, Person } from '../../lib/content-schemas.ts';
import { searchVariants } from '../../lib/name-variants.ts';
import { hasHangul, words } from '../shared/words.ts';
import { RECORD_KINDS, isRecordLink } from '../shared/index-format.ts';
import { acronymSpellings, joinedCompounds, koreanIndexTerms, standaloneNouns } from './korean.ts';
import { relatedForms } from './word-families.ts';

/** Name variants of a person, as in the people data. */
export type PersonNames = Pick<Person, 'id' | 'nameKo' | 'nameEn' | 'aliases'>;

/** What the extra terms are drawn from: the people, the glossary and the corpus's own words. */
export interface SearchLexicon {
  people: readonly PersonNames[];
  /** Every form of each glossary term, both languages together. */
  glossary: readonly (readonly string[])[];
  /** Nouns a Korean compound may be split into (see `compoundParts`). */
  nouns: ReadonlySet<string>;
  /** Every Latin word of the site, lower case: the members a word family may have (`relatedForms`). */
  words: ReadonlySet<string>;
}

/**
 * The lexicon of a corpus (every indexed text with its language): its nouns are the Korean texts' and
 * the glossary's standalone nouns plus the names the site writes in both scripts (`romanisedNames`).
 */
export function searchLexicon(
  texts: readonly { lang: string; text: string }[],
  people: readonly PersonNames[],
  glossary: readonly (readonly string[])[],
): SearchLexicon {
  const korean = texts.filter((text) => text.lang === 'ko').map((text) => text.text);
  const nouns = standaloneNouns([...glossary.flat().filter(hasHangul), ...korean].join(' '));
  const split = texts.map((text) => ({ lang: text.lang, words: words(text.text) }));
  const hangul = split
    .filter((text) => text.lang === 'ko')
    .flatMap((text) => text.words.filter((word) => /^[\uac00-\ud7a3]{4,}$/u.test(word)));
  const capitalised = split
    .filter((text) => text.lang !== 'ko')
    .flatMap((text) => text.words.filter((word) => /^[A-Z][a-z]{3,}$/u.test(word)));
  for (const name of romanisedNames(hangul, new Set(capitalised.map((word) => word.toLowerCase()))))
    nouns.add(name);
  const latin = split.flatMap((text) => text.words.filter((word) => !hasHangul(word)));
  return { people, glossary, nouns, words: new Set(latin.map((word) => word.toLowerCase())) };
}

/** Every spelling of a person search knows: the names, the aliases and their routine variants. */
export function personSpellings(person: PersonNames): string[] {
  const names = [person.nameEn, ...person.aliases];
  return [...new Set([person.nameKo, ...names, ...names.flatMap(searchVariants)])];
}

/** The metadata key Pagefind stores the extra terms under. */
export const TERMS_META_KEY = 'terms';

/** Elements that start and end a run of words; Pagefind would glue `<dd>Lim</dd><dt>Place` into one word. */
const WORD_BREAKS = new Set([
  ...['address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure'],
  ...['footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p'],
  ...['section', 'table', 'td', 'th', 'tr', 'ul'],
]);

/**
 * Whether an element's text is a run of words of its own: a block, or an inline element that reads apart
 * from its neighbours (`<span aria-hidden>¶4</span><span class="sr-only">paragraph 4</span>`, a name
 * followed by its Korean spelling in `<span lang="ko">`). Other inline elements may sit inside a word
 * (`<a>엑사원</a>을`), so they are left joined.
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

/** A built page as the indexer needs it, read in one pass. */
export interface IndexablePage {
  /** The page's `<html lang>`. */
  lang: string | undefined;
  /** Every element id in the indexed parts, decoded. */
  ids: string[];
  /** The copy of the page handed to Pagefind (see {@link indexablePage}). */
  html: string;
  /**
   * The text a reader sees of what Pagefind indexes: the `data-pagefind-body` parts without the ignored
   * ones and without screen-reader-only text (`<span class="sr-only">4문단</span>` beside `¶4`).
   */
  text: string;
}

/**
 * Comments, elements whose content is not markup, and tags, in document order; attribute values may
 * hold `>`.
 */
const MARKUP =
  /<!--[\s\S]*?-->|<(script|style|textarea|title)\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?<\/\1\s*>|<(\/?)([A-Za-z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const BODY_ATTRIBUTE = /(?:^|\s)data-pagefind-body(?=[\s=/]|$)/;

/**
 * What Pagefind reads of a page, found by a scan of its tags (no tree of the whole page is built: its
 * navigation can be most of it): the attributes of `<html>` (the language), the `<title>` and each
 * outermost `data-pagefind-body` element.
 */
function indexedParts(html: string): { htmlAttributes: string; title: string; bodies: string[] } {
  let htmlAttributes: string | undefined;
  let title: string | undefined;
  const bodies: string[] = [];
  let open: { name: string; start: number; depth: number } | undefined;
  for (const match of html.matchAll(MARKUP)) {
    const [tag, rawText, closing, name = '', attributes = ''] = match;
    if (rawText !== undefined) {
      if (rawText.toLowerCase() === 'title' && !open && bodies.length === 0) title ??= tag;
      continue;
    }
    if (!name) continue;
    const lower = name.toLowerCase();
    if (lower === 'html' && !closing) htmlAttributes ??= attributes;
    if (!open) {
      if (!closing && BODY_ATTRIBUTE.test(attributes))
        open = { name: lower, start: match.index, depth: tag.endsWith('/>') ? 0 : 1 };
    } else if (lower === open.name && !tag.endsWith('/>')) {
      open.depth += closing ? -1 : 1;
    }
    if (open && open.depth === 0) {
      bodies.push(html.slice(open.start, match.index + tag.length));
      open = undefined;
    }
  }
  return { htmlAttributes: htmlAttributes ?? '', title: title ?? '', bodies };
}

/**
 * Reads a built page for the index, or undefined when it has no `data-pagefind-body`. The copy handed to
 * Pagefind differs from the shipped page (which is untouched):
 * - it holds only what Pagefind reads: the `<html>` element's attributes, the title and the indexed
 *   parts, so its size does not grow with the navigation around them;
 * - a space before and after every element whose text reads apart (see `isWordBreak`), so words of
 *   neighbouring elements stay apart in the index and in excerpts;
 * - the facts and quotes marked `data-pagefind-ignore`: their blocks on a theme page, and the links
 *   that repeat them elsewhere with their list items (a person's quotes on the people page, the uses
 *   of a paragraph on the source page). Each fact and quote is a record of its own, so its words rank
 *   the record, not every page that shows it.
 */
export function indexablePage(html: string): IndexablePage | undefined {
  const parts = indexedParts(html);
  if (parts.bodies.length === 0) return undefined;
  const doc = parse(parts.bodies.join(''));
  const found: Node[] = [];
  walkSync(doc, (node) => {
    if (node.type === ELEMENT_NODE) found.push(node);
  });
  const bodies = found.filter((element) => 'data-pagefind-body' in element.attributes);
  const ignore = (element: Node) => {
    element.attributes['data-pagefind-ignore'] = '';
  };
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
      const at = parent.children.indexOf(element);
      parent.children.splice(at, 1, space(), element, space());
    }
  }
  const ignored = (element: Node) =>
    'data-pagefind-ignore' in element.attributes || isScreenReaderOnly(element);
  const htmlElement = parse(`<html${parts.htmlAttributes}></html>`).children[0] as Node | undefined;
  const ids = found.flatMap((element) =>
    element.attributes.id ? [decodeHTMLAttribute(element.attributes.id)] : [],
  );
  // Pagefind stores every id in the body with its heading text in the page's fragment, for sub-results
  // that the search UI does not show: without them a result's fragment is smaller.
  for (const element of found) delete element.attributes.id;
  return {
    lang: htmlElement?.attributes?.lang,
    ids,
    html: `<!DOCTYPE html><html${parts.htmlAttributes}><head>${parts.title}</head><body>${renderSync(doc)}</body></html>`,
    text: bodies
      .map((body) => textOf(body, ignored))
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim(),
  };
}

/**
 * Every form of a glossary term: `Large language model (LLM)` → `Large language model`, `LLM`; plus the
 * aliases, and each spaced Korean form written solid as well (소버린 AI → 소버린AI), so the glossary lists
 * only spellings no rule makes.
 */
export function glossaryForms(entry: Pick<GlossaryTerm, 'term' | 'aliases'>): string[] {
  const split = (term: string) =>
    [term, ...term.split(/[()]/)].map((form) => form.trim()).filter((form) => form.length > 1);
  const forms = [...split(entry.term.en), ...split(entry.term.ko), ...entry.aliases.en, ...entry.aliases.ko];
  const solid = forms
    .filter((form) => hasHangul(form) && /\s/u.test(form))
    .map((form) => form.replace(/\s+/gu, ''));
  return [...new Set([...forms, ...solid])];
}

/**
 * Names the site writes in both scripts: the start or end (two syllables or more) of a solid Hangul word
 * whose romanisation the site's English writes as a capitalised word: 강서사옥 →
 * 강서, since the English says "Gangseo". Added to the nouns, such a name lets `compoundParts` split the
 * compound, so the rest (사옥) is found on its own too: decided from the text, with no list of compounds.
 * Romanisations under four letters (아이 → "ai") are never capitalised words, so they match nothing.
 */
function romanisedNames(hangulWords: Iterable<string>, capitalised: ReadonlySet<string>): Set<string> {
  const names = new Set<string>();
  for (const word of hangulWords) {
    const chars = [...word];
    for (let cut = 2; cut <= chars.length - 2; cut += 1)
      for (const part of [chars.slice(0, cut).join(''), chars.slice(cut).join('')])
        if (capitalised.has(romanize(part))) names.add(part);
  }
  return names;
}

/** One pattern per Latin form: the same names and glossary forms are looked for in every text. */
const wholeWords = new Map<string, RegExp>();

/** Whether the text uses a form: Korean anywhere (it glues to particles), Latin as a whole word, any case. */
export function mentions(text: string, form: string): boolean {
  if (hasHangul(form)) return text.normalize('NFC').includes(form.normalize('NFC'));
  let pattern = wholeWords.get(form);
  if (!pattern) {
    pattern = new RegExp(`(?<![A-Za-z0-9])${RegExp.escape(form)}(?![A-Za-z0-9])`, 'i');
    wholeWords.set(form, pattern);
  }
  return pattern.test(text);
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
  const names = people.flatMap(personSpellings);
  const glossary = lexicon.glossary.filter((forms) => forms.some((form) => mentions(text, form))).flat();
  const all = [text, ...glossary].join(' ');
  // Compounds within the text and within each glossary form, never across two forms.
  const joined = [text, ...glossary].flatMap(joinedCompounds);
  const korean = [...koreanIndexTerms(all, lexicon.nouns), ...joined];
  const latin = [...acronymSpellings(all), ...relatedForms(all, lexicon.words)];
  // Each word once: the terms are matched word by word (names in either order, forms that share
  // words), and every result's fragment carries them.
  const words = [...korean, ...latin, ...names, ...glossary].flatMap((term) => term.split(/\s+/u));
  return [...new Map(words.filter(Boolean).map((word) => [word.toLowerCase(), word])).values()].join(' ');
}

/** The metadata key of a page's subject terms: the extra terms of its heading (see `pageSubject`). */
export const SUBJECT_META_KEY = 'subject';

/**
 * A page's subject: the text of its first heading and of the headings marked `data-search-subject` (the
 * people on the people page). Its extra terms (other language, other spellings) are weighted like the
 * title, so a query typed in another language or spelling ranks the page about it above the glossary
 * and the overview, which only mention it.
 */
export function pageSubject(html: string): string | undefined {
  const headings = [
    /<h1\b[^>]*>([\s\S]*?)<\/h1>/iu.exec(html)?.[1],
    ...[...html.matchAll(/<(h[2-6])\b[^>]*\sdata-search-subject\b[^>]*>([\s\S]*?)<\/\1>/giu)].map(
      (match) => match[2],
    ),
  ].filter((heading) => heading !== undefined);
  if (headings.length === 0) return undefined;
  return textOf(parse(headings.join(' ')))
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Adds the extra terms (and subject terms) as invisible Pagefind metadata before `</body>`; for indexing only. */
export function withSearchTerms(html: string, terms: string, subjectTerms = ''): string {
  const meta = [
    [TERMS_META_KEY, terms],
    [SUBJECT_META_KEY, subjectTerms],
  ]
    .filter(([, value]) => value)
    .map(
      ([key, value]) =>
        `<span data-pagefind-ignore data-pagefind-meta="${escapeAttribute(`${key}:${value}`)}"></span>`,
    );
  if (meta.length === 0) return html;
  return html.replace(/<\/body>/i, `${meta.join('')}</body>`);
}
