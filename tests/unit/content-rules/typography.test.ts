import { describe, expect, it } from 'vitest';
import { verifyContent } from '../../../src/integrations/verify-content/verify.ts';
import { at, entries, validContent } from './fixture.ts';

describe('the typography rule', () => {
  it('rejects a straight apostrophe in the site’s English, with the place it occurs', () => {
    const content = validContent();
    at(entries(content.quotes), 0).en = "It is Hong's goal.";
    expect(verifyContent(content)).toMatchInlineSnapshot(`
      [
        {
          "entry": "goal",
          "field": "en",
          "file": "content/quotes.yaml",
          "hint": "English text uses ’ for apostrophes (Korea’s), “…” for quotations and ‘…’ inside them. Korean verbatim text keeps the article’s marks.",
          "message": "Straight apostrophe or quotation mark in English: "…It is Hong's goal.…".",
        },
      ]
    `);
  });

  it('leaves Korean alone: the article’s own straight quotes, quoted verbatim in English or in Korean prose', () => {
    const content = validContent();
    at(entries(content.facts), 1).statement = {
      en: "Hong Gildong says the goal is '산업 난제 해결' (solving problems).",
      ko: "홍 원장은 목표가 '산업 난제 해결'이라고 밝혔다.",
    };
    expect(verifyContent(content)).toEqual([]);
  });
});
