import { describe, expect, it } from 'vitest';
import { formatMessage } from '@/i18n/format-message';

describe('formatMessage', () => {
  it('fills each placeholder once, wherever it stands', () => {
    expect(formatMessage('{count} results for “{query}”.', { count: 3, query: '엑사원' })).toBe(
      '3 results for “엑사원”.',
    );
    expect(formatMessage('{n}문단', { n: 3 })).toBe('3문단');
  });

  it('inserts values literally: `$&`, `$1` and other placeholders in a value are not interpreted', () => {
    expect(formatMessage('{count} results for “{query}”.', { count: 2, query: '$& {count} $1' })).toBe(
      '2 results for “$& {count} $1”.',
    );
  });

  it('leaves a placeholder without a value visible, so a missing value shows in review', () => {
    expect(formatMessage('{count} of {total}', { count: 1 })).toBe('1 of {total}');
  });
});
