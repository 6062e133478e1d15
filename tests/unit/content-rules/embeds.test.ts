import { describe, expect, it } from 'vitest';
import { verifyContent } from '../../../src/integrations/verify-content/verify.ts';
import { at, entries, themePage, THEME_BODY, validContent } from './fixture.ts';

describe('the embeds rule', () => {
  it('does not count a commented-out embed', () => {
    const content = validContent();
    content.themes[1] = themePage(
      'ko',
      '비전',
      THEME_BODY.replace('<Fact id="solve" />', '{/* <Fact id="solve" /> */}'),
    );
    expect(verifyContent(content)).toMatchInlineSnapshot(`
      [
        {
          "entry": "vision",
          "field": "<Fact id="solve">",
          "file": "content/themes/ko/vision.mdx",
          "hint": "Embed it exactly once: <Fact id="solve" />.",
          "message": "Fact "solve" of this theme is not embedded on the page (a commented-out embed does not count).",
        },
      ]
    `);
  });

  it('counts an embed whatever the order of its attributes', () => {
    const content = validContent();
    content.themes[1] = themePage(
      'ko',
      '비전',
      THEME_BODY.replace('<Fact id="solve" />', '<Fact class="x" id="solve" />'),
    );
    expect(verifyContent(content)).toEqual([]);
  });

  it('rejects an unknown embed with its line, and the fact it left out', () => {
    const content = validContent();
    at(content.themes, 1).text = at(content.themes, 1).text.replace(
      '<Fact id="solve" />',
      '<Fact id="typo" />',
    );
    expect(verifyContent(content)).toMatchInlineSnapshot(`
      [
        {
          "entry": "vision",
          "field": "<Fact id="typo">",
          "file": "content/themes/ko/vision.mdx",
          "hint": "Use an id from content/facts.yaml.",
          "line": 11,
          "message": "Unknown fact "typo".",
        },
        {
          "entry": "vision",
          "field": "<Fact id="solve">",
          "file": "content/themes/ko/vision.mdx",
          "hint": "Embed it exactly once: <Fact id="solve" />.",
          "message": "Fact "solve" of this theme is not embedded on the page (a commented-out embed does not count).",
        },
      ]
    `);
  });

  it('rejects an embed twice on one page', () => {
    const content = validContent();
    content.themes[0] = themePage('en', 'Vision', `${THEME_BODY}\n<Quote id="goal" />\n`);
    expect(verifyContent(content)).toMatchInlineSnapshot(`
      [
        {
          "entry": "vision",
          "field": "<Quote id="goal">",
          "file": "content/themes/en/vision.mdx",
          "hint": "Embed it exactly once: <Quote id="goal" />.",
          "message": "Quote "goal" is embedded 2 times; anchors must be unique.",
        },
      ]
    `);
  });

  it('rejects an embed whose id is missing or an expression', () => {
    const content = validContent();
    content.themes[0] = themePage('en', 'Vision', `${THEME_BODY}\n<Fact />\n\n<Quote id={'goal'} />\n`);
    expect(verifyContent(content)).toMatchInlineSnapshot(`
      [
        {
          "entry": "vision",
          "field": "<Fact>",
          "file": "content/themes/en/vision.mdx",
          "hint": "Write <Fact id="…" /> with an id from content/facts.yaml.",
          "line": 13,
          "message": "<Fact> needs an id written as text.",
        },
        {
          "entry": "vision",
          "field": "<Quote>",
          "file": "content/themes/en/vision.mdx",
          "hint": "Write <Quote id="…" /> with an id from content/quotes.yaml.",
          "line": 15,
          "message": "<Quote> needs an id written as text.",
        },
      ]
    `);
  });

  it('rejects a fact embedded on the page of another theme', () => {
    const content = validContent();
    at(entries(content.facts), 1).theme = 'talent';
    const body = '<Fact id="solve" />\n';
    const pages = [themePage('en', 'Talent', body, 'talent'), themePage('ko', '인재', body, 'talent')];
    for (const page of pages) page.text = page.text.replace('order: 1', 'order: 2');
    content.themes.push(...pages);
    expect(verifyContent(content)).toMatchInlineSnapshot(`
      [
        {
          "entry": "vision",
          "field": "<Fact id="solve">",
          "file": "content/themes/en/vision.mdx",
          "hint": "Embed it in content/themes/en/talent.mdx, or change its theme.",
          "line": 11,
          "message": "Fact "solve" belongs to theme "talent", not "vision".",
        },
        {
          "entry": "vision",
          "field": "<Fact id="solve">",
          "file": "content/themes/ko/vision.mdx",
          "hint": "Embed it in content/themes/ko/talent.mdx, or change its theme.",
          "line": 11,
          "message": "Fact "solve" belongs to theme "talent", not "vision".",
        },
      ]
    `);
  });
});
