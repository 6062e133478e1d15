import { describe, expect, it } from 'vitest';
import {
  koreanIndexTerms,
  normalizeQuery,
  splitScripts,
  stripParticle,
  termForms,
  koreanRuns,
} from '../../src/lib/korean-terms.ts';

describe('stripParticle', () => {
  it.each([
    ['엑사원을', '엑사원'],
    ['엑사원은', '엑사원'],
    ['대학원에서', '대학원'],
    ['거품론이', '거품론'],
    ['연구원은', '연구원'],
    ['생태계를', '생태계'],
  ])('strips the particle from %s', (word, stem) => {
    expect(stripParticle(word)).toBe(stem);
  });

  it.each(['국가', '모델', '대학', '인재', '정부', '엑사원'])('keeps the short noun %s whole', (noun) => {
    expect(stripParticle(noun)).toBe(noun);
  });

  it('compares decomposed Hangul as composed', () => {
    expect(stripParticle('엑사원을'.normalize('NFD'))).toBe('엑사원');
  });
});

describe('splitScripts and termForms', () => {
  it('splits Latin glued to Hangul and drops the particle', () => {
    expect(splitScripts('소버린AI로')).toEqual(['소버린', 'AI', '로']);
    expect(termForms('소버린AI로')).toEqual(['소버린', 'AI']);
    expect(termForms('AI연구원은')).toEqual(['AI', '연구원']);
    expect(termForms('AI거품론이')).toEqual(['AI', '거품론']);
    expect(termForms('챗GPT가')).toEqual(['챗', 'GPT']);
  });

  it('splits a term with its bracketed abbreviation', () => {
    expect(termForms('그래픽처리장치(GPU)')).toEqual(['그래픽처리장치', 'GPU']);
    expect(termForms('대규모언어모델(LLM)')).toEqual(['대규모언어모델', 'LLM']);
  });

  it('keeps version numbers and quoted names intact', () => {
    expect(termForms("'엑사원")).toEqual(['엑사원']);
    expect(termForms('4.0')).toEqual(['4.0']);
  });
});

describe('koreanIndexTerms', () => {
  it('adds only forms that differ from the words as written', () => {
    expect(koreanIndexTerms('소버린AI로 생태계를 구축하면 국가 전체')).toEqual(['소버린', 'AI', '생태계']);
  });
});

describe('normalizeQuery', () => {
  it('strips particles and splits scripts in Korean queries', () => {
    expect(normalizeQuery('엑사원은')).toBe('엑사원');
    expect(normalizeQuery('대학원에서')).toBe('대학원');
    expect(normalizeQuery('소버린AI')).toBe('소버린 AI');
    expect(normalizeQuery('거품론이')).toBe('거품론');
  });

  it('reduces input without letters or digits to an empty query and caps long input', () => {
    expect(normalizeQuery('   ')).toBe('');
    expect(normalizeQuery('?!… ---')).toBe('');
    expect(normalizeQuery('🙂🙂')).toBe('');
    expect(normalizeQuery('가나다라마'.repeat(100)).length).toBeLessThanOrEqual(200);
  });

  it('leaves English and exact-phrase queries alone', () => {
    expect(normalizeQuery('Lim Woo-hyung')).toBe('Lim Woo-hyung');
    expect(normalizeQuery('"엑사원은"')).toBe('"엑사원은"');
  });
});

describe('koreanRuns', () => {
  it('marks Korean runs, including Latin words between Hangul, and nothing else', () => {
    expect(koreanRuns('Lee (vice president, 부사장) and the 독자 AI 파운데이션 모델 프로젝트.')).toEqual([
      { text: 'Lee (vice president, ', ko: false },
      { text: '부사장', ko: true },
      { text: ') and the ', ko: false },
      { text: '독자 AI 파운데이션 모델 프로젝트', ko: true },
      { text: '.', ko: false },
    ]);
    expect(koreanRuns('No Korean here.')).toEqual([{ text: 'No Korean here.', ko: false }]);
  });
});
