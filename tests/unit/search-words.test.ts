import { describe, expect, it } from 'vitest';
import { koreanRuns } from '../../src/lib/korean-runs.ts';
import {
  acronymReading,
  acronymSpellings,
  compoundParts,
  joinedCompounds,
  koreanIndexTerms,
  standaloneNouns,
} from '../../src/search/build/korean.ts';
import { normalizeQuery, stripParticle, termForms, words } from '../../src/search/shared/words.ts';

describe('words', () => {
  it('splits letters and digits from everything else, and Hangul from other scripts', () => {
    expect(words('소버린AI로 (GPU) Kwang-mo LG’s 엑사원4.0을 GPT4o')).toEqual([
      '소버린',
      'AI',
      '로',
      'GPU',
      'Kwang',
      'mo',
      'LG',
      's',
      '엑사원',
      '4.0',
      '을',
      'GPT4o',
    ]);
  });

  it('reads decomposed Hangul as composed', () => {
    expect(words('엑사원'.normalize('NFD'))).toEqual(['엑사원']);
  });
});

describe('stripParticle', () => {
  it.each([
    ['엑사원을', '엑사원'],
    ['엑사원은', '엑사원'],
    ['대학원에서', '대학원'],
    ['거품론이', '거품론'],
    ['연구원은', '연구원'],
    ['생태계를', '생태계'],
    ['거품론이란', '거품론'],
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

describe('termForms', () => {
  it('splits Latin glued to Hangul and drops the particle', () => {
    expect(termForms('소버린AI로')).toEqual(['소버린', 'AI']);
    expect(termForms('AI연구원은')).toEqual(['AI', '연구원']);
    expect(termForms('AI거품론이')).toEqual(['AI', '거품론']);
    expect(termForms('챗GPT가')).toEqual(['챗', 'GPT']);
    expect(termForms('AI란')).toEqual(['AI']);
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

describe('compoundParts', () => {
  // Nouns as the corpus and glossary would give them: each stands alone somewhere.
  const nouns = standaloneNouns('대규모 병렬 언어를 모델을 기술과 정보를 공유 대면 보고 국가 전략');

  it('splits a compound into the nouns it is made of, and every run of them', () => {
    expect(compoundParts('대규모언어모델', nouns)).toMatchInlineSnapshot(`
      [
        "대규모",
        "대규모언어",
        "언어",
        "언어모델",
        "모델",
      ]
    `);
    expect(compoundParts('대면보고', nouns)).toEqual(['대면', '보고']);
  });

  it('keeps an unknown stretch between known nouns, and a one-syllable suffix apart', () => {
    expect(compoundParts('과학기술정보통신부', nouns)).toEqual(
      expect.arrayContaining(['과학기술', '기술', '정보', '정보통신', '통신부']),
    );
    expect(compoundParts('과학기술정보통신부', nouns)).not.toContain('부');
  });

  it.each([
    ['대학원', new Set(['대학'])], // three syllables: never split (대하 must not reach 대학원 by a part)
    ['파운데이션', nouns], // no known noun inside
    ['대학원생', new Set(['학원'])], // 학원 would leave a lone 대 in front
    ['국가전체', new Set(['가전'])], // 가전 would leave lone syllables on both sides
    ['소버린AI', nouns], // not all Hangul: scripts are split elsewhere
  ])('does not split %s', (word, known) => {
    expect(compoundParts(word, known)).toEqual([]);
  });

  it('feeds the parts into the index terms, not the whole word again', () => {
    expect(koreanIndexTerms('직접 대면보고를 받고', nouns)).toEqual(['대면보고', '대면', '보고']);
  });
});

describe('standaloneNouns', () => {
  it('collects particle-stripped Hangul words of two or more syllables', () => {
    expect([...standaloneNouns('엑사원을 AI로 가 모델의 GPU')]).toEqual(['엑사원', '모델']);
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

  it('reads a phrase in typographic quotes, as phone keyboards type them, as an exact phrase', () => {
    expect(normalizeQuery('“엑사원은 역사”')).toBe('"엑사원은 역사"');
    expect(normalizeQuery('“good timing')).toBe('good timing');
  });

  it('drops a quote mark that opens no phrase, so the rest is not searched as one', () => {
    expect(normalizeQuery('"exaone history')).toBe('exaone history');
    expect(normalizeQuery('exaone" 엑사원은"')).toBe('exaone 엑사원');
  });

  it('writes a name and its version apart, as the site does', () => {
    expect(normalizeQuery('EXAONE4.0')).toBe('EXAONE 4.0');
    expect(normalizeQuery('엑사원4.0')).toBe('엑사원 4.0');
    expect(normalizeQuery('EXAONE 4.0')).toBe('EXAONE 4.0');
    expect(normalizeQuery('GPT4o')).toBe('GPT4o');
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

describe('joinedCompounds and compoundParts: Korean spacing is free', () => {
  /**
   * Whether a query finds a text under the search's rules: every query form starts one of the text's
   * index terms (its words, their forms, the nouns inside its compounds, its words joined), as Pagefind
   * matches word starts. The nouns are those of the text, as the index step collects them.
   */
  function finds(query: string, text: string): boolean {
    const nouns = standaloneNouns(text);
    const terms = [...text.split(/\s+/u), ...koreanIndexTerms(text, nouns), ...joinedCompounds(text)];
    return normalizeQuery(query)
      .split(' ')
      .every((form) => terms.some((term) => term.startsWith(form)));
  }

  it.each([
    ['산업특화', '고품질 현장 데이터와 산업 특화 모델을 구축해'],
    ['산업특화모델', '고품질 현장 데이터와 산업 특화 모델을 구축해'],
    ['현장데이터', '고품질 현장 데이터와 산업 특화 모델을'],
    ['사내대학원을', '국내 첫 사내 대학원 인가'],
    ['대규모 언어모델', '자체 개발한 대규모언어모델(LLM) 엑사원과 언어 모델 기술'],
    ['대면 보고', '직접 대면보고를 받고 보고 체계'],
  ])('%s finds “%s”', (query, text) => {
    expect(finds(query, text)).toBe(true);
  });

  it.each([
    ['대하', 'LG AI대학원 사내 대학원'],
    ['엑사원개발', '엑사원을 개발하기 전'],
    ['특화된모델', '산업에 특화된 강점을 지닐 모델'],
    ['모델엑사원', "대규모 언어 모델 '엑사원'은"],
  ])('%s does not find “%s”', (query, text) => {
    expect(finds(query, text)).toBe(false);
  });

  it('joins neighbouring Hangul words up to three, and stops at particles, predicates and punctuation', () => {
    expect(joinedCompounds('산업 특화 모델을 구축해 차별화된 경쟁력, 공동 연구원장은'))
      .toMatchInlineSnapshot(`
      [
        "산업특화",
        "산업특화모델",
        "특화모델",
        "공동연구원장",
      ]
    `);
  });
});

describe('acronymReading and acronymSpellings', () => {
  it('spells an acronym in Hangul letter by letter', () => {
    expect(acronymReading('GPU')).toBe('지피유');
    expect(acronymReading('LG')).toBe('엘지');
    expect(acronymReading('LLM')).toBe('엘엘엠');
  });

  it('spells only acronyms: not words, single letters or numbers', () => {
    for (const word of ['EXAONE', 'Research', 'A', '4.0', 'ai']) expect(acronymReading(word)).toBeUndefined();
  });

  it('spells a word that glues an acronym to Hangul whole, without its particle', () => {
    expect(acronymSpellings('오픈AI의 챗GPT가 그래픽처리장치(GPU) 4.0')).toEqual([
      '에이아이',
      '오픈에이아이',
      '지피티',
      '챗지피티',
      '지피유',
    ]);
  });
});
