import { describe, expect, it } from 'vitest';
import { countMessage } from '../../src/components/search/status-message.ts';

const en = { one: '1 result for “{query}”.', other: '{count} results for “{query}”.' };

describe('countMessage', () => {
  it('picks the plural form with Intl.PluralRules', () => {
    expect(countMessage('en', en, 1, { query: 'x' })).toBe('1 result for “x”.');
    expect(countMessage('en', en, 0, { query: 'x' })).toBe('0 results for “x”.');
    expect(countMessage('en', en, 12, { query: 'x' })).toBe('12 results for “x”.');
    // The query goes in literally, whatever it holds.
    expect(countMessage('en', en, 2, { query: '$& {count}' })).toBe('2 results for “$& {count}”.');
    // Korean has one form for every count.
    expect(countMessage('ko', { one: '한 건', other: '{count}건' }, 1)).toBe('1건');
  });
});
