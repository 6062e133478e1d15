/** Loads Pagefind on first use and runs searches the way this site needs (see `search`). */
import { assetPath } from '@/lib/asset-path';
import { hasHangul, isExactPhrase, normalizeQuery, words } from '@/search/shared/words';
import {
  FILTER_NAMES,
  RECORD_KINDS,
  vocabularyFile,
  type FilterName,
  type RecordKind,
  type VocabularyFile,
} from '@/search/shared/index-format';

/** Chosen values per filter; values of one filter are alternatives (any), filters combine (all). */
export type FilterSelection = Record<FilterName, string[]>;
type FilterCounts = Partial<Record<string, Record<string, number>>>;

/** One search result, ready to render as text; `record` for a fact or quote (person ids, theme slug). */
export interface SearchHit {
  url: string;
  title: string;
  excerpt: { text: string; marked: boolean }[];
  record?: { kind: RecordKind; speakers: string[]; theme: string; paragraphs: number[]; inferred: boolean };
}

/** Results per page, as in Pagefind's own UI: each costs a fragment request. */
const PAGE_SIZE = 5;

interface PagefindResultData {
  url: string;
  content?: string;
  meta: Record<string, string | undefined>;
  excerpt: string;
  filters?: Partial<Record<string, string[]>>;
}
export type PagefindResult = { id: string; score: number; data(): Promise<PagefindResultData> };
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    query: string | null,
    options?: Record<string, unknown>,
  ): Promise<{ results: PagefindResult[]; filters: FilterCounts } | null>;
  filters(): Promise<FilterCounts>;
}

/** A download run on first use and shared, tried again on the next use after it fails. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    loaded ??= load();
    loaded.catch(() => (loaded = undefined));
    return loaded;
  };
}

const loadPagefind = once(async () => {
  const api = (await import(/* @vite-ignore */ assetPath('pagefind/pagefind.js'))) as PagefindApi;
  await api.options({
    baseUrl: assetPath(''),
    // An index this small needs no worker, which would only add a download.
    noWorker: true,
    excerptLength: 24,
    // Hangul is indexed decomposed; without this a half-typed syllable (대하) matches 대학.
    exactDiacritics: document.documentElement.lang === 'ko',
    // A page's subject (its heading's terms in both languages) counts like its title.
    ranking: { metaWeights: { title: 5, subject: 5, terms: 2 } },
  });
  return api;
});

/** The URL with a `highlight` parameter per searched word, in NFC (Pagefind's would be decomposed Hangul). */
export function highlightUrl(url: string, query: string): string {
  const parsed = new URL(url, 'https://site.invalid');
  for (const term of query.normalize('NFC').replaceAll('"', ' ').split(/\s+/u).filter(Boolean)) {
    parsed.searchParams.append('highlight', term);
  }
  return parsed.pathname + parsed.search + parsed.hash;
}

/** Pagefind's excerpt (text with `<mark>` and escaped `<`/`>`) as parts to render as text. */
export function excerptParts(excerpt: string): SearchHit['excerpt'] {
  // The odd parts are the marked words.
  return excerpt
    .split(/<mark>([^<]*)<\/mark>/)
    .map((text, i) => ({ text: text.replace(/&lt;/g, '<').replace(/&gt;/g, '>'), marked: i % 2 === 1 }))
    .filter((part) => part.text);
}

/** A result as the panel shows it; with a query, its link carries the words to highlight. */
export function toHit(data: PagefindResultData, query: string): SearchHit {
  const { kind = [], speaker = [], theme = [], paragraph = [], attribution = [] } = data.filters ?? {};
  const recordKind = RECORD_KINDS.find((known) => known === kind[0]);
  return {
    url: query ? highlightUrl(data.url, query) : data.url,
    title: data.meta.title ?? data.url,
    excerpt: excerptParts(data.excerpt),
    ...(recordKind && {
      record: {
        kind: recordKind,
        speakers: speaker,
        theme: theme[0] ?? '',
        paragraphs: paragraph.map(Number),
        inferred: attribution.includes('inferred'),
      },
    }),
  };
}

/** How a query that missed was answered. */
interface MissedQuery {
  /** The corrected query whose results these are. */
  corrected?: string;
  /** Corrected queries to offer (links that run them). */
  suggestions?: readonly string[];
  /** The UI strings of a miss, from the vocabulary file. */
  messages?: VocabularyFile['messages'];
  /** When results holding most of the words follow: how many, first, hold every word (0: none). */
  complete?: number;
}

const pageOf = (url: string) => new URL(url, 'https://site.invalid').pathname;

/** A search's results, a page at a time; a page result gives way to its own fact or quote, at the passage. */
export class SearchResults {
  readonly #recordPages = new Set<string>();
  #next = 0;
  #dropped = 0;

  constructor(
    private readonly results: readonly PagefindResult[],
    private readonly toHit: (data: PagefindResultData) => SearchHit,
    readonly miss: MissedQuery = {},
  ) {}

  /** How many results there are, less the page results dropped so far. */
  get total(): number {
    return this.results.length - this.#dropped;
  }

  get done(): boolean {
    return this.#next >= this.results.length;
  }

  /** Loads the next `size` results to show, and only as many more as replace dropped page results. */
  async next(size = PAGE_SIZE): Promise<SearchHit[]> {
    const shown: SearchHit[] = [];
    while (shown.length < size && !this.done) {
      const batch = this.results.slice(this.#next, this.#next + size - shown.length);
      this.#next += batch.length;
      const hits = (await Promise.all(batch.map((result) => result.data()))).map(this.toHit);
      const kept: SearchHit[] = [];
      for (const [i, hit] of hits.entries()) {
        const page = pageOf(hit.url);
        if (!hit.record && this.#recordPages.has(page)) continue;
        // A page ranking above its own records: its first record takes the page's place.
        const own = hit.record
          ? hit
          : (hits.slice(i + 1).find((later) => later.record && pageOf(later.url) === page) ?? hit);
        if (!kept.includes(own)) kept.push(own);
        if (own.record) this.#recordPages.add(page);
      }
      this.#dropped += hits.length - kept.length;
      shown.push(...kept);
    }
    return shown;
  }
}

export function hasFilters(filters: FilterSelection): boolean {
  return FILTER_NAMES.some((name) => filters[name].length > 0);
}

function runSearch(api: PagefindApi, query: string, filters: FilterSelection) {
  const pagefindFilters = Object.fromEntries(
    FILTER_NAMES.filter((name) => filters[name].length > 0).map((name) => [name, { any: filters[name] }]),
  );
  return query
    ? api.search(query, { filters: pagefindFilters })
    : api.search(null, { filters: pagefindFilters, sort: { order: 'asc' } });
}

/** Whether a result's text has a word starting with each query term, not just a shorter word. */
export function textHasTerms(text: string, terms: readonly string[]): boolean {
  const own = words(text.toLocaleLowerCase());
  return terms.every((term) =>
    words(term.toLocaleLowerCase()).every((part) => own.some((word) => word.startsWith(part))),
  );
}

/** The vocabulary, fetched on the first missed query, with `known`: every word a query may use. */
const loadVocabulary = once(async () => {
  const response = await fetch(assetPath(`pagefind/${vocabularyFile(document.documentElement.lang)}`));
  if (!response.ok) throw new Error(`The search vocabulary could not be loaded (${response.status}).`);
  const file = (await response.json()) as VocabularyFile;
  return { ...file, known: [...file.words, ...file.forms] };
});

/** Spaced Hangul terms written solid, in case the site writes them as one word: 산업 특화 → 산업특화. */
function solidHangul(terms: readonly string[]): string[] {
  const joined: string[] = [];
  for (const term of terms) {
    const last = joined.at(-1);
    if (last !== undefined && hasHangul(last) && hasHangul(term)) joined[joined.length - 1] = last + term;
    else joined.push(term);
  }
  return joined;
}

/**
 * A query's content words, normalised, and whether it asks (it had question words, or has three words
 * or more). The question rules load only for two words or more, not for a keyword.
 */
export async function searchText(query: string): Promise<{ text: string; question: boolean }> {
  const typed = query.trim().split(/\s+/u);
  if (isExactPhrase(query) || typed.length < 2) return { text: normalizeQuery(query), question: false };
  const content = (await import('@/search/shared/question-words')).contentWords(query);
  return { text: normalizeQuery(content), question: typed.length > 2 || content !== typed.join(' ') };
}

/**
 * Searches for the query's content words (filters alone: every matching fact and quote in source order;
 * neither: `null`). A first result lacking them means Pagefind loosened a word (`alert` → `a`): then the
 * vocabulary decides. A question is read by relevance: too few pages with every word are followed by
 * those with most, and words the site lacks may be left out (`termsToKeep`).
 */
export async function search(query: string, filters: FilterSelection): Promise<SearchResults | null> {
  const { text: normalized, question } = await searchText(query);
  if (!normalized && !hasFilters(filters)) {
    // Typed, but nothing searchable (punctuation, emoji): no results rather than no search.
    return query.trim() ? new SearchResults([], (data) => toHit(data, '')) : null;
  }
  const api = await loadPagefind();
  const run = async (text: string) => (await runSearch(api, text, filters))?.results ?? [];
  const answer = (found: readonly PagefindResult[], text: string, miss?: MissedQuery) =>
    new SearchResults(found, (data) => toHit(data, text), miss);
  const searchAs = async (text: string, miss?: MissedQuery) => answer(await run(text), text, miss);
  const results = await run(normalized);
  if (!normalized || isExactPhrase(normalized)) return answer(results, normalized);
  const terms = normalized.split(' ');
  const text = (data: PagefindResultData) => [data.content ?? '', ...Object.values(data.meta)].join(' ');
  const firstData = await results[0]?.data();
  const byTerms = async (searched: readonly string[]) =>
    (await import('@/search/shared/question-words')).rankByTerms(
      await Promise.all(searched.map((term) => run(term))),
    );
  const few = question && terms.length > 1 && results.length < PAGE_SIZE;
  /** A question too few pages answer in full: those pages, then (said so) those holding most of its words. */
  const padded = async () => {
    const ranked = await byTerms(terms);
    return answer(ranked, normalized, ranked.length > results.length ? { complete: results.length } : {});
  };
  if (firstData && textHasTerms(text(firstData), terms)) {
    return few ? padded() : answer(results, normalized);
  }
  const [spelling, { words: shown, known, messages }] = await Promise.all([
    import('@/search/shared/spelling'),
    loadVocabulary(),
  ]);
  const isKnownTerm = (term: string) => spelling.isKnown(term, known);
  if (terms.every(isKnownTerm)) {
    // A one-word query is never loosened; nor is one with a word the site does not have (hedge fund).
    if (terms.length < 2 || (results.length > 0 && !few)) {
      return answer(results, normalized);
    }
    // No page (or, for a question, too few) holds every word, though the site has each: those holding most.
    return results.length > 0
      ? padded()
      : answer(await byTerms(terms), normalized, { complete: 0, messages });
  }
  const solid = solidHangul(terms);
  if (solid.length < terms.length && solid.every(isKnownTerm)) return searchAs(solid.join(' '));
  const apart = terms.flatMap((term) =>
    isKnownTerm(term) ? [term] : (spelling.splitCompound(term, known) ?? [term]),
  );
  if (apart.length > terms.length && apart.every(isKnownTerm)) return searchAs(apart.join(' '));
  const { clear, suggestions } = spelling.correctQuery(terms, shown, known);
  if (clear) return searchAs(clear, { corrected: clear, suggestions, messages });
  const kept =
    question && (await import('@/search/shared/question-words')).termsToKeep(query, terms, isKnownTerm);
  if (kept) return answer(await byTerms(kept), kept.join(' '), { complete: 0, messages });
  return answer([], normalized, { suggestions, messages });
}

/** How many facts and quotes each filter value has among a search's results; only when filters show. */
export async function filterCounts(query: string, filters: FilterSelection): Promise<FilterCounts> {
  const api = await loadPagefind();
  const totals = await api.filters();
  const { text: normalized } = await searchText(query);
  if (!normalized && !hasFilters(filters)) return totals;
  return (await runSearch(api, normalized, filters))?.filters ?? {};
}
