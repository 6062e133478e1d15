import { describe, expect, it } from 'vitest';
import { searchRecords } from '../../src/search/build/records.ts';
import type { Fact, Person, Quote, RelativeDate } from '../../src/lib/content-schemas.ts';
import { testModel } from '../support/site-model.ts';

const person = (id: string, nameKo: string, nameEn: string): Person => ({
  id,
  nameKo,
  nameEn,
  aliases: [],
  interviewee: true,
  roles: [],
});
const people = [
  person('lee-honglak', '이홍락', 'Honglak Lee'),
  person('lim-woohyung', '임우형', 'Woohyung Lim'),
];
const fact = (id: string, paragraph: number, voice?: string): Fact => ({
  id,
  theme: 'exaone-history',
  kind: 'interview',
  statement: { en: `Fact ${id}, {date:july}.`, ko: `사실 ${id}, {date:july}.` },
  evidence: [{ paragraph, text: '근거' }],
  key: false,
  ...(voice === undefined ? {} : { voice }),
});
const quote: Quote = {
  id: 'good-timing',
  speakers: ['lee-honglak'],
  theme: 'exaone-history',
  paragraph: 5,
  ko: '좋은 타이밍에 시작했던 것이 주효했다',
  en: 'Starting at a good time paid off.',
};

describe('searchRecords', () => {
  const entries = {
    people,
    relativeDates: [
      { id: 'july', month: 7, relation: 'past', evidence: { paragraph: 4, text: '지난 7월' } },
    ] satisfies RelativeDate[],
    quotes: [quote],
    facts: [fact('later', 7, 'co-heads'), fact('earlier', 3)],
  };
  const source = testModel(entries);

  it('makes one record per fact and quote per language, in source order, with ids as filters', () => {
    const records = searchRecords(source);
    expect(records.map((record) => `${record.language} ${record.anchor} ${record.sort.order}`)).toEqual([
      'en fact-earlier 0',
      'en quote-good-timing 1',
      'en fact-later 2',
      'ko fact-earlier 0',
      'ko quote-good-timing 1',
      'ko fact-later 2',
    ]);
    expect(records.find((record) => record.anchor === 'fact-later')?.filters).toMatchInlineSnapshot(`
      {
        "kind": [
          "fact",
        ],
        "paragraph": [
          "7",
        ],
        "speaker": [
          "lee-honglak",
          "lim-woohyung",
        ],
        "theme": [
          "exaone-history",
        ],
      }
    `);
  });

  it('gives an English quote record its Korean original too, so either language finds it', () => {
    const [en, ko] = searchRecords(source).filter((record) => record.anchor === 'quote-good-timing');
    expect(en?.content).toBe(`${quote.en} ${quote.ko}`);
    expect(ko?.content).toBe(quote.ko);
  });

  it('writes out relative dates in a statement as the pages do, and adds the evidence', () => {
    const later = searchRecords(source).filter((record) => record.anchor === 'fact-later');
    expect(later.map((record) => record.content)).toMatchInlineSnapshot(`
      [
        "Fact later, July (year not given). 근거",
        "사실 later, 7월(연도 미상). 근거",
      ]
    `);
  });

  it('titles a record with its speakers’ names in its language, so a name ranks what they said', () => {
    const records = searchRecords(source);
    expect(records.filter((r) => r.anchor === 'quote-good-timing').map((r) => r.meta)).toEqual([
      { title: 'Honglak Lee' },
      { title: '이홍락' },
    ]);
    expect(records.find((r) => r.anchor === 'fact-earlier')?.meta).toEqual({});
  });

  it('marks a quote whose speakers the site infers, so its result says so as the quote does', () => {
    const unnamed: Quote = {
      ...quote,
      id: 'unnamed',
      attributionNote: { en: 'No speaker is named.', ko: '화자 미표기.' },
    };
    const records = searchRecords(testModel({ ...entries, quotes: [quote, unnamed] }));
    expect(records.filter((r) => r.language === 'en').map((r) => [r.anchor, r.filters.attribution])).toEqual([
      ['fact-earlier', undefined],
      ['quote-good-timing', undefined],
      ['quote-unnamed', ['inferred']],
      ['fact-later', undefined],
    ]);
  });

  it('makes a quote and the fact that restates it one result: the quote’s, holding the fact’s statement', () => {
    const restating: Fact = {
      ...fact('restating', 5, 'lee-honglak'),
      evidence: [{ paragraph: 5, text: '주효했다' }],
    };
    const records = searchRecords(testModel({ ...entries, facts: [...entries.facts, restating] }));
    expect(records.some((record) => record.anchor === 'fact-restating')).toBe(false);
    const [en, ko] = records.filter((record) => record.anchor === 'quote-good-timing');
    expect(en?.content).toBe(`${quote.en} ${quote.ko} Fact restating, July (year not given).`);
    expect(ko?.content).toBe(`${quote.ko} 사실 restating, 7월(연도 미상).`);
  });
});
