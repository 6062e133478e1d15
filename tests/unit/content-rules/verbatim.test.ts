import { describe, expect, it } from 'vitest';
import { verifyContent } from '../../../src/integrations/verify-content/verify.ts';
import { at, entries, validContent } from './fixture.ts';

describe('the verbatim rule', () => {
  it('rejects a quote that is not verbatim and names the closest passage, marking where they differ', () => {
    const content = validContent();
    at(entries(content.quotes), 0).ko = '최종 목표입니다!';
    expect(verifyContent(content)).toMatchInlineSnapshot(`
      [
        {
          "entry": "goal",
          "field": "ko",
          "file": "content/quotes.yaml",
          "hint": "Closest passage in ¶2: "최종목표입니다" (⟦…⟧ marks what differs). Copy the Korean text exactly; only Unicode normalisation and whitespace may differ.",
          "message": "The quote is not verbatim in ¶2: "최종⟦ ⟧목표입니다⟦!⟧"",
        },
      ]
    `);
  });

  it('rejects an evidence excerpt whose straight quotes became typographic quotes', () => {
    const content = validContent();
    at(at(entries(content.facts), 1).evidence as Record<string, unknown>[], 0).text =
      '’산업 난제 해결’이 목표';
    expect(verifyContent(content)).toMatchInlineSnapshot(`
      [
        {
          "entry": "solve",
          "field": "evidence[0].text",
          "file": "content/facts.yaml",
          "hint": "Closest passage in ¶3: "산업 난제 해결⟦'⟧이 목표" (⟦…⟧ marks what differs). Copy the Korean text exactly; only Unicode normalisation and whitespace may differ.",
          "message": "The excerpt is not verbatim in ¶3: "⟦’⟧산업 난제 해결⟦’⟧이 목표"",
        },
      ]
    `);
  });

  it('rejects a paragraph number that does not exist', () => {
    const content = validContent();
    at(entries(content.quotes), 0).paragraph = 9;
    expect(verifyContent(content)[0]).toMatchInlineSnapshot(`
      {
        "entry": "goal",
        "field": "ko",
        "file": "content/quotes.yaml",
        "hint": "Cite a paragraph from 1 to 3 (paragraphs are separated by blank lines in content/source/interview.ko.txt).",
        "message": "Paragraph ¶9 does not exist; the source has 3 paragraphs.",
      }
    `);
  });
});
