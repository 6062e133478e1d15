import { describe, expect, it } from 'vitest';
import {
  excerptParts,
  highlightUrl,
  searchText,
  SearchResults,
  textHasTerms,
  toHit,
  type PagefindResult,
  type SearchHit,
} from '../../src/search/browser/search-client.ts';

describe('excerptParts', () => {
  it('turns an excerpt into text parts, so markup in content is never parsed', () => {
    expect(excerptParts('a &lt;img onerror=x&gt; <mark>엑사원</mark>은')).toEqual([
      { text: 'a <img onerror=x> ', marked: false },
      { text: '엑사원', marked: true },
      { text: '은', marked: false },
    ]);
  });
});

describe('highlightUrl', () => {
  it('adds one composed (NFC) highlight parameter per word, before the anchor', () => {
    const url = highlightUrl('/ko/exaone-history/#quote-good-timing', '리소스 투자'.normalize('NFD'));
    expect(url).toMatchInlineSnapshot(
      `"/ko/exaone-history/?highlight=%EB%A6%AC%EC%86%8C%EC%8A%A4&highlight=%ED%88%AC%EC%9E%90#quote-good-timing"`,
    );
    expect(new URL(url, 'https://x.invalid').searchParams.getAll('highlight')).toEqual(['리소스', '투자']);
  });

  it('leaves out the quote marks of an exact-phrase query, so its first and last words are highlighted', () => {
    const url = highlightUrl('/ko/exaone-history/', '"엑사원은 bar"');
    expect(new URL(url, 'https://x.invalid').searchParams.getAll('highlight')).toEqual(['엑사원은', 'bar']);
  });
});

describe('SearchResults', () => {
  /** Pagefind results for these URLs (a `#fact-`/`#quote-` anchor makes a record), counting loads. */
  function results(urls: string[]) {
    const loaded: string[] = [];
    const list: PagefindResult[] = urls.map((url) => ({
      id: url,
      score: 1,
      data: () => {
        loaded.push(url);
        const kind = url.includes('#quote-') ? ['quote'] : url.includes('#fact-') ? ['fact'] : undefined;
        return Promise.resolve({ url, meta: {}, excerpt: '', filters: kind ? { kind } : {} });
      },
    }));
    return { loaded, pages: new SearchResults(list, (data) => toHit(data, '')) };
  }
  const urls = (hits: SearchHit[]) => hits.map((hit) => hit.url);

  it('loads only the results of the page it shows, and the next page on demand', async () => {
    const many = Array.from({ length: 60 }, (_, i) => `/t/#fact-${i}`);
    const { loaded, pages } = results(many);
    expect(urls(await pages.next(10))).toEqual(many.slice(0, 10));
    expect(loaded).toHaveLength(10);
    expect(urls(await pages.next(10))).toEqual(many.slice(10, 20));
    expect(loaded).toHaveLength(20);
    expect(pages.done).toBe(false);
    expect(pages.total).toBe(60);
  });

  it('drops a page whose own fact or quote is loaded, before or after it, and loads one more in its place', async () => {
    const { loaded, pages } = results([
      '/industry-strategy/',
      '/industry-strategy/#fact-field-data',
      '/glossary/',
      '/exaone-history/#quote-good-timing',
      '/exaone-history/',
      '/people/',
      '/timeline/',
    ]);
    expect(urls(await pages.next(4))).toEqual([
      '/industry-strategy/#fact-field-data',
      '/glossary/',
      '/exaone-history/#quote-good-timing',
      '/people/',
    ]);
    expect(loaded).toHaveLength(6);
    expect(pages.total).toBe(5);
    expect(urls(await pages.next(4))).toEqual(['/timeline/']);
    expect(pages.done).toBe(true);
  });

  it('moves a record up to its page’s place when the page ranks above it', async () => {
    const { pages } = results(['/sovereign-ai/', '/glossary/', '/', '/sovereign-ai/#fact-defined']);
    expect(urls(await pages.next(4))).toEqual(['/sovereign-ai/#fact-defined', '/glossary/', '/']);
  });
});

describe('textHasTerms', () => {
  it('accepts a result with a word starting with every query term', () => {
    expect(textHasTerms('The history of EXAONE 엑사원은 LLM', ['exaone', '엑사원', 'hist'])).toBe(true);
  });

  it('rejects a result that Pagefind matched on a shorter word than the one typed (alert → a)', () => {
    expect(textHasTerms('a page about sovereign AI', ['alert'])).toBe(false);
    expect(textHasTerms('대학원에서 공부', ['대학교'])).toBe(false);
  });
});

describe('searchText', () => {
  it('searches a question for its content words, in the forms the index holds', async () => {
    expect(await searchText('Where was the interview held?')).toEqual({
      text: 'interview held',
      question: true,
    });
    expect(await searchText('구광모 회장은 뭐라고 했나요')).toEqual({ text: '구광모 회장', question: true });
    expect(await searchText('AI는 거품인가')).toEqual({ text: 'AI 거품', question: true });
  });

  it('reads three words or more as a question, one or two keywords as keywords', async () => {
    expect(await searchText('외산 AI 쓰면 안 되는 이유')).toEqual({
      text: '외산 AI 쓰면 안 되는 이유',
      question: true,
    });
    expect(await searchText('hedge fund')).toEqual({ text: 'hedge fund', question: false });
    expect(await searchText('EXAONE')).toEqual({ text: 'EXAONE', question: false });
  });

  it('searches an exact phrase as typed, question words and all', async () => {
    expect(await searchText('"what the article says"')).toEqual({
      text: '"what the article says"',
      question: false,
    });
  });

  it('finds a name and its version typed together as typed apart', async () => {
    expect(await searchText('EXAONE4.0')).toEqual(await searchText('EXAONE 4.0'));
    expect(await searchText('엑사원4.0')).toEqual(await searchText('엑사원 4.0'));
  });
});
