import { describe, expect, it } from 'vitest';
import { compoundParts } from '../../src/search/build/korean.ts';
import {
  extraSearchTerms,
  glossaryForms,
  mentions,
  personSpellings,
  searchLexicon,
} from '../../src/search/build/terms.ts';

const lim = { id: 'lim-woohyung', nameKo: '임우형', nameEn: 'Woohyung Lim', aliases: ['Lim Woo-hyung'] };
const koo = { id: 'koo-kwang-mo', nameKo: '구광모', nameEn: 'Koo Kwang-mo', aliases: ['Koo Kwangmo'] };
const sovereign = glossaryForms({
  term: { en: 'Sovereign AI', ko: '소버린AI' },
  aliases: { en: ['sovereignty'], ko: ['자국 AI'] },
});
const llm = glossaryForms({
  term: { en: 'Large language model (LLM)', ko: '대규모언어모델(LLM)' },
  aliases: { en: ['language model'], ko: ['대규모 언어 모델'] },
});
const lexicon = searchLexicon([{ lang: 'ko', text: '생태계를 구축' }], [lim, koo], [sovereign, llm]);

/** A page's indexed text, as `indexablePage` reads it. */
const pageText = '소버린AI 소버린AI로 생태계를 & 구축 임우형 원장';

describe('glossaryForms', () => {
  it('splits a bracketed abbreviation off and adds the aliases of both languages', () => {
    expect(llm).toMatchInlineSnapshot(`
      [
        "Large language model (LLM)",
        "Large language model",
        "LLM",
        "대규모언어모델(LLM)",
        "대규모언어모델",
        "language model",
        "대규모 언어 모델",
      ]
    `);
  });
});

describe('glossaryForms of spaced Korean', () => {
  it('adds each spaced Korean form written solid, so the glossary need not list it', () => {
    const forms = glossaryForms({
      term: { en: 'Sovereign AI', ko: '소버린 AI' },
      aliases: { en: [], ko: ['자국 AI'] },
    });
    expect(forms).toEqual(['Sovereign AI', '소버린 AI', '자국 AI', '소버린AI', '자국AI']);
  });
});

describe('personSpellings', () => {
  it('gives every spelling search knows: names, aliases and their routine variants', () => {
    expect(personSpellings(koo)).toEqual(
      expect.arrayContaining(['구광모', 'Kwangmo Koo', 'Kwang mo Koo', 'Koo Kwangmo']),
    );
  });
});

describe('mentions', () => {
  it('finds Korean forms inside words and Latin forms only as whole words, in any case', () => {
    expect(mentions('소버린AI로 생태계', '소버린AI')).toBe(true);
    expect(mentions('an LLM trained', 'llm')).toBe(true);
    expect(mentions('LLMs and more', 'LLM')).toBe(false);
    expect(mentions('AI연구원', 'AI')).toBe(true);
  });
});

describe('extraSearchTerms', () => {
  it('adds Korean forms, the names of people mentioned, and glossary forms in both languages', () => {
    expect(extraSearchTerms(pageText, lexicon)).toMatchInlineSnapshot(
      `"소버린 생태계 구축임우형 구축임우형원장 임우형원장 에이아이 소버린에이아이 자국에이아이 임우형 Woohyung Lim Woo-hyung Woo hyung Sovereign AI 소버린AI sovereignty 자국 자국AI"`,
    );
  });

  it('relates English and Korean both ways: the Korean term finds the English page and back', () => {
    expect(extraSearchTerms('What a large language model is', lexicon).split(' ')).toEqual(
      expect.arrayContaining(['대규모언어모델', '언어모델', 'LLM']),
    );
    expect(extraSearchTerms('엑사원은 대규모언어모델이다', lexicon).split(' ')).toEqual(
      expect.arrayContaining(['Large', 'language', 'model', 'LLM', '언어모델']),
    );
  });

  it('adds the names of speakers a text does not spell out, and no one else', () => {
    const terms = extraSearchTerms('좋은 타이밍', lexicon, ['koo-kwang-mo']);
    expect(terms).toContain('Koo Kwang-mo');
    expect(terms).not.toContain('임우형');
  });
});

describe('searchLexicon', () => {
  const nouns = (korean: string) =>
    searchLexicon(
      [
        { lang: 'en', text: 'The co-heads spoke at the D&O Gangseo building. AI and the Idea of it.' },
        { lang: 'ko', text: korean },
      ],
      [],
      [],
    ).nouns;

  it('finds a name the English writes in Latin letters inside a solid Hangul word, so the compound splits', () => {
    const found = nouns('D&O 강서사옥에서 가진 인터뷰');
    expect(found).toContain('강서');
    expect(compoundParts('강서사옥', found)).toEqual(['강서', '사옥']);
  });

  it('takes no part whose romanisation is short or not a capitalised word of the English', () => {
    // 아이 romanises to "ai", under four letters; 디어 to "dieo", which the English does not write.
    expect([...nouns('아이디어를 대규모언어모델')]).toEqual(['아이디어', '대규모언어모델']);
  });
});
