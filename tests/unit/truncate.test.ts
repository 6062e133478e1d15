import { describe, expect, it } from 'vitest';
import { fitLength, truncateText } from '@/lib/truncate';

describe('truncateText', () => {
  it('keeps a text that fits as it is', () => {
    expect(truncateText('LG AI연구원', 9, 'ko')).toBe('LG AI연구원');
  });

  it('cuts between words and marks the cut with an ellipsis, within the limit', () => {
    const cut = truncateText('The goal is to produce AI experts, specialised in industry.', 36, 'en');
    expect(cut).toBe('The goal is to produce AI experts…');
    expect([...cut].length).toBeLessThanOrEqual(36);
  });

  it('cuts Korean between words (어절), not inside one', () => {
    expect(truncateText('방향에 대한 확신이 있으면 투자할 가치가 충분하다', 12, 'ko')).toBe(
      '방향에 대한 확신이…',
    );
  });

  it('cuts a first word longer than the limit, still marked', () => {
    expect(truncateText('대규모언어모델개발', 5, 'ko')).toBe('대규모언…');
  });
});

describe('fitLength', () => {
  it('keeps the start that fits a field’s maxlength, in UTF-16 units, without cutting a character', () => {
    expect(fitLength('exaone', 500)).toBe('exaone');
    expect(fitLength('a'.repeat(600), 500)).toHaveLength(500);
    // The limit falls inside an emoji's surrogate pair: the emoji goes whole.
    expect(fitLength(`a${'😀'.repeat(3)}`, 4)).toBe('a😀');
    expect(fitLength('anything', -1)).toBe('anything');
  });
});
