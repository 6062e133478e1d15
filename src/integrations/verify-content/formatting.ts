/**
 * Rule, for `npm run verify` only: every content file is formatted as Prettier formats it, so that an
 * edit that verifies also passes CI's lint (`prettier --check .`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { CONTENT_FILES, type ContentProblem } from '../../lib/content-files.ts';

export async function checkFormatting(root: string): Promise<ContentProblem[]> {
  const files = readdirSync(path.join(root, CONTENT_FILES.root), { recursive: true, encoding: 'utf8' });
  const problems: ContentProblem[] = [];
  for (const name of files.toSorted()) {
    const file = path.join(root, CONTENT_FILES.root, name);
    const ignorePath = path.join(root, '.prettierignore');
    const info = await prettier.getFileInfo(file, { ignorePath, resolveConfig: true });
    if (info.ignored || !info.inferredParser) continue;
    const options = { ...(await prettier.resolveConfig(file)), filepath: file };
    if (await prettier.check(readFileSync(file, 'utf8'), options)) continue;
    problems.push({
      file: path.relative(root, file).split(path.sep).join('/'),
      message: 'The file is not formatted as Prettier formats it, so CI’s lint would fail.',
      hint: 'Run `npm run format`, then `npm run verify` again.',
    });
  }
  return problems;
}
