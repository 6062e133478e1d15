import { describe, expect, it } from 'vitest';
import {
  inSourceOrder,
  closestPassage,
  isVerbatimIn,
  normalizeForComparison,
  splitParagraphs,
} from '../../src/lib/source-text.ts';

describe('splitParagraphs', () => {
  it('splits on blank lines, keeping each paragraph whole, trimmed and in order', () => {
    expect(splitParagraphs('사진 설명이다.\n\n첫 문단,\n이어지는 줄. \n\n둘째 문단.\n\n\n')).toEqual([
      '사진 설명이다.',
      '첫 문단,\n이어지는 줄.',
      '둘째 문단.',
    ]);
  });

  it('treats whitespace-only lines and CRLF as paragraph breaks', () => {
    expect(splitParagraphs('가\r\n \r\n나\n\n\n다\n')).toEqual(['가', '나', '다']);
  });
});

describe('verbatim comparison', () => {
  it('ignores only Unicode normalisation and whitespace differences', () => {
    const decomposed = '엑사원'.normalize('NFD');
    expect(isVerbatimIn(`자체 개발한\n  ${decomposed}`, '자체 개발한 엑사원')).toBe(true);
    expect(normalizeForComparison(' a \n\t b ')).toBe('a b');
  });

  it('does not accept typographic quotes in place of straight ones', () => {
    expect(isVerbatimIn('’산업 난제 해결’', "'산업 난제 해결'이라는")).toBe(false);
  });

  it('names the closest passage of a paragraph', () => {
    const paragraph =
      '임 원장은 "성능 중심으로 평가를 할 것이기 때문에 매개변수는 중요하지 않을 것 같다"면서';
    expect(closestPassage('성능 중심으로 평가할 것이기 때문에', paragraph)).toBe(
      '성능 중심으로 평가를 할 것이기 때문에',
    );
  });
});

describe('inSourceOrder', () => {
  const paragraphs = ['첫 문단이다.', '앞의 말이 있고, 가운데 말이 있고, 뒤의 말이 있다.'];
  const entry = (id: string, paragraph: number, text: string) => ({ id, place: { paragraph, text } });

  it('orders by paragraph, then by where the cited text starts, whatever the ids', () => {
    const entries = [
      entry('a-last', 2, '뒤의 말'),
      entry('b-first', 2, '앞의 말'),
      { id: 'uncited', place: undefined },
      entry('c-middle', 2, '가운데   말'),
      entry('z-paragraph-one', 1, '첫 문단'),
    ];
    expect(inSourceOrder(entries, (e) => e.place, paragraphs).map((e) => e.id)).toEqual([
      'z-paragraph-one',
      'b-first',
      'c-middle',
      'a-last',
      'uncited',
    ]);
  });
});
