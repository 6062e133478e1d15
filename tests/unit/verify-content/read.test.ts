import { describe, expect, it } from 'vitest';
import { parseTheme, parseYamlFile } from '../../../src/integrations/verify-content/read.ts';
import { parseContentYaml } from '../../../src/lib/content-files.ts';
import { proseRuns } from '../../../src/integrations/verify-content/mdx-tree.ts';

describe('reading content as Astro does', () => {
  it('parses a date-like YAML value as the string it looks like, in the verifier and the loaders alike', () => {
    expect(parseYamlFile('x.yaml', 'when: 2025-03-04').data).toEqual({ when: '2025-03-04' });
    expect(parseContentYaml('when: 2025-03-04')).toEqual({ when: '2025-03-04' });
  });

  it('reads theme frontmatter and keeps body line numbers', () => {
    const page = parseTheme({
      file: 'content/themes/en/x.mdx',
      lang: 'en',
      id: 'x',
      text: '---\ntitle: T\norder: 1\n---\n\nHello.\n',
    });
    expect(page.frontmatter.data).toEqual({ title: 'T', order: 1 });
    expect(proseRuns(page.tree ?? { type: 'root', children: [] })).toEqual([{ text: 'Hello.', line: 6 }]);
  });
});
