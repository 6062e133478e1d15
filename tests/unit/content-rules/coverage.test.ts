import { describe, expect, it } from 'vitest';
import { verifyContent } from '../../../src/integrations/verify-content/verify.ts';
import { themePage, THEME_BODY, validContent } from './fixture.ts';

describe('the coverage rule', () => {
  it('rejects a source paragraph that no fact or quote cites', () => {
    const content = validContent();
    content.quotes.data = [];
    const body = THEME_BODY.replace('<Quote id="goal" />', '');
    content.themes = [themePage('en', 'Vision', body), themePage('ko', '비전', body)];
    expect(verifyContent(content)).toMatchInlineSnapshot(`
      [
        {
          "entry": "¶2",
          "file": "content/source/interview.ko.txt",
          "hint": "Add a fact with evidence from ¶2 (starts "최종목표입니다."…").",
          "message": "Paragraph ¶2 is cited by no fact or quote; coverage must be 100%.",
        },
      ]
    `);
  });
});
