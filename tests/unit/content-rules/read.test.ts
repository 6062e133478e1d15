import { describe, expect, it } from 'vitest';
import { proseRuns } from '../../../src/integrations/verify-content/mdx-tree.ts';
import { parseTheme } from '../../../src/lib/content-files.ts';

describe('parseTheme', () => {
  it('reads frontmatter as the MDX integration does and keeps line numbers of the file', () => {
    const page = parseTheme({
      file: 'content/themes/en/x.mdx',
      lang: 'en',
      id: 'x',
      text: '---\ntitle: T\norder: 1\n---\n\nHello.\n',
    });
    expect(page.frontmatter).toEqual({ title: 'T', order: 1 });
    expect(proseRuns(page.tree ?? { type: 'root', children: [] })).toEqual([{ text: 'Hello.', line: 6 }]);
  });
});
