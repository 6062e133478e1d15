import { describe, expect, it } from 'vitest';
import {
  excerptParts,
  highlightUrl,
  withoutPagesOfRecords,
  type SearchHit,
} from '../../src/components/search/search-client.ts';

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

describe('withoutPagesOfRecords', () => {
  const page = (url: string): SearchHit => ({ url, title: url, excerpt: [] });
  const record = (url: string): SearchHit => ({
    ...page(url),
    record: { kind: 'quote', speakers: [], theme: 'x', paragraphs: [5], inferred: false },
  });

  it('drops a page whose own fact or quote is a result, wherever either ranks, and keeps the rest', () => {
    const hits = [
      page('/industry-strategy/'),
      record('/industry-strategy/?highlight=field#fact-field-data'),
      page('/glossary/'),
      record('/exaone-history/#quote-good-timing'),
      page('/exaone-history/?highlight=field'),
    ];
    expect(withoutPagesOfRecords(hits).map((hit) => hit.url)).toEqual([
      '/industry-strategy/?highlight=field#fact-field-data',
      '/glossary/',
      '/exaone-history/#quote-good-timing',
    ]);
  });
});
