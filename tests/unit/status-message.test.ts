import { describe, expect, it } from 'vitest';
import { countMessage, formatMessage } from '../../src/components/search/status-message.ts';

const en = { one: '1 result for “{query}”.', other: '{count} results for “{query}”.' };

describe('formatMessage', () => {
  it('inserts a query holding replacement patterns or placeholders literally', () => {
    expect(formatMessage(en.other, { query: '$& {count} $1', count: 3 })).toMatchInlineSnapshot(
      `"3 results for “$& {count} $1”."`,
    );
    expect(formatMessage('“{query}” 검색 결과 {count}건.', { query: "$'{query}", count: 2 })).toBe(
      "“$'{query}” 검색 결과 2건.",
    );
  });

  it('leaves placeholders without a value as written', () => {
    expect(formatMessage('{count} of {total}', { count: 1 })).toBe('1 of {total}');
  });
});

describe('countMessage', () => {
  it('picks the plural form with Intl.PluralRules', () => {
    expect(countMessage('en', en, 1, { query: 'x' })).toBe('1 result for “x”.');
    expect(countMessage('en', en, 0, { query: 'x' })).toBe('0 results for “x”.');
    expect(countMessage('en', en, 12, { query: 'x' })).toBe('12 results for “x”.');
    // Korean has one form for every count.
    expect(countMessage('ko', { one: '한 건', other: '{count}건' }, 1)).toBe('1건');
  });
});
