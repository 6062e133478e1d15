/**
 * Builds the Pagefind search index as part of `astro build` (no separate step, never stale): every
 * built page is indexed through Pagefind's Node API, one index per `<html lang>`, with Korean-aware
 * terms and people's name variants added as invisible metadata on the copy handed to Pagefind.
 */
import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import * as pagefind from 'pagefind';
import { parse as parseYaml } from 'yaml';
import { extraSearchTerms, withSearchTerms, type PersonNames } from '../lib/search-terms.ts';
import { CONTENT_FILES } from '../lib/content-files.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) {
    throw new AstroError(
      `Pagefind failed to ${step}:\n${errors.join('\n')}`,
      'See the Pagefind output above.',
    );
  }
}

/** Site-relative URL of a built file: `ko/people/index.html` → `/ko/people/`. */
export function fileUrl(file: string): string {
  const posix = file.split(path.sep).join('/');
  return `/${posix.replace(/(^|\/)index\.html$/, '$1')}`;
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'fact-sheet:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const root = process.cwd();
        const people = parseYaml(
          await readFile(path.join(root, CONTENT_FILES.people), 'utf8'),
        ) as PersonNames[];
        const created = await pagefind.createIndex({});
        check('start', created.errors);
        const index = created.index;
        if (!index) throw new AstroError('Pagefind did not create an index.');
        try {
          let pages = 0;
          for (const file of await htmlFiles(outDir)) {
            const html = await readFile(path.join(outDir, file), 'utf8');
            if (!html.includes('data-pagefind-body')) continue;
            const added = await index.addHTMLFile({
              url: fileUrl(file),
              content: withSearchTerms(html, extraSearchTerms(html, people)),
            });
            check(`index ${file}`, added.errors);
            pages += 1;
          }
          const outputPath = path.join(outDir, 'pagefind');
          await rm(outputPath, { recursive: true, force: true });
          check('write the index', (await index.writeFiles({ outputPath })).errors);
          // The site has its own search UI; Pagefind's bundled UIs are never loaded, so don't ship them.
          for (const file of await readdir(outputPath)) {
            if (/^pagefind-(component-|modular-)?ui\./.test(file)) await rm(path.join(outputPath, file));
          }
          logger.info(`Indexed ${pages} pages for search.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
