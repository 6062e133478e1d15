import { describe, expect, it } from 'vitest';
import { expandAliases, readableVariants, searchVariants } from '../../src/lib/name-variants.ts';

describe('readableVariants', () => {
  it('gives both name orders, the given name hyphenated as written and joined', () => {
    expect(readableVariants('Koo Kwang-mo')).toEqual([
      'Koo Kwang-mo',
      'Kwang-mo Koo',
      'Koo Kwangmo',
      'Kwangmo Koo',
    ]);
  });

  it('cannot know where a one-word given name splits, so gives only the orders', () => {
    expect(readableVariants('Lee Honglak')).toEqual(['Lee Honglak', 'Honglak Lee']);
  });
});

describe('searchVariants', () => {
  it('adds the given name’s syllables spaced, as readers type them', () => {
    expect(searchVariants('Lim Woo-hyung')).toEqual(
      expect.arrayContaining(['Lim Woo hyung', 'Woo hyung Lim']),
    );
  });
});

describe('expandAliases', () => {
  it('adds the routine spellings of the display name and of each irregular alias, not the display name', () => {
    expect(expandAliases('Lee Honglak', ['Lee Hong-lak'])).toEqual([
      'Honglak Lee',
      'Lee Hong-lak',
      'Hong-lak Lee',
    ]);
    expect(expandAliases('Bae Kyung-hoon', [])).toEqual(['Kyung-hoon Bae', 'Bae Kyunghoon', 'Kyunghoon Bae']);
  });
});
