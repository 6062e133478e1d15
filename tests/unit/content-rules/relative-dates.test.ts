import { describe, expect, it } from 'vitest';
import { verifyContent } from '../../../src/integrations/verify-content/verify.ts';
import { at, entries, themePage, THEME_BODY, validContent } from './fixture.ts';

describe('the relative dates rule', () => {
  it('rejects a bare relative date in a statement, in either language', () => {
    const content = validContent();
    at(entries(content.facts), 0).statement = {
      en: 'Hong was interviewed on the 4th.',
      ko: '홍길동은 지난 4일 인터뷰했다.',
    };
    expect(verifyContent(content)).toMatchInlineSnapshot(`
      [
        {
          "entry": "caption",
          "field": "statement.en",
          "file": "content/facts.yaml",
          "hint": "Refer to the date as {date:ID} (in a theme page: <RelativeDate id="ID" />), defined once under relativeDates in content/source/meta.yaml; pages then show it with what is unknown, e.g. "July (year not given)" / "7월(연도 미상)".",
          "message": ""the 4th" is a date relative to the article's publication, which the text does not give; readers would take it relative to today.",
        },
        {
          "entry": "caption",
          "field": "statement.ko",
          "file": "content/facts.yaml",
          "hint": "Refer to the date as {date:ID} (in a theme page: <RelativeDate id="ID" />), defined once under relativeDates in content/source/meta.yaml; pages then show it with what is unknown, e.g. "July (year not given)" / "7월(연도 미상)".",
          "message": ""지난 4일" is a date relative to the article's publication, which the text does not give; readers would take it relative to today.",
        },
      ]
    `);
  });

  it('rejects one in theme prose and UI strings, with the line of the page', () => {
    const content = validContent();
    content.themes[0] = themePage('en', 'Vision', `Hong spoke last July.\n\n${THEME_BODY}`);
    content.ui[1] = { file: 'src/i18n/ko.json', lang: 'ko', strings: { note: '지난달 기사입니다.' } };
    expect(verifyContent(content)).toMatchInlineSnapshot(`
      [
        {
          "entry": "vision",
          "field": "body",
          "file": "content/themes/en/vision.mdx",
          "hint": "Refer to the date as {date:ID} (in a theme page: <RelativeDate id="ID" />), defined once under relativeDates in content/source/meta.yaml; pages then show it with what is unknown, e.g. "July (year not given)" / "7월(연도 미상)".",
          "line": 7,
          "message": ""last July" is a date relative to the article's publication, which the text does not give; readers would take it relative to today.",
        },
        {
          "entry": "note",
          "field": "text",
          "file": "src/i18n/ko.json",
          "hint": "Refer to the date as {date:ID} (in a theme page: <RelativeDate id="ID" />), defined once under relativeDates in content/source/meta.yaml; pages then show it with what is unknown, e.g. "July (year not given)" / "7월(연도 미상)".",
          "message": ""지난달" is a date relative to the article's publication, which the text does not give; readers would take it relative to today.",
        },
      ]
    `);
  });

  it('allows the article’s own words quoted verbatim, and {date:…} tokens', () => {
    const content = validContent();
    content.ui[1] = {
      file: 'src/i18n/ko.json',
      lang: 'ko',
      strings: { note: "기사의 '지난 4일'은 {date:interview-day}입니다." },
    };
    expect(verifyContent(content)).toEqual([]);
  });

  it('rejects a token naming no relative date', () => {
    const content = validContent();
    at(entries(content.facts), 0).statement = { en: 'On {date:someday}.', ko: '{date:interview-day}.' };
    expect(verifyContent(content)).toMatchInlineSnapshot(`
      [
        {
          "entry": "caption",
          "field": "statement.en",
          "file": "content/facts.yaml",
          "hint": "Use one of the relativeDates in content/source/meta.yaml (interview-day), or add it there with its evidence.",
          "message": "Unknown relative date {date:someday}.",
        },
      ]
    `);
  });

  it('accepts <RelativeDate id> in theme prose and rejects an unknown or missing id', () => {
    const content = validContent();
    content.themes[0] = themePage(
      'en',
      'Vision',
      `Hong spoke on <RelativeDate id="interview-day" />, then on <RelativeDate id="someday" /> and <RelativeDate />.\n\n${THEME_BODY}`,
    );
    expect(verifyContent(content)).toMatchInlineSnapshot(`
      [
        {
          "entry": "vision",
          "field": "<RelativeDate>",
          "file": "content/themes/en/vision.mdx",
          "hint": "Use one of the relativeDates in content/source/meta.yaml (interview-day).",
          "line": 7,
          "message": "Unknown relative date "someday".",
        },
        {
          "entry": "vision",
          "field": "<RelativeDate>",
          "file": "content/themes/en/vision.mdx",
          "hint": "Use one of the relativeDates in content/source/meta.yaml (interview-day).",
          "line": 7,
          "message": "<RelativeDate> needs an id written as text.",
        },
      ]
    `);
  });
});
