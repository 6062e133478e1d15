import { describe, expect, it } from 'vitest';
import { verifyContent } from '../../../src/integrations/verify-content/verify.ts';
import { validContent } from './fixture.ts';

describe('the theme pages rule', () => {
  it('rejects a theme that exists in one language only', () => {
    const content = validContent();
    content.themes = content.themes.filter((theme) => theme.lang === 'en');
    expect(verifyContent(content)).toMatchInlineSnapshot(`
      [
        {
          "entry": "vision",
          "file": "content/themes/ko/vision.mdx",
          "hint": "Every theme needs a page in each language (en, ko) with the same file name.",
          "message": "Theme "vision" exists in en but not in ko.",
        },
      ]
    `);
  });

  it('rejects pages of one theme with different navigation orders', () => {
    const content = validContent();
    const [en, ko] = content.themes;
    if (!en || !ko) throw new Error('The fixture has two pages.');
    ko.text = ko.text.replace('order: 1', 'order: 2');
    expect(verifyContent(content)).toMatchInlineSnapshot(`
      [
        {
          "entry": "vision",
          "field": "order",
          "file": "content/themes/ko/vision.mdx",
          "hint": "Both languages list the themes in the same order: use the same value.",
          "message": "The order is 2 here but 1 in content/themes/en/vision.mdx.",
        },
      ]
    `);
  });
});
