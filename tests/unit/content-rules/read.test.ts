import { describe, expect, it } from 'vitest';
import { proseRuns } from '../../../src/integrations/verify-content/mdx-tree.ts';
import { validateContent } from '../../../src/lib/content-files.ts';
import { validContent } from './fixture.ts';

describe('validateContent', () => {
  it('reads theme frontmatter as the MDX integration does and keeps line numbers of the file', () => {
    const raw = validContent();
    raw.themes = [
      {
        file: 'content/themes/en/x.mdx',
        lang: 'en',
        id: 'x',
        text: '---\ntitle: Tt\ndescription: A description long enough.\norder: 1\n---\n\nHello.\n',
      },
    ];
    const [page] = validateContent(raw).content?.themes ?? [];
    expect(page?.data).toEqual({ title: 'Tt', description: 'A description long enough.', order: 1 });
    expect(proseRuns(page?.tree ?? { type: 'root', children: [] })).toEqual([{ text: 'Hello.', line: 7 }]);
  });
});
