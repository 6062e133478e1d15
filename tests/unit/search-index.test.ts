import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import searchIndex from '../../src/search/build/index.ts';

it('reads the content from the root Astro was given, and names a record no built page holds', async () => {
  const root = process.cwd();
  const elsewhere = mkdtempSync(path.join(tmpdir(), 'search-index-'));
  const { hooks } = searchIndex();
  process.chdir(elsewhere);
  try {
    await hooks['astro:config:done']?.({ config: { root: pathToFileURL(`${root}/`) } } as never);
    // An empty build output: the content is found, and the first fact or quote has no page to link to.
    await expect(
      hooks['astro:build:done']?.({ dir: pathToFileURL(`${elsewhere}/`), logger: {} } as never),
    ).rejects.toThrow(/^No built en page holds the anchor "#(fact|quote)-/);
  } finally {
    process.chdir(root);
    rmSync(elsewhere, { recursive: true });
  }
});
