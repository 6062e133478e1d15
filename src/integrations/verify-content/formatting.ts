/** Rule, for `npm run verify` only: content files are formatted as Prettier does, so CI's lint passes. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { CONTENT_FILES, type ContentProblem } from '../../lib/content-files.ts';

export async function checkFormatting(root: string): Promise<ContentProblem[]> {
  const ignorePath = path.join(root, '.prettierignore');
  const names = readdirSync(path.join(root, CONTENT_FILES.root), { recursive: true, encoding: 'utf8' });
  const unformatted = await Promise.all(
    names.toSorted().map(async (name) => {
      const file = path.join(root, CONTENT_FILES.root, name);
      const info = await prettier.getFileInfo(file, { ignorePath });
      if (info.ignored || !info.inferredParser) return [];
      const options = { ...(await prettier.resolveConfig(file)), filepath: file };
      return (await prettier.check(readFileSync(file, 'utf8'), options)) ? [] : [file];
    }),
  );
  return unformatted.flat().map((file) => ({
    file: path.relative(root, file).split(path.sep).join('/'),
    message: 'The file is not formatted as Prettier formats it, so CI’s lint would fail.',
    hint: 'Run `npm run format`, then `npm run verify` again.',
  }));
}
