import { expect, it } from 'vitest';
import { PAGE_BUDGET, pageWeights } from '../../tools/page-weight.ts';
import { BASE_SITE, builtPages, SITE } from '../support/builds.ts';

it.for([SITE, BASE_SITE])(
  'every page of $dir stays within the first-visit budget of 14.6 KB (HTML + CSS + JS, gzip)',
  (build) => {
    const weights = pageWeights(build.dir, build.base);
    expect(weights.map((w) => w.page)).toHaveLength(builtPages(build).length);
    // Every page links the site's stylesheet: a page without CSS was measured at the wrong base path.
    expect(weights.filter((w) => w.css === 0).map((w) => w.page)).toEqual([]);
    expect(weights.filter((w) => w.total > PAGE_BUDGET).map((w) => `${w.page}: ${w.total} B`)).toEqual([]);
  },
);
