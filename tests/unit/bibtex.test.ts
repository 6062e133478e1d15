import { describe, expect, it } from 'vitest';
import { bibtexMisc, escapeBibtex } from '@/lib/bibtex';

describe('escapeBibtex', () => {
  it('escapes every character BibTeX or LaTeX would read as markup', () => {
    expect(escapeBibtex('R&D {50%} $1 #2 a_b ^ ~ \\x')).toMatchInlineSnapshot(
      `"R\\&D \\{50\\%\\} \\$1 \\#2 a\\_b \\textasciicircum{} \\textasciitilde{} \\textbackslash{}x"`,
    );
  });

  it('leaves Hangul and ordinary punctuation alone', () => {
    expect(escapeBibtex('「엑사원의 역사」 · LG AI연구원')).toBe('「엑사원의 역사」 · LG AI연구원');
  });
});

describe('bibtexMisc', () => {
  it('writes a balanced entry whose title cannot break out of its field', () => {
    const entry = bibtexMisc('lgai en/overview', {
      title: 'A title with } and { and % inside',
      authors: ['Fact Sheet'],
      url: 'https://example.org/a%20b/#fact-1',
      language: 'english',
      note: 'Note',
    });
    expect(entry).toMatchInlineSnapshot(`
      "@misc{lgai-en-overview,
        title        = {A title with \\} and \\{ and \\% inside},
        author       = {{Fact Sheet}},
        howpublished = {\\url{https://example.org/a\\%20b/\\#fact-1}},
        language     = {english},
        note         = {Note}
      }"
    `);
    const unescapedBraces = entry.replace(/\\[{}]/g, '');
    expect(unescapedBraces.split('{').length).toBe(unescapedBraces.split('}').length);
  });
});
