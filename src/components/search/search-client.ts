/**
 * Loads Pagefind on first use and runs searches the way this site needs: Korean particles stripped from
 * the query (same rules as at index time), the speaker/theme/kind filters, browsing by filters alone,
 * and result links that carry the searched words (in NFC) for the target page's highlighter.
 */
import { assetPath } from '@/lib/asset-path';
import { normalizeQuery } from '@/lib/korean-terms';
import { FILTER_NAMES, isRecordKind, type FilterName, type RecordKind } from '@/lib/search-vocabulary';

/** Chosen values per filter; values of one filter are alternatives (any), filters combine (all). */
export type FilterSelection = Record<FilterName, string[]>;
/** Number of records per filter value. */
export type FilterCounts = Partial<Record<string, Record<string, number>>>;

/** A fact or quote result: what it is, who said it (person ids), its theme (slug) and paragraphs. */
export interface RecordInfo {
  kind: RecordKind;
  speakers: string[];
  theme: string;
  paragraphs: number[];
  /** Whether the speakers are the site's inference (the article names none). */
  inferred: boolean;
}

/** One search result, ready to render as text (the excerpt is split into plain and marked parts). */
export interface SearchHit {
  url: string;
  title: string;
  excerpt: { text: string; marked: boolean }[];
  /** Present for fact and quote records, absent for pages. */
  record?: RecordInfo;
}

/** A search's outcome: the results in rank order and the filter counts. */
export interface SearchOutcome {
  hits: SearchHit[];
  counts: FilterCounts;
}

/** The most results a search loads (each needs its fragment); more would not be read anyway. */
const MAX_RESULTS = 60;

interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
  excerpt: string;
  filters?: Partial<Record<string, string[]>>;
}
interface PagefindResponse {
  results: { data(): Promise<PagefindResultData> }[];
  filters: FilterCounts;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string | null, options?: Record<string, unknown>): Promise<PagefindResponse | null>;
  filters(): Promise<FilterCounts>;
}

let pagefind: Promise<PagefindApi> | undefined;

function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (async () => {
    const api = (await import(/* @vite-ignore */ assetPath('pagefind/pagefind.js'))) as PagefindApi;
    await api.options({
      baseUrl: assetPath(''),
      excerptLength: 24,
      // Hangul is indexed decomposed; without this a half-typed syllable (대하) matches 대학.
      exactDiacritics: document.documentElement.lang === 'ko',
      ranking: { metaWeights: { title: 5, terms: 2 } },
    });
    return api;
  })();
  pagefind.catch(() => {
    pagefind = undefined;
  });
  return pagefind;
}

/**
 * The result URL with one `highlight` parameter per searched word, in NFC (the page text is composed;
 * Pagefind's own parameter would carry decomposed Hangul). Added before the `#anchor`. The quote marks
 * of an exact-phrase query are not part of any word on the page.
 */
export function highlightUrl(url: string, query: string): string {
  const parsed = new URL(url, 'https://site.invalid');
  for (const term of query.normalize('NFC').replaceAll('"', ' ').split(/\s+/u).filter(Boolean)) {
    parsed.searchParams.append('highlight', term);
  }
  return parsed.pathname + parsed.search + parsed.hash;
}

/** Splits Pagefind's excerpt (text with `<mark>` and escaped `<`/`>`) into parts to render as text. */
export function excerptParts(excerpt: string): SearchHit['excerpt'] {
  const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  return excerpt
    .split(/(<mark>[^<]*<\/mark>)/)
    .filter(Boolean)
    .map((part) =>
      part.startsWith('<mark>')
        ? { text: unescape(part.slice(6, -7)), marked: true }
        : { text: unescape(part), marked: false },
    );
}

function toHit(data: PagefindResultData, query: string): SearchHit {
  const hit: SearchHit = {
    url: query ? highlightUrl(data.url, query) : data.url,
    title: data.meta.title ?? data.url,
    excerpt: excerptParts(data.excerpt),
  };
  const { kind = [], speaker = [], theme = [], paragraph = [], attribution = [] } = data.filters ?? {};
  const [recordKind] = kind;
  if (isRecordKind(recordKind)) {
    hit.record = {
      kind: recordKind,
      speakers: speaker,
      theme: theme[0] ?? '',
      paragraphs: paragraph.map(Number),
      inferred: attribution.includes('inferred'),
    };
  }
  return hit;
}

/**
 * Drops a page result when one of its own facts or quotes is also a result: the record answers the same
 * words more precisely and opens the same page, at the passage. Pages that hold no matching record
 * (people, glossary, timeline, a theme's own prose) stay.
 */
export function withoutPagesOfRecords(hits: readonly SearchHit[]): SearchHit[] {
  const pageOf = (url: string) => new URL(url, 'https://site.invalid').pathname;
  const recordPages = new Set(hits.filter((hit) => hit.record).map((hit) => pageOf(hit.url)));
  return hits.filter((hit) => hit.record || !recordPages.has(pageOf(hit.url)));
}

/** Whether any filter value is chosen. */
export function hasFilters(filters: FilterSelection): boolean {
  return FILTER_NAMES.some((name) => filters[name].length > 0);
}

/** How many facts and quotes each filter value has in all (for the controls before any search). */
export async function totalCounts(): Promise<FilterCounts> {
  return (await loadPagefind()).filters();
}

/**
 * Searches the index of the page's language. With filters and no query, lists every matching fact and
 * quote in source order; with neither, there is nothing to search (`null`).
 */
export async function search(query: string, filters: FilterSelection): Promise<SearchOutcome | null> {
  const normalized = normalizeQuery(query);
  if (!normalized && !hasFilters(filters)) {
    // Typed, but nothing searchable (punctuation, emoji): no results rather than no search.
    return query.trim() ? { hits: [], counts: {} } : null;
  }
  const api = await loadPagefind();
  const pagefindFilters = Object.fromEntries(
    FILTER_NAMES.filter((name) => filters[name].length > 0).map((name) => [name, { any: filters[name] }]),
  );
  const response = normalized
    ? await api.search(normalized, { filters: pagefindFilters })
    : await api.search(null, { filters: pagefindFilters, sort: { order: 'asc' } });
  const data = await Promise.all(
    (response?.results ?? []).slice(0, MAX_RESULTS).map((result) => result.data()),
  );
  return {
    hits: withoutPagesOfRecords(data.map((result) => toHit(result, normalized))),
    counts: response?.filters ?? {},
  };
}
