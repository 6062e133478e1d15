import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { SITE } from '../support/builds.ts';
import { proseTokens } from '../support/prose-tokens.ts';

/** Files a reader or a program reads words from: pages, feeds, data, citations, manifests, search. */
const TEXT_FILE = /\.(html|xml|json|csv|bib|ris|txt|webmanifest)$/;
/** Pagefind's index, filters and page fragments: gzip'd text. */
const SEARCH_FILE = /\.pf_(fragment|index|filter|meta)$/;

it('no built page, feed, data file, citation or search fragment holds an unexpanded prose token', () => {
  const files = readdirSync(SITE.dir, { recursive: true, encoding: 'utf8' })
    .map((file) => path.join(SITE.dir, file))
    .filter((file) => TEXT_FILE.test(file) || SEARCH_FILE.test(file));
  // Every kind of output is read: a renderer that forgets the model's rendered prose is caught here.
  expect(new Set(files.map((file) => path.extname(file)))).toEqual(
    new Set([
      '.html',
      '.xml',
      '.json',
      '.csv',
      '.bib',
      '.ris',
      '.txt',
      '.webmanifest',
      '.pf_fragment',
      '.pf_index',
      '.pf_filter',
      '.pf_meta',
    ]),
  );
  const found = files.flatMap((file) => {
    const bytes = readFileSync(file);
    const text = (SEARCH_FILE.test(file) ? gunzipSync(bytes) : bytes).toString('utf8');
    return proseTokens(text).map((token) => `${path.relative(SITE.dir, file)}: ${token}`);
  });
  expect(found).toEqual([]);
});
