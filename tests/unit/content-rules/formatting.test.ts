import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFormatting } from '../../../src/integrations/verify-content/formatting.ts';

const root = await mkdtemp(path.join(tmpdir(), 'factsheet-format-'));
afterAll(() => rm(root, { recursive: true, force: true }));

describe('the formatting rule', () => {
  it('names a content file Prettier would change, and passes it once formatted', async () => {
    await mkdir(path.join(root, 'content/themes/en'), { recursive: true });
    await writeFile(path.join(root, 'content/facts.yaml'), '- id:   solve\n');
    await writeFile(path.join(root, 'content/themes/en/vision.mdx'), '# Vision\n');
    expect(await checkFormatting(root)).toMatchInlineSnapshot(`
      [
        {
          "file": "content/facts.yaml",
          "hint": "Run \`npm run format\`, then \`npm run verify\` again.",
          "message": "The file is not formatted as Prettier formats it, so CI’s lint would fail.",
        },
      ]
    `);
    await writeFile(path.join(root, 'content/facts.yaml'), '- id: solve\n');
    expect(await checkFormatting(root)).toEqual([]);
  });
});
