import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { LANGS } from '../../src/site.config.ts';
import { PAGE_BUDGET, pageWeights } from '../../tools/page-weight.ts';
import { BASE_SITE, builtFile, builtPages, SITE } from '../support/builds.ts';

it.for([SITE, BASE_SITE])(
  'every page of $dir stays within the first-visit budget of 14.6 KB (HTML, CSS, JS, icon and images, gzip)',
  (build) => {
    const weights = pageWeights(build.dir, build.base);
    expect(weights.map((w) => w.page)).toHaveLength(builtPages(build).length);
    // Every page links the site's stylesheet: a page without CSS was measured at the wrong base path.
    expect(weights.filter((w) => w.css === 0).map((w) => w.page)).toEqual([]);
    expect(weights.filter((w) => w.total > PAGE_BUDGET).map((w) => `${w.page}: ${w.total} B`)).toEqual([]);
  },
);

it.for([SITE, BASE_SITE])(
  'a first search in $dir fetches a small part of the index: every index chunk is under 4 KB',
  (build) => {
    const dir = builtFile(build, 'pagefind/index');
    const chunks = readdirSync(dir).map((file) => ({ file, size: statSync(path.join(dir, file)).size }));
    // One chunk per language would mean Pagefind ignored the chunk size and every query fetches all of it.
    expect(chunks.length).toBeGreaterThan(2 * LANGS.length);
    expect(chunks.filter((chunk) => chunk.size > 4096)).toEqual([]);
  },
);
