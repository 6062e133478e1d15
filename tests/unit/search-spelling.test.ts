import { describe, expect, it } from 'vitest';
import {
  correctQuery,
  editDistance,
  isKnown,
  isUnfinished,
  nearestWords,
  splitCompound,
} from '../../src/search/shared/spelling.ts';

/** A vocabulary as the index step writes it: most frequent first. */
const vocabulary = [
  ...['the', 'exaone', 'sovereign', 'sovereignty', 'graduate', 'school', 'bubble', 'parameters', 'alter'],
  ...['co', 'heads', 'competing', 'success'],
  ...['엑사원', '대학원', '대학', '거품론', '매개변수', '구광모', '회장', '산업', '특화', '대한민국'],
];

describe('isKnown', () => {
  it('knows a word the index has, the start of one, and an inflected form of one', () => {
    for (const term of ['exaone', 'EXA', 'sovereignty', 'bubbles', 'graduated', '엑사원', '대학', '4.0']) {
      expect(isKnown(term, vocabulary), term).toBe(true);
    }
  });

  it('knows a hyphenated word by its parts, and another form of a word by its English stem', () => {
    for (const term of ['co-heads', 'compete', 'successful']) {
      expect(isKnown(term, vocabulary), term).toBe(true);
    }
  });

  it('does not know a word the index lacks, nor a Hangul word cut mid-syllable', () => {
    for (const term of ['alert', 'exaoen', 'sovreign', 'teach', 'co-pilot', '블록체인', '대하']) {
      expect(isKnown(term, vocabulary), term).toBe(false);
    }
  });
});

describe('isUnfinished', () => {
  it('takes a Hangul word typed up to the middle of a syllable as unfinished', () => {
    expect(isUnfinished('대하', vocabulary)).toBe(true);
    expect(isUnfinished('거품로', vocabulary)).toBe(true);
  });

  it('does not take a typo or a Latin word as unfinished', () => {
    expect(isUnfinished('엑사언', vocabulary)).toBe(false);
    expect(isUnfinished('exao', vocabulary)).toBe(false);
  });
});

describe('editDistance', () => {
  it('counts a swap of neighbouring letters as one edit, and compares Hangul by its letters', () => {
    expect(editDistance('EXAOEN', 'exaone')).toBe(1);
    expect(editDistance('sovreign', 'sovereign')).toBe(1);
    expect(editDistance('엑사언', '엑사원')).toBe(1);
    expect(editDistance('거품롬', '거품론')).toBe(1);
    expect(editDistance('대학원', '대학')).toBe(4);
  });
});

describe('nearestWords', () => {
  it('finds the site’s nearest words in the same script, nearest first', () => {
    expect(nearestWords('sovreign', vocabulary)).toEqual([{ word: 'sovereign', distance: 1 }]);
    expect(nearestWords('sovreignt', vocabulary)).toEqual([
      { word: 'sovereign', distance: 2 },
      { word: 'sovereignty', distance: 2 },
    ]);
    expect(nearestWords('매개변슈', vocabulary)).toEqual([{ word: '매개변수', distance: 1 }]);
  });

  it('offers a Hangul word without its particle when the site has it bare, once', () => {
    const withParticles = ['대학원에', '대학원이', '대학원의', '대학원', '연구원으로'];
    expect(nearestWords('대학원애', withParticles)).toEqual([{ word: '대학원', distance: 1 }]);
    expect(correctQuery(['대학원애'], withParticles).clear).toBe('대학원');
    // Bare only when the site has the bare word: the suggestion must find something.
    expect(nearestWords('연구원으루', withParticles)).toEqual([{ word: '연구원으로', distance: 1 }]);
  });

  it('offers nothing for short words, which are too close to too many others', () => {
    expect(nearestWords('thw', vocabulary)).toEqual([]);
    expect(nearestWords('대핫', vocabulary)).toEqual([]);
  });
});

describe('correctQuery', () => {
  it('corrects a one-letter typo on its own when one word is nearest, keeping the known words', () => {
    expect(correctQuery(['exaoen'], vocabulary)).toEqual({ suggestions: ['exaone'], clear: 'exaone' });
    expect(correctQuery(['gradute', 'school'], vocabulary)).toEqual({
      suggestions: ['graduate school'],
      clear: 'graduate school',
    });
    expect(correctQuery(['엑사언'], vocabulary).clear).toBe('엑사원');
  });

  it('writes a correction in the case the reader typed', () => {
    expect(correctQuery(['EXAOEN'], vocabulary).clear).toBe('EXAONE');
    expect(correctQuery(['Sovreign', 'AI'], [...vocabulary, 'ai']).clear).toBe('Sovereign AI');
    expect(correctQuery(['Gradute'], vocabulary).clear).toBe('Graduate');
  });

  it('only suggests when the nearest word is two edits away', () => {
    expect(correctQuery(['prameter'], vocabulary)).toEqual({ suggestions: ['parameters'] });
  });

  it('does not correct known words, numbers, unfinished Hangul, or words with nothing near', () => {
    expect(correctQuery(['exaone', '4.0'], vocabulary)).toEqual({ suggestions: [] });
    expect(correctQuery(['대하'], vocabulary)).toEqual({ suggestions: [] });
    expect(correctQuery(['blockchain'], vocabulary)).toEqual({ suggestions: [] });
    expect(correctQuery(['블록체인'], vocabulary)).toEqual({ suggestions: [] });
    expect(correctQuery(['exaone', 'blockchain'], vocabulary)).toEqual({ suggestions: [] });
  });

  it('only offers the correction of a short word, which is often another real word', () => {
    expect(correctQuery(['hedge', 'fund'], ['hedge', 'find'])).toEqual({ suggestions: ['hedge find'] });
    expect(correctQuery(['회상'], ['회장'])).toEqual({ suggestions: ['회장'] });
  });

  it('keeps a term the index knows only as a generated form, and never offers one', () => {
    // 거품인 is 거품인가 cut by the particle rule: a query may reach it, a reader is never shown it.
    const words = ['거품인가', '거품론'];
    const known = [...words, '거품인', '거품'];
    expect(correctQuery(['거품인'], words, known)).toEqual({ suggestions: [] });
    expect(correctQuery(['거품인거'], words, known)).toEqual({
      suggestions: ['거품인가'],
      clear: '거품인가',
    });
  });

  it('does not run a correction when two words are equally near', () => {
    expect(correctQuery(['sovreignt'], vocabulary)).toEqual({ suggestions: ['sovereign', 'sovereignty'] });
    expect(correctQuery(['alerts'], ['alter', 'alerta', 'alertb']).clear).toBeUndefined();
  });
});

describe('splitCompound', () => {
  it('splits a solid Hangul query into the site’s words', () => {
    expect(splitCompound('구광모회장', vocabulary)).toEqual(['구광모', '회장']);
    expect(splitCompound('산업특화', vocabulary)).toEqual(['산업', '특화']);
  });

  it('leaves a word it cannot spell from the site’s words, and short words, whole', () => {
    expect(splitCompound('양자컴퓨터', vocabulary)).toBeUndefined();
    expect(splitCompound('대학원', vocabulary)).toBeUndefined();
  });
});
