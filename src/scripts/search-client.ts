/**
 * Loads Pagefind on first use and runs queries the way this site needs: Korean particles stripped from
 * the query (same rules as at index time), highlight parameters in NFC so Korean highlighting works.
 */
import { assetPath } from '@/lib/asset-path';
import { normalizeQuery } from '@/lib/korean-terms';

/** One search result, ready to render as text (the excerpt is split into plain and marked parts). */
export interface SearchHit {
  url: string;
  title: string;
  excerpt: { text: string; marked: boolean }[];
}

interface PagefindResultData {
  url: string;
  meta: { title?: string };
  excerpt: string;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 10;
let pagefind: Promise<PagefindApi> | undefined;

function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (async () => {
    const api = (await import(/* @vite-ignore */ assetPath('pagefind/pagefind.js'))) as PagefindApi;
    await api.options({
      baseUrl: assetPath(''),
      excerptLength: 24,
      highlightParam: 'highlight',
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

/** Pagefind puts decomposed Hangul into the highlight parameter; the page text is composed (NFC). */
export function nfcHighlightUrl(url: string): string {
  const parsed = new URL(url, location.origin);
  const terms = parsed.searchParams.getAll('highlight').map((term) => term.normalize('NFC'));
  parsed.searchParams.delete('highlight');
  for (const term of terms) parsed.searchParams.append('highlight', term);
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

/** Searches the index of the page's language; an empty result for input with nothing to search. */
export async function search(query: string): Promise<SearchHit[]> {
  const normalized = normalizeQuery(query);
  if (!normalized) return [];
  const api = await loadPagefind();
  const response = await api.search(normalized);
  if (!response) return [];
  const data = await Promise.all(response.results.slice(0, MAX_RESULTS).map((result) => result.data()));
  return data.map((result) => ({
    url: nfcHighlightUrl(result.url),
    title: result.meta.title ?? result.url,
    excerpt: excerptParts(result.excerpt),
  }));
}
