import { describe, expect, it } from 'vitest';
import { countMessage, ECHO_LENGTH, echoQuery } from '../../src/search/browser/status-message.ts';

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

describe('echoQuery', () => {
  it('isolates the query, so a right-to-left override in it cannot reverse the sentence around it', () => {
    const query = echoQuery('\u202Eopened, login required');
    expect(query.startsWith('\u2068') && query.endsWith('\u2069')).toBe(true);
    expect(`No results for “${query}”.`).toMatch(
      /^No results for “\u2068\u202Eopened, login required\u2069”\.$/u,
    );
  });

  it('cuts a long query between characters, never inside a surrogate pair, and marks the cut', () => {
    const echoed = echoQuery('😀'.repeat(100)).slice(1, -1);
    expect(echoed.endsWith('…')).toBe(true);
    expect([...echoed]).toHaveLength(ECHO_LENGTH);
    expect(echoed.isWellFormed()).toBe(true);
    expect(echoQuery('  EXAONE  ')).toBe('\u2068EXAONE\u2069');
  });
});
