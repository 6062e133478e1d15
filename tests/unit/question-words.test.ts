import { describe, expect, it } from 'vitest';
import {
  KOREAN_QUESTION_ENDINGS,
  contentWords,
  stripQuestionEnding,
  rankByTerms,
  termsToKeep,
} from '../../src/search/shared/question-words.ts';

describe('contentWords', () => {
  it('drops English question and function words', () => {
    expect(contentWords('where was the interview held?')).toBe('interview held');
    expect(contentWords('What did Koo Kwang-mo say about the investment')).toBe('Koo Kwang-mo investment');
    expect(contentWords('why does Lim think parameters do not matter')).toBe('Lim parameters not matter');
  });

  it('drops Korean interrogatives and a verb that only carries the question', () => {
    expect(contentWords('구광모 회장은 뭐라고 했나요')).toBe('구광모 회장은');
    expect(contentWords('인터뷰는 어디서 했나')).toBe('인터뷰는');
    expect(contentWords('엑사원은 누가 만들었나요')).toBe('엑사원은 만들');
    expect(contentWords('초대 원장은 누구인가요')).toBe('초대 원장은');
    expect(contentWords('최종 목표는 무엇인가요')).toBe('최종 목표는');
  });

  it('reduces the last word to the stem the index holds', () => {
    expect(contentWords('AI는 거품인가')).toBe('AI는 거품');
    expect(contentWords('매개변수는 중요한가')).toBe('매개변수는 중요');
    expect(contentWords('LG AI 대학원은 언제 개교하나요')).toBe('LG AI 대학원은 개교');
    expect(contentWords('엑사원에 투자했습니까')).toBe('엑사원에 투자');
  });

  it('drops English contractions and possessives that only ask', () => {
    expect(contentWords("why shouldn't Korea rely on foreign AI")).toBe('Korea rely foreign AI');
    expect(contentWords('what’s LG’s goal')).toBe('LG goal');
  });

  it('reads an ending only on the last word, where a question ends', () => {
    expect(contentWords('하나 모델')).toBe('하나 모델');
  });

  it('keeps a query made only of question words as typed', () => {
    expect(contentWords('who is')).toBe('who is');
    expect(contentWords('어디')).toBe('어디');
  });
});

describe('stripQuestionEnding', () => {
  // One question per ending, with the stem it leaves (before the verb 하다 or the copula is dropped).
  const questions: Record<string, [string, string]> = {
    습니까: ['투자했습니까', '투자했'],
    ㅂ니까: ['중요합니까', '중요하'],
    인가요: ['거품인가요', '거품'],
    는가요: ['늘어나는가요', '늘어나'],
    ㄴ가요: ['중요한가요', '중요하'],
    었나요: ['만들었나요', '만들'],
    았나요: ['받았나요', '받'],
    였나요: ['개교하였나요', '개교하'],
    했나요: ['투자했나요', '투자'],
    을까요: ['늘을까요', '늘'],
    ㄹ까요: ['터질까요', '터지'],
    했어요: ['투자했어요', '투자'],
    었어요: ['만들었어요', '만들'],
    았어요: ['받았어요', '받'],
    이에요: ['거품이에요', '거품'],
    했어: ['투자했어', '투자'],
    됐어: ['선임됐어', '선임'],
    었어: ['만들었어', '만들'],
    았어: ['받았어', '받'],
    였어: ['개교하였어', '개교하'],
    나요: ['개교하나요', '개교하'],
    인가: ['거품인가', '거품'],
    는가: ['늘어나는가', '늘어나'],
    ㄴ가: ['중요한가', '중요하'],
    었나: ['만들었나', '만들'],
    았나: ['받았나', '받'],
    였나: ['개교하였나', '개교하'],
    했나: ['투자했나', '투자'],
    을까: ['늘을까', '늘'],
    ㄹ까: ['터질까', '터지'],
    인지: ['거품인지', '거품'],
    는지: ['늘어나는지', '늘어나'],
    ㄴ지: ['중요한지', '중요하'],
    이죠: ['거품이죠', '거품'],
    해요: ['투자해요', '투자'],
    예요: ['목표예요', '목표'],
    어요: ['만들어요', '만들'],
    아요: ['받아요', '받'],
    죠: ['중요하죠', '중요하'],
    냐: ['중요하냐', '중요하'],
    니: ['중요하니', '중요하'],
    나: ['개교하나', '개교하'],
  };

  it('has a question for every ending', () => {
    expect(Object.keys(questions).toSorted()).toEqual([...KOREAN_QUESTION_ENDINGS].toSorted());
  });

  it.for(Object.entries(questions))('strips -%s', ([, [question, stem]]) => {
    expect(stripQuestionEnding(question)).toBe(stem);
  });

  it('leaves a word without a question ending as it is', () => {
    expect(stripQuestionEnding('엑사원')).toBe('엑사원');
    expect(stripQuestionEnding('중요한')).toBe('중요한');
  });
});

describe('termsToKeep', () => {
  const site = new Set(['graduate', 'school', 'lg', 'ai', '투자', '엑사원', '개발', '시작']);
  const isKnown = (term: string) => site.has(term.toLowerCase());

  it('leaves out the words the site lacks when the words it has outnumber them', () => {
    expect(
      termsToKeep('what will the graduate school teach', ['graduate', 'school', 'teach'], isKnown),
    ).toEqual(['graduate', 'school']);
    expect(
      termsToKeep('엑사원 개발을 왜 일찍 시작했나요', ['엑사원', '개발', '일찍', '시작'], isKnown),
    ).toEqual(['엑사원', '개발', '시작']);
  });

  it('finds nothing when the words the site lacks are as many, or one is a Korean noun with its particle', () => {
    expect(termsToKeep("what is LG's stock price", ['LG', 'stock', 'price'], isKnown)).toBeUndefined();
    expect(termsToKeep('LG는 비트코인에 투자했나요', ['LG', '비트코인', '투자'], isKnown)).toBeUndefined();
  });

  it('searches a Korean noun the site lacks as the word of the site it adds one syllable to', () => {
    expect(termsToKeep('엑사원 개발자는 누구인가요', ['엑사원', '개발자'], isKnown)).toEqual([
      '엑사원',
      '개발',
    ]);
    expect(termsToKeep('LG 투자금은 얼마인가요', ['LG', '투자금'], isKnown)).toEqual(['LG', '투자']);
    // Two syllables more is another word, not a suffix.
    expect(termsToKeep('엑사원 개발팀장은 누구인가요', ['엑사원', '개발팀장'], isKnown)).toBeUndefined();
  });
});

describe('rankByTerms', () => {
  const result = (id: string, score: number) => ({ id, score });

  it('ranks results by how many terms they hold, then by their summed score', () => {
    const ranked = rankByTerms([
      [result('a', 5), result('b', 1)],
      [result('b', 1), result('c', 9)],
      [result('b', 1), result('c', 1)],
    ]);
    expect(ranked.map((found) => found.id)).toEqual(['b', 'c', 'a']);
  });

  it('weighs a term few results hold above one most hold', () => {
    const common = ['a', 'b', 'c', 'd'].map((id) => result(id, 9));
    const ranked = rankByTerms([common, common, [result('e', 1), result('a', 1)], [result('e', 1)]]);
    expect(ranked.map((found) => found.id)).toEqual(['e', 'a', 'b', 'c', 'd']);
  });
});
