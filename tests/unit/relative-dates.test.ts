import { describe, expect, it } from 'vitest';
import type { RelativeDate } from '../../src/lib/content-schemas.ts';
import { expandRelativeDates, formatRelativeDate } from '../../src/lib/relative-dates.ts';

const evidence = { paragraph: 1, text: '지난 7월' };
const july: RelativeDate = { id: 'july', month: 7, relation: 'past', evidence };
const lastMonth: RelativeDate = { id: 'last-month', month: 'previous', relation: 'past', evidence };
const the4th: RelativeDate = { id: 'the-4th', day: 4, relation: 'past', evidence };
const the22nd: RelativeDate = { id: 'the-22nd', day: 22, relation: 'future', evidence };

describe('formatRelativeDate', () => {
  it('says what the undated article leaves unknown, in both languages', () => {
    expect([july, lastMonth, the4th, the22nd].map((date) => formatRelativeDate(date, 'en')))
      .toMatchInlineSnapshot(`
        [
          "July (year not given)",
          "the month before publication (publication date not given)",
          "the 4th (month and year not given)",
          "the 22nd (month and year not given)",
        ]
      `);
    expect([july, lastMonth, the4th, the22nd].map((date) => formatRelativeDate(date, 'ko')))
      .toMatchInlineSnapshot(`
        [
          "7월(연도 미상)",
          "지난달(기사 게재 기준, 게재일 미상)",
          "4일(연월 미상)",
          "22일(연월 미상)",
        ]
      `);
  });

  it('capitalises the label form, which stands alone', () => {
    expect([july, lastMonth, the4th].map((date) => formatRelativeDate(date, 'en', 'label')))
      .toMatchInlineSnapshot(`
        [
          "July (year not given)",
          "The month before publication (publication date not given)",
          "The 4th (month and year not given)",
        ]
      `);
    expect(formatRelativeDate(the4th, 'ko', 'label')).toBe(formatRelativeDate(the4th, 'ko'));
  });
});

describe('expandRelativeDates', () => {
  it('writes out every {date:ID} and refuses an unknown one', () => {
    expect(expandRelativeDates('Released in {date:july}.', [july], 'en')).toBe(
      'Released in July (year not given).',
    );
    expect(
      expandRelativeDates('{date:the-4th}; then {date:last-month}', [the4th, lastMonth], 'en'),
    ).toMatchInlineSnapshot(
      `"The 4th (month and year not given); then the month before publication (publication date not given)"`,
    );
    expect(() => expandRelativeDates('On {date:nope}.', [july], 'en')).toThrowErrorMatchingInlineSnapshot(
      `[Error: Unknown relative date "nope" in: On {date:nope}.]`,
    );
  });
});
