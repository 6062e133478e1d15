import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyContent } from '../../../src/integrations/verify-content/verify.ts';
import { ROOT_ROUTES, SECTIONS } from '../../../src/site.config.ts';
import { entries, themePage, validContent } from './fixture.ts';

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
          "line": 4,
          "message": "The order is 2 here but 1 in content/themes/en/vision.mdx.",
        },
      ]
    `);
  });

  it('rejects a theme id that a section, a language or a top-level route already uses', () => {
    const clash = { people: 'the section', ko: 'the language', og: 'the top-level route' };
    for (const [id, what] of Object.entries(clash)) {
      const content = validContent();
      for (const entry of [...entries(content.facts), ...entries(content.quotes)]) entry.theme = id;
      content.themes = [themePage('en', 'Vision', undefined, id), themePage('ko', '비전', undefined, id)];
      const message = `The theme id "${id}" is also ${what} "${id}": the page would not be built.`;
      expect(verifyContent(content).map((problem) => `${problem.file}: ${problem.message}`)).toEqual([
        `content/themes/en/${id}.mdx: ${message}`,
        `content/themes/ko/${id}.mdx: ${message}`,
      ]);
    }
  });

  it('rejects two themes with the same navigation order', () => {
    const content = validContent();
    content.themes.push(themePage('en', 'Other', '', 'other'), themePage('ko', '기타', '', 'other'));
    expect(
      verifyContent(content).map((problem) => `${problem.file} › ${problem.field}: ${problem.message}`),
    ).toEqual([
      'content/themes/en/other.mdx › order: Theme "vision" has the order 1 too; the navigation needs one order per theme.',
    ]);
  });

  it('knows every address a theme could take: the routes in src/pages are sections or top-level routes', () => {
    const names = (folder: string) =>
      readdirSync(new URL(`../../../src/pages/${folder}`, import.meta.url)).filter(
        (name) => !name.startsWith('[') && !name.includes('.'),
      );
    const pages = readdirSync(new URL('../../../src/pages/[...lang]', import.meta.url))
      .filter((name) => name.endsWith('.astro'))
      .map((name) => name.slice(0, -'.astro'.length))
      .filter((name) => !name.startsWith('[') && name !== 'index');
    expect(ROOT_ROUTES).toEqual(expect.arrayContaining(names('')));
    expect(SECTIONS.map((section) => section.slug).toSorted()).toEqual(
      [...names('[...lang]'), ...pages].toSorted(),
    );
  });
});
